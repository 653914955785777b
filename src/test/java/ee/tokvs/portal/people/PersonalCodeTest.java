package ee.tokvs.portal.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PersonalCodeTest {

    @Test
    void codesWithTheirCheckDigitAndARealBirthDateAreValid() {
        assertTrue(PersonalCode.isValid("37605030299"), "the example of EVS 585 (first weights)");
        assertTrue(PersonalCode.isValid("38001085718"));
        assertTrue(PersonalCode.isValid("60001019906"), "born 2000-01-01");
        assertTrue(PersonalCode.isValid("49403136526"));
        assertTrue(PersonalCode.isValid("38001010015"), "the first weights give 10: the second weights decide");
        assertFalse(PersonalCode.isValid("38001010010"), "... and not the first");
    }

    @Test
    void aWrongCheckDigitDateLengthOrCenturyIsRefused() {
        assertFalse(PersonalCode.isValid("37605030290"), "check digit");
        assertFalse(PersonalCode.isValid("37602300299"), "30 February");
        assertFalse(PersonalCode.isValid("3760503029"), "ten digits");
        assertFalse(PersonalCode.isValid("77605030299"), "no such century digit");
        assertFalse(PersonalCode.isValid("3760503029a"));
        assertFalse(PersonalCode.isValid(null));
    }

    @Test
    void theUsernameIsTarasSubject() {
        assertEquals("EE37605030299", PersonalCode.username("37605030299"));
    }
}
