package ee.tokvs.portal.shared.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageResourceTest {

    @ParameterizedTest(name = "back={0} goes to {1}")
    @CsvSource(value = {
            "/insurer, /insurer",
            "/terviseamet?year=2025, /terviseamet?year=2025",
            "NULL, /",
            "'', /",
            "https://evil.example/, /",
            "//evil.example/, /",
            "/\\evil.example, /",
            "insurer, /",
    }, nullValues = "NULL")
    void returnsOnlyToAPathOnThisSite(String back, String expected) {
        assertEquals(expected, LanguageResource.safeBack(back));
    }
}
