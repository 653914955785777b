package ee.tokvs.portal.browser;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import ee.tokvs.portal.claim.ClaimForm;
import ee.tokvs.portal.claim.ItemForm;
import ee.tokvs.portal.contract.ContractForm;
import ee.tokvs.portal.testdata.ClaimBuilder;
import ee.tokvs.portal.testdata.ContractBuilder;
import ee.tokvs.portal.testdata.MoneyRowBuilder;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

/**
 * The register's forms filled in as a user does, with the values of the shared builders: typed into the page's
 * fields (each named as the form's field), or posted as the page would post them. What a builder leaves empty stays
 * as the page has it.
 */
public final class FillIn {

    private FillIn() {
    }

    /** The contract form, for a conclusion (the number included) or a change. */
    public static void contract(Page page, ContractBuilder contract) {
        ContractForm form = contract.form();
        type(page, "contractNumber", form.contractNumber);
        type(page, "changeDate", form.changeDate);
        type(page, "policyholderCode", form.policyholderCode);
        type(page, "periodStart", form.periodStart);
        type(page, "periodEnd", form.periodEnd);
        type(page, "sumPerEvent", form.sumPerEvent);
        type(page, "sumAggregate", form.sumAggregate);
    }

    /** The new claim form. */
    public static void claim(Page page, ClaimBuilder claim) {
        ClaimForm form = claim.form();
        type(page, "claimNumber", form.claimNumber);
        type(page, "contractNumber", form.contractNumber);
        type(page, "receivedDate", form.receivedDate);
        type(page, "incidentNumber", form.incidentNumber);
        type(page, "incidentDate", form.incidentDate);
        choose(page, "status", form.status);
        choose(page, "incidentType", form.incidentType);
        choose(page, "severity", form.severity);
        choose(page, "specialty", form.specialty);
        choose(page, "additionalCompetence", form.additionalCompetence);
        if (form.handlingFinished) {
            page.check("#handlingFinished");
        }
        type(page, "finishedDate", form.finishedDate);
    }

    /** The form of a payout, reserve, recovery or outstanding recovery. */
    public static void moneyRow(Page page, MoneyRowBuilder row) {
        ItemForm form = row.form();
        type(page, "date", form.date);
        choose(page, "type", form.type);
        type(page, "amount", form.amount);
        type(page, "generalReductionPct", form.generalReductionPct);
        type(page, "eventReductionPct", form.eventReductionPct);
    }

    /** Every field the form holds, with the page's form token, as a post from the page (or a tampered one) sends it. */
    public static FormData posted(Page page, Object form) {
        FormData data = FormData.create().set("_csrf", PortalBrowser.formToken(page));
        for (Field field : form.getClass().getFields()) {
            if (Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            try {
                Object value = field.get(form);
                if (value != null && !Boolean.FALSE.equals(value)) {
                    data.set(field.getName(), value.toString());
                }
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        return data;
    }

    private static void type(Page page, String field, String value) {
        if (value != null) {
            page.fill("#" + field, value);
        }
    }

    private static void choose(Page page, String field, String value) {
        if (value != null) {
            page.selectOption("#" + field, value);
        }
    }
}
