package ee.tokvs.portal.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import ee.tokvs.portal.shared.rules.Fields;
import ee.tokvs.portal.shared.rules.Findings;
import ee.tokvs.portal.shared.rules.Rule;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormMessagesTest {

    private static final Rule ODD = Fields.NOT_AN_AMOUNT;
    private static final FormFields FORM = FormFields.of().field("first", "label_first").field("second", "label_second")
            .field("third", "label_third");

    @Test
    void theSummaryFollowsTheFormsFieldsNotTheRules() {
        Findings findings = new Findings().add(ODD.atField("third")).add(Fields.REQUIRED.atField("first"))
                .add(ODD.atField("elsewhere")).add(Fields.REQUIRED.atField("second")).add(ODD.atField("first"));
        FormMessages messages = FormMessages.of(findings, f -> f.messageKey() + "@" + f.field(), FORM);
        assertEquals(List.of("rule_required@first", "rule_not_an_amount@first", "rule_required@second",
                "rule_not_an_amount@third", "rule_not_an_amount@elsewhere"),
                messages.all().stream().map(FormMessages.Message::text).toList());
    }

    @Test
    void aFormThatListsNoFieldsKeepsTheRulesOrder() {
        Findings findings = new Findings().add(ODD.atField("third")).add(Fields.REQUIRED.atField("first"));
        FormMessages messages = FormMessages.of(findings, f -> f.field(), FormFields.of());
        assertEquals(List.of("third", "first"), messages.all().stream().map(FormMessages.Message::text).toList());
    }

    @Test
    void aFieldIsFoundByItsNameWithItsLabel() {
        assertEquals(1, FORM.position("second"));
        assertEquals(3, FORM.position("elsewhere"));
        assertEquals("label_third", FORM.labelKey("third"));
        assertNull(FORM.labelKey("elsewhere"));
    }
}
