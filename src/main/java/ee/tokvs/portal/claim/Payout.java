package ee.tokvs.portal.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/**
 * A payout (väljamakse) of compensation: date, damage type, a positive amount.
 * Writing it fires the dashboards' summary triggers (V8, functions in R__dashboard_summaries.sql).
 */
@Entity
@Immutable
public class Payout extends MoneyRow {

    @Column(name = "paid_on", nullable = false)
    public LocalDate paidOn;

    @Column(name = "damage_type", nullable = false)
    public String damageType;

    /** Work capacity (seed 003), for permanent incapacity: the general reduction %. */
    @Column(name = "general_reduction_pct", precision = 5, scale = 2)
    public BigDecimal generalReductionPct;

    /** The reduction % caused by the insured event; compensation rests on this one. */
    @Column(name = "event_reduction_pct", precision = 5, scale = 2)
    public BigDecimal eventReductionPct;

    @Override
    ClaimSnapshot.Item toItem() {
        return new ClaimSnapshot.Item(paidOn, damageType, amount, generalReductionPct, eventReductionPct, id, reversesId,
                correctionReason);
    }
}
