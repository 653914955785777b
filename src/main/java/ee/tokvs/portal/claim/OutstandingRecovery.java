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
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/** An outstanding recovery (laekumata tagasinõue) per recovery type, as estimated on a date; latest is current. */
@Entity
@Immutable
@Table(name = "outstanding_recovery")
public class OutstandingRecovery extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id")
    public Claim claim;

    @TenantId
    @Column(name = "insurer_code", nullable = false, updatable = false)
    public String insurerCode;

    @Column(name = "recovery_type", nullable = false)
    public String recoveryType;

    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal amount;

    @Column(name = "set_on", nullable = false)
    public LocalDate setOn;

    @Column(name = "recorded_at", insertable = false, updatable = false)
    public Instant recordedAt;

    ClaimSnapshot.Item toItem() {
        return new ClaimSnapshot.Item(setOn, recoveryType, amount, null, null);
    }
}
