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
            "'/ x', /",
            "/%, /",
            "/%zz, /",
            "/<script>, /",
            "/claims?q=%00, /claims?q=%00",
            "/contracts?q=a%20b, /contracts?q=a%20b",
    }, nullValues = "NULL")
    void returnsOnlyToAPathOnThisSite(String back, String expected) {
        assertEquals(expected, LanguageResource.safeBack(back));
    }

    @ParameterizedTest(name = "back with U+{0} goes home")
    @CsvSource({"0000", "0007", "000A", "007F", "0085"})
    void aControlCharacterGoesHome(String hex) {
        assertEquals("/", LanguageResource.safeBack("/claims" + (char) Integer.parseInt(hex, 16)));
    }
}
