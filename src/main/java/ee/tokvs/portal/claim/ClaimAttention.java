package ee.tokvs.portal.claim;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/**
 * A claim on a data-quality list from {@link #dueOn} on: the view {@code claim_attention}
 * (R__claim_attention.sql), the one definition of each list ({@link ClaimSearch.Attention}). The claim list
 * filters by it here; the dashboards count the same view in SQL.
 */
@Entity
@Immutable
@Table(name = "claim_attention")
@IdClass(ClaimAttention.Key.class)
public class ClaimAttention extends PanacheEntityBase {

    @Id
    @Column(name = "claim_id")
    public Long claimId;

    /** A {@link ClaimSearch.Attention} name. */
    @Id
    @Column(name = "attention")
    public String attention;

    @TenantId
    @Column(name = "insurer_code")
    public String insurerCode;

    @Column(name = "due_on")
    public LocalDate dueOn;

    /** A claim is on each list at most once. */
    public static class Key implements Serializable {
        public Long claimId;
        public String attention;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(claimId, k.claimId) && Objects.equals(attention, k.attention);
        }

        @Override
        public int hashCode() {
            return Objects.hash(claimId, attention);
        }
    }
}
