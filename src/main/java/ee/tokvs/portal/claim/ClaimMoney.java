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

    /**
     * How many claims there are, and every claim's paid and reserved sums (columns {@code claims}, {@code paid},
     * {@code reserved}), in SQL: from the dashboards' sums by dimension (V21, kept by the same triggers in the same
     * transaction), in the rows by severity, which every claim is in exactly once: per insurer a few hundred cells
     * (month by severity) instead of a claim's rows and a summary row per claim and measure, or the cube's thousands of
     * cells by every category at once. Row-level security keeps the cells to the acting insurer's (or every
     * insurer's, for Terviseamet), as it keeps the claims. The claim list's count and sums and the insurer's summary
     * read it.
     */
    public static final String EVERY_CLAIMS_MONEY = "select coalesce(sum(claims), 0) as claims,"
            + " coalesce(sum(paid), 0) as paid, coalesce(sum(reserved), 0) as reserved"
            + " from dash_cube_dim where basis = 'R' and dimension = 'SEVERITY'";

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

    /** How many claims a query found, and their paid and reserved sums. */
    record Found(long claims, BigDecimal paid, BigDecimal reserved) {
    }

    /**
     * How many claims a query over {@code Claim c} with {@code where} finds, and their paid and reserved sums; where
     * nothing narrows the claims ({@link #EVERY_CLAIM}), {@link #EVERY_CLAIMS_MONEY}.
     */
    static Found found(String where, Parameters params) {
        if (EVERY_CLAIM.equals(where)) {
            Object[] every = (Object[]) getEntityManager().createNativeQuery(EVERY_CLAIMS_MONEY).getSingleResult();
            return new Found(((Number) every[0]).longValue(), euros(every[1]), euros(every[2]));
        }
        long claims = Claim.count("from Claim c where " + where, params);
        var query = getEntityManager().createQuery("select coalesce(sum(case when m.measure = 'PAID' then m.amount"
                + " else 0 end), 0), coalesce(sum(case when m.measure = 'RESERVED' then m.amount else 0 end), 0)"
                + " from ClaimMoney m where m.measure in ('PAID', 'RESERVED')"
                + " and m.claimId in (select c.id from Claim c where " + where + ")", Object[].class);
        params.map().forEach(query::setParameter);
        Object[] sums = query.getSingleResult();
        return new Found(claims, euros(sums[0]), euros(sums[1]));
    }

    /** A sum as euros and cents, whichever way it was read (an empty sum is a plain 0). */
    private static BigDecimal euros(Object sum) {
        return ((BigDecimal) sum).setScale(2);
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
