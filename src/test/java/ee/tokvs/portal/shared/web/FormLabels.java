package ee.tokvs.portal.shared.web;

import static org.junit.jupiter.api.Assertions.assertFalse;

import ee.tokvs.portal.shared.i18n.Language;
import ee.tokvs.portal.shared.i18n.UiTexts;

/** What a form's test asks of its {@link FormFields}: a required field left empty is named by a label that exists. */
public final class FormLabels {

    private FormLabels() {
    }

    public static void assertEveryLabelIsWordedInBothLanguages(FormFields... forms) {
        UiTexts texts = new UiTexts();
        for (FormFields form : forms) {
            assertFalse(form.fields().isEmpty());
            for (FormFields.Field field : form.fields()) {
                for (Language language : Language.values()) {
                    // UiTexts refuses a key it lacks, which a refused form would show as a 500.
                    assertFalse(texts.text(field.labelKey(), language).isBlank(), field.labelKey());
                }
            }
        }
    }
}
