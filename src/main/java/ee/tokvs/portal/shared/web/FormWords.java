package ee.tokvs.portal.shared.web;

import ee.tokvs.portal.shared.i18n.RuleMessages;
import ee.tokvs.portal.shared.i18n.UiLocale;
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

    public FormMessages of(Findings findings) {
        return FormMessages.of(findings, ruleMessages, ui.language());
    }

    /** Someone else saved the record first. */
    public FormMessages conflict() {
        return FormMessages.conflict(ruleMessages, ui.language());
    }

    public String word(Finding finding) {
        return ruleMessages.format(finding, ui.language());
    }
}
