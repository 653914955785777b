package ee.tokvs.portal.reference;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.ColumnTransformer;
import org.hibernate.annotations.Immutable;

/** One change to Terviseamet's reference data: who, when, what, before and after. */
@Entity
@Immutable
@Table(name = "reference_change")
public class ReferenceChange extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** What kind of reference data, e.g. CODE_LIST_ENTRY. */
    @Column(nullable = false)
    public String subject;

    @Column(name = "subject_key", nullable = false)
    public String subjectKey;

    @Column(nullable = false)
    public String action;

    @Column(name = "actor_username", nullable = false)
    public String actorUsername;

    @Column(name = "actor_name", nullable = false)
    public String actorName;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    public String actionKey() {
        return "ref_action_" + action;
    }

    @Column(nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String changes;
}
