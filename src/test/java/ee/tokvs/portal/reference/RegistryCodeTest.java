package ee.tokvs.portal.reference;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegistryCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"10000018", "10000024", "70008799", "90000015",
            "10000062", // the first weights give 10, the second weights give the check digit 2
            "10000640"}) // both weightings give 10, so the check digit is 0
    void acceptsCodesWithTheRightCheckDigit(String code) {
        assertTrue(RegistryCode.isValid(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"10000019", "70008790", "12345670", "10000061", "10000641"})
    void refusesAWrongCheckDigit(String code) {
        assertFalse(RegistryCode.isValid(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1000001", "100000180", "1000001X", " 10000018", "1000-018"})
    void refusesAnythingButEightDigits(String code) {
        assertFalse(RegistryCode.isValid(code));
    }
}
