package ee.tokvs.portal.query;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/**
 * One §4 question as the query function logged it (V16): when, for which insurer, by whom (and through which client
 * system), which question and about what (a registry code or a risk profile). Written only by the function; read
 * here: Terviseamet sees every insurer's questions, an insurer its own.
 */
@Entity
@Immutable
@Table(name = "section4_query")
public class QueryLogEntry extends PanacheEntityBase {

    public enum Query { PROVIDER_REPORT, PROFILE_STATISTICS }

    @Id
    public Long id;

    @Column(name = "asked_at")
    public Instant askedAt;

    @TenantId
    @Column(name = "insurer_code", updatable = false)
    public String insurerCode;

    @Column(name = "query")
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Query query;

    public String subject;

    @Column(name = "actor_username")
    public String actorUsername;

    @Column(name = "actor_name")
    public String actorName;

    @Column(name = "actor_org_code")
    public String actorOrgCode;

    public String channel;

    public String client;

    /** The latest questions first: {@code count} of them from the {@code first}-th (from 0). */
    public static List<QueryLogEntry> latest(int first, int count) {
        return findAll(Sort.descending("askedAt", "id")).range(first, first + count - 1).list();
    }
}
