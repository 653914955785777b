package ee.tokvs.portal.mandate;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.annotations.TenantId;

/**
 * A mandate (volitus, §3(2)): an insurer names a representative company to submit its data, query risk
 * data, or both, from a day until a day (or until further notice). Ended or revoked mandates stay.
 */
@Entity
public class Mandate extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @TenantId
    @Column(name = "insurer_code", nullable = false, updatable = false)
    public String insurerCode;

    @Column(name = "representative_code", nullable = false, updatable = false)
    public String representativeCode;

    @Column(name = "may_submit", nullable = false)
    public boolean maySubmit;

    @Column(name = "may_query", nullable = false)
    public boolean mayQuery;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "granted_by", nullable = false)
    public String grantedBy;

    @Column(name = "granted_at", insertable = false, updatable = false)
    public Instant grantedAt;

    @Column(name = "ended_by")
    public String endedBy;

    @Version
    @Column(name = "lock_version", nullable = false)
    public int lockVersion;

    /**
     * For the list: VALID, UPCOMING, ENDED or REVOKED on the given day, by the mandate's own dates. Whether a
     * representative may act under it (the insurer's licence too) is decided only by {@code access/MandateLookup}.
     */
    public String stateOn(LocalDate day) {
        if (revokedAt != null) {
            return "REVOKED";
        }
        if (day.isBefore(validFrom)) {
            return "UPCOMING";
        }
        return validTo != null && day.isAfter(validTo) ? "ENDED" : "VALID";
    }

    public String stateKey(LocalDate day) {
        return "mandate_state_" + stateOn(day);
    }

    public static List<Mandate> newestFirst() {
        return list("order by validFrom desc, id desc");
    }
}
