package ee.tokvs.portal.shared.web;

import ee.tokvs.portal.shared.i18n.Language;
import ee.tokvs.portal.shared.i18n.RuleMessages;
import ee.tokvs.portal.shared.i18n.UiLocale;
import ee.tokvs.portal.shared.i18n.UiTexts;
import ee.tokvs.portal.shared.rules.Fields;
import ee.tokvs.portal.shared.rules.Finding;
import ee.tokvs.portal.shared.rules.Findings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The rules' findings worded for a page, in the reader's language: what a refused form shows beside its fields. */
@ApplicationScoped
public class FormWords {

    @Inject
    RuleMessages ruleMessages;

    @Inject
    UiLocale ui;

    @Inject
    UiTexts texts;

    /** A form that names none of its fields: its messages in the rules' order, as the rules word them. */
    public FormMessages of(Findings findings) {
        return of(findings, FormFields.of());
    }

    /** The messages in the order of the form's fields; a required field left empty is named by its label. */
    public FormMessages of(Findings findings, FormFields fields) {
        Language language = ui.language();
        return FormMessages.of(findings, f -> word(f, fields, language), fields);
    }

    /** Someone else saved the record first. */
    public FormMessages conflict() {
        return FormMessages.conflict(ruleMessages, ui.language());
    }

    public String word(Finding finding) {
        return ruleMessages.format(finding, ui.language());
    }

    /**
     * The rules bundle words a finding for every channel alike ("This field is required"); a form knows its labels, so
     * there the empty field is named ("Claim number is required"). The rule's key stays the finding's code.
     */
    private String word(Finding finding, FormFields fields, Language language) {
        String labelKey = fields.labelKey(finding.field());
        if (labelKey != null && finding.messageKey().equals(Fields.REQUIRED.key())) {
            return texts.text("form_required_field", language).replace("{field}", texts.text(labelKey, language));
        }
        return ruleMessages.format(finding, language);
    }
}
