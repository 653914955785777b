package ee.tokvs.portal.api;

import ee.tokvs.portal.claim.ItemForm;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A payout, recovery, reserve or outstanding recovery of a claim; the reductions belong to payouts only. With a
 * correction's reason it is a reversal: of the stored row of its date and type with the opposite amount.
 */
public record ItemRequest(LocalDate date, String type, BigDecimal amount, BigDecimal generalReductionPct,
        BigDecimal eventReductionPct, boolean acceptWarnings,
        @Schema(description = "Makes the call a correction: the reversal of the stored row of this date and type with"
                + " the opposite amount, for this reason") String correctionReason) {

    ItemForm toForm() {
        ItemForm form = new ItemForm();
        form.date = ApiValues.text(date);
        form.type = type;
        form.amount = ApiValues.text(amount);
        form.generalReductionPct = ApiValues.text(generalReductionPct);
        form.eventReductionPct = ApiValues.text(eventReductionPct);
        form.confirmWarnings = acceptWarnings;
        form.correctionReason = correctionReason;
        return form;
    }
}
