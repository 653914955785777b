package ee.tokvs.portal.worklist;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.TenantId;

/**
 * A claims handler's follow-up date (diary date) on a claim, with a short note: the insurer's own reminder to look at
 * the claim again on that day, not a submission to Terviseamet. At most one per claim; clearing it deletes it.
 */
@Entity
@Table(name = "claim_follow_up")
public class FollowUp extends PanacheEntityBase {

    @Id
    @Column(name = "claim_id")
    public Long claimId;

    @TenantId
    @Column(name = "insurer_code", nullable = false, updatable = false)
    public String insurerCode;

    @Column(name = "follow_up_on", nullable = false)
    public LocalDate on;

    public String note;

    @Column(name = "set_by", nullable = false)
    public String setBy;

    @Column(name = "set_at", nullable = false)
    public Instant setAt;
}
