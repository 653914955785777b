package ee.tokvs.portal.claim;

import io.quarkus.panache.common.Parameters;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/**
 * A claim's money as its summary keeps it (dash_claim_money, V8; kept by the register's triggers in the same
 * transaction): per measure and type, the payouts' sum (PAID), the latest reserve (RESERVED), the recoveries' sum
 * (RECOVERED) and the latest outstanding recovery (OUTSTANDING). The claim list shows and sorts by its paid and
 * reserved sums; read only here.
 */
@Entity
@Immutable
@Table(name = "dash_claim_money")
@IdClass(ClaimMoney.Key.class)
public class ClaimMoney extends PanacheEntityBase {

    /** The condition of a claim query that narrows nothing. */
    static final String EVERY_CLAIM = "1 = 1";

    /** A claim's paid sum in a query over {@code Claim c}, 0 where it has none. */
    static final String PAID = "(select coalesce(sum(m.amount), 0) from ClaimMoney m where m.claimId = c.id"
            + " and m.measure = 'PAID')";
    /** A claim's reserved sum (the latest reserve of each damage type) in a query over {@code Claim c}. */
    static final String RESERVED = "(select coalesce(sum(m.amount), 0) from ClaimMoney m where m.claimId = c.id"
            + " and m.measure = 'RESERVED')";

    @Id
    @Column(name = "claim_id")
    public Long claimId;

    @Id
    @Column(name = "measure")
    public String measure;

    @Id
    @Column(name = "type")
    public String type;

    @TenantId
    @Column(name = "insurer_code")
    public String insurerCode;

    @Column(name = "amount")
    public BigDecimal amount;

    /**
     * Paid and reserved summed over the claims a query over {@code Claim c} with {@code where} finds. Where nothing
     * narrows the claims ({@link #EVERY_CLAIM}), every summary row counts: they are all of claims the query finds, so
     * the sums are read from the insurer's summary rows alone, without joining the claims.
     */
    static BigDecimal[] totals(String where, Parameters params) {
        String ofClaims = EVERY_CLAIM.equals(where) ? ""
                : " and m.claimId in (select c.id from Claim c where " + where + ")";
        var query = getEntityManager().createQuery("select coalesce(sum(case when m.measure = 'PAID' then m.amount"
                + " else 0 end), 0), coalesce(sum(case when m.measure = 'RESERVED' then m.amount else 0 end), 0)"
                + " from ClaimMoney m where m.measure in ('PAID', 'RESERVED')" + ofClaims, Object[].class);
        params.map().forEach(query::setParameter);
        Object[] sums = query.getSingleResult();
        return new BigDecimal[] {(BigDecimal) sums[0], (BigDecimal) sums[1]};
    }

    /** A summary row is one per claim, measure and type. */
    public static class Key implements Serializable {
        public Long claimId;
        public String measure;
        public String type;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(claimId, k.claimId) && Objects.equals(measure, k.measure)
                    && Objects.equals(type, k.type);
        }

        @Override
        public int hashCode() {
            return Objects.hash(claimId, measure, type);
        }
    }
}
