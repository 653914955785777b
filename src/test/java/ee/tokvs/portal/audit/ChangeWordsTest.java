package ee.tokvs.portal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ee.tokvs.portal.audit.ChangeWords.Vocabulary;
import ee.tokvs.portal.reference.CodeList;
import ee.tokvs.portal.shared.i18n.Language;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A history's values in words, in both languages, from a small made-up code list (no server, no database). */
class ChangeWordsTest {

    private static final Vocabulary ET = new Vocabulary("jah", "ei", "(tühi)");
    private static final Vocabulary EN = new Vocabulary("yes", "no", "(empty)");

    private static final Map<CodeList, Map<String, String>> LABELS_ET = Map.of(
            CodeList.CLAIM_STATUS, Map.of("SUBMITTED", "Esitatud", "INSURED_EVENT", "Kindlustusjuhtum"),
            CodeList.SPECIALTY, Map.of("GENERAL_SURGERY", "Üldkirurgia"),
            CodeList.RECOVERY_TYPE, Map.of("SUBROGATION", "Regress"));
    private static final Map<CodeList, Map<String, String>> LABELS_EN = Map.of(
            CodeList.CLAIM_STATUS, Map.of("SUBMITTED", "Submitted", "INSURED_EVENT", "Insured event"),
            CodeList.SPECIALTY, Map.of("GENERAL_SURGERY", "General surgery"));

    private static String et(String field, String value) {
        return ChangeWords.word(field, value, Language.ET, ET, labels(LABELS_ET));
    }

    private static String en(String field, String value) {
        return ChangeWords.word(field, value, Language.EN, EN, labels(LABELS_EN));
    }

    private static ChangeWords.Labels labels(Map<CodeList, Map<String, String>> labels) {
        return (list, code) -> Optional.ofNullable(labels.getOrDefault(list, Map.of()).get(code));
    }

    @Test
    void aStatusByItsLabel() {
        assertEquals("Esitatud", et("status", "SUBMITTED"));
        assertEquals("Kindlustusjuhtum", et("status", "INSURED_EVENT"));
        assertEquals("Insured event", en("status", "INSURED_EVENT"));
    }

    @Test
    void aCodeByTheLabelOfTheFieldsList() {
        assertEquals("Üldkirurgia", et("specialty", "GENERAL_SURGERY"));
        assertEquals("General surgery", en("specialty", "GENERAL_SURGERY"));
        // a money row's type is found in whichever of its two lists holds it
        assertEquals("Regress", et("itemType", "SUBROGATION"));
    }

    @Test
    void aFlagAsYesOrNo() {
        assertEquals("jah", et("handlingFinished", "true"));
        assertEquals("ei", et("handlingFinished", "false"));
        assertEquals("yes", en("handlingFinished", "true"));
        assertEquals("no", en("handlingFinished", "false"));
    }

    @Test
    void anAmountInTheReadersFormat() {
        assertEquals("1\u00a0234,56\u00a0€", et("itemAmount", "1234.56"));
        assertEquals("\u2212250\u00a0000,00\u00a0€", et("sumPerEvent", "-250000"));
        assertEquals("1,234.56\u00a0€", en("itemAmount", "1234.56"));
    }

    @Test
    void aWorkCapacityReductionAsANumber() {
        assertEquals("12,5", et("generalReductionPct", "12.5"));
        assertEquals("12.5", en("generalReductionPct", "12.5"));
    }

    @Test
    void aDateAsDayMonthYear() {
        assertEquals("10.06.2025", et("incidentDate", "2025-06-10"));
        assertEquals("10.06.2025", en("finishedDate", "2025-06-10"));
    }

    @Test
    void anEmptyValueSaidAsEmpty() {
        assertEquals("(tühi)", et("finishedDate", null));
        assertEquals("(empty)", en("specialty", ""));
    }

    @Test
    void anUnknownCodeOrFieldOrValueIsShownAsStored() {
        assertEquals("RETIRED_CODE", et("specialty", "RETIRED_CODE"));
        assertEquals("whatever", en("someFutureField", "whatever"));
        assertEquals("2025-02-31", et("incidentDate", "2025-02-31"));
        assertEquals("12 345", et("itemAmount", "12 345"));
        // a number that is not money stays as it is (a registry code is no amount)
        assertEquals("10137319", et("policyholderCode", "10137319"));
    }
}
