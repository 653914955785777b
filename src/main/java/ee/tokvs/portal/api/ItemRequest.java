package ee.tokvs.portal.api;

import ee.tokvs.portal.claim.ItemForm;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A payout, recovery, reserve or outstanding recovery of a claim; the reductions belong to payouts only. */
public record ItemRequest(LocalDate date, String type, BigDecimal amount, BigDecimal generalReductionPct,
        BigDecimal eventReductionPct, boolean acceptWarnings) {

    ItemForm toForm() {
        ItemForm form = new ItemForm();
        form.date = ApiValues.text(date);
        form.type = type;
        form.amount = ApiValues.text(amount);
        form.generalReductionPct = ApiValues.text(generalReductionPct);
        form.eventReductionPct = ApiValues.text(eventReductionPct);
        form.confirmWarnings = acceptWarnings;
        return form;
    }
}
