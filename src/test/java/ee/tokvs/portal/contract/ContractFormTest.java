package ee.tokvs.portal.contract;

import static org.junit.jupiter.api.Assertions.assertFalse;

import ee.tokvs.portal.shared.i18n.Language;
import ee.tokvs.portal.shared.i18n.UiTexts;
import ee.tokvs.portal.shared.web.FormFields;
import org.junit.jupiter.api.Test;

class ContractFormTest {

    /** A required field left empty is named by its label: every label the contract form names exists in both languages. */
    @Test
    void everyFieldsLabelIsWordedInBothLanguages() {
        UiTexts texts = new UiTexts();
        assertFalse(ContractForm.FIELDS.fields().isEmpty());
        for (FormFields.Field field : ContractForm.FIELDS.fields()) {
            for (Language language : Language.values()) {
                assertFalse(texts.text(field.labelKey(), language).isBlank(), field.labelKey());
            }
        }
    }
}
