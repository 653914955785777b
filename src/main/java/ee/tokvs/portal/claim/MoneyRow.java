package ee.tokvs.portal.claim;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.annotations.TenantId;

/**
 * What every money row of a claim has: its claim, its insurer, an amount in euros and when it was recorded.
 * Rows are only ever added, never changed: a row entered wrongly is corrected by a reversal (V24), a row of the same
 * table naming it in {@code reversesId}, with the opposite amount and a reason.
 */
@MappedSuperclass
public abstract class MoneyRow extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "claim_id")
    public Claim claim;

    @TenantId
    @Column(name = "insurer_code", nullable = false, updatable = false)
    public String insurerCode;

    @Column(nullable = false, precision = 14, scale = 2)
    public BigDecimal amount;

    @Column(name = "recorded_at", insertable = false, updatable = false)
    public Instant recordedAt;

    /** For a reversal: the id of the original it reverses; null for an original. */
    @Column(name = "reverses_id", updatable = false)
    public Long reversesId;

    /** For a reversal: why the original was wrong. */
    @Column(name = "correction_reason", updatable = false)
    public String correctionReason;

    public boolean isReversal() {
        return reversesId != null;
    }

    /** The ids of the rows these rows reverse: the originals corrected away. */
    static Set<Long> reversed(List<? extends MoneyRow> rows) {
        return rows.stream().filter(MoneyRow::isReversal).map(r -> r.reversesId).collect(Collectors.toSet());
    }

    /** The originals among these rows that stand: not reversed. */
    static <T extends MoneyRow> List<T> standing(List<T> rows) {
        Set<Long> reversed = reversed(rows);
        return rows.stream().filter(r -> !r.isReversal() && !reversed.contains(r.id)).toList();
    }

    abstract ClaimSnapshot.Item toItem();
}
