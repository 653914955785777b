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

/** A recovery received (laekunud tagasinõue, TOKVS §22): recorded with a minus sign. */
@Entity
@Immutable
public class Recovery extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id")
    public Claim claim;

    @TenantId
    @Column(name = "insurer_code", nullable = false, updatable = false)
    public String insurerCode;

    @Column(name = "received_on", nullable = false)
    public LocalDate receivedOn;

    @Column(name = "recovery_type", nullable = false)
    public String recoveryType;

    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal amount;

    @Column(name = "recorded_at", insertable = false, updatable = false)
    public Instant recordedAt;

    ClaimSnapshot.Item toItem() {
        return new ClaimSnapshot.Item(receivedOn, recoveryType, amount, null, null);
    }
}
