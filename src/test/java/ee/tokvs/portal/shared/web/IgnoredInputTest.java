package ee.tokvs.portal.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The notice names what was left out, readably, and only that. */
class IgnoredInputTest {

    @Test
    void aFilterDateTheRegisterCannotHoldIsLeftOutAndNamed() {
        IgnoredInput ignored = new IgnoredInput();
        assertEquals(LocalDate.of(2025, 3, 31), ignored.date("31.03.2025"));
        assertNull(ignored.date(null));
        assertFalse(ignored.any(), "readable or empty filters are no news");
        assertNull(ignored.date("+999999999-01-01"));
        assertNull(ignored.date("yesterday"));
        assertTrue(ignored.any());
        assertEquals("„+999999999-01-01“, „yesterday“", ignored.list());
    }

    @Test
    void showsControlCharactersAndLoneSurrogatesVisiblyAndLongValuesShort() {
        assertEquals("a\uFFFDb\uFFFD", IgnoredInput.shown("a\u0000b\uD800"));
        assertEquals("🦷", IgnoredInput.shown("🦷"));
        assertEquals("x".repeat(40) + "…", IgnoredInput.shown("x".repeat(5000)));
    }

    @Test
    void percentDecodingRefusesWhatIsNotUtf8() {
        assertEquals("a b/ä", InputGuard.decode("a+b%2F%C3%A4", true));
        assertEquals("a+b", InputGuard.decode("a+b", false));
        assertNull(InputGuard.decode("%", true));
        assertNull(InputGuard.decode("%zz", true));
        assertNull(InputGuard.decode("%ED%A0%80", true), "an encoded surrogate");
        assertNull(InputGuard.decode("%C0%80", true), "an overlong NUL");
        assertNull(InputGuard.decode("%E2%82", true), "a cut-off character");
    }
}
