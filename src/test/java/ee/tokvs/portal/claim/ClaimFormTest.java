package ee.tokvs.portal.claim;

import static org.junit.jupiter.api.Assertions.assertFalse;

import ee.tokvs.portal.shared.i18n.Language;
import ee.tokvs.portal.shared.i18n.UiTexts;
import ee.tokvs.portal.shared.web.FormFields;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClaimFormTest {

    /** A required field left empty is named by its label: every label the claim's forms name exists in both languages. */
    @Test
    void everyFieldsLabelIsWordedInBothLanguages() {
        UiTexts texts = new UiTexts();
        List<FormFields> forms = new ArrayList<>(List.of(ClaimForm.FIELDS));
        for (ItemForm.Kind kind : ItemForm.Kind.values()) {
            forms.add(kind.fields());
        }
        for (FormFields form : forms) {
            assertFalse(form.fields().isEmpty());
            for (FormFields.Field field : form.fields()) {
                for (Language language : Language.values()) {
                    assertFalse(texts.text(field.labelKey(), language).isBlank(), field.labelKey());
                }
            }
        }
    }
}
