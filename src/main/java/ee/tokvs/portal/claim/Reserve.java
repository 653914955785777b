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

/**
 * A reserve for an unsettled claim (rahuldamata nõude eraldis) for one damage type, as estimated on a
 * date. A new estimate is a new row; the latest per damage type is current, the earlier ones stay.
 */
@Entity
@Immutable
public class Reserve extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id")
    public Claim claim;

    @TenantId
    @Column(name = "insurer_code", nullable = false, updatable = false)
    public String insurerCode;

    @Column(name = "damage_type", nullable = false)
    public String damageType;

    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal amount;

    @Column(name = "set_on", nullable = false)
    public LocalDate setOn;

    @Column(name = "recorded_at", insertable = false, updatable = false)
    public Instant recordedAt;

    ClaimSnapshot.Item toItem() {
        return new ClaimSnapshot.Item(setOn, damageType, amount, null, null);
    }
}
