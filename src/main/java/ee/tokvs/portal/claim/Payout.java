package ee.tokvs.portal.claim;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/** A payout (väljamakse) of compensation: date, damage type, a positive amount. */
@Entity
@Immutable
public class Payout extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id")
    public Claim claim;

    @TenantId
    @Column(name = "insurer_code", nullable = false, updatable = false)
    public String insurerCode;

    @Column(name = "paid_on", nullable = false)
    public LocalDate paidOn;

    @Column(name = "damage_type", nullable = false)
    public String damageType;

    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal amount;

    /** Work capacity (seed 003), for permanent incapacity: the general reduction %. */
    @Column(name = "general_reduction_pct", precision = 5, scale = 2)
    public BigDecimal generalReductionPct;

    /** The reduction % caused by the insured event; compensation rests on this one. */
    @Column(name = "event_reduction_pct", precision = 5, scale = 2)
    public BigDecimal eventReductionPct;

    @Column(name = "recorded_at", insertable = false, updatable = false)
    public Instant recordedAt;

    ClaimSnapshot.Item toItem() {
        return new ClaimSnapshot.Item(paidOn, damageType, amount, generalReductionPct, eventReductionPct);
    }
}
