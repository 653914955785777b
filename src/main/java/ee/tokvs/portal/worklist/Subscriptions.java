package ee.tokvs.portal.worklist;

import ee.tokvs.portal.access.ActingInsurer;
import ee.tokvs.portal.access.Actor;
import ee.tokvs.portal.access.CurrentUser;
import ee.tokvs.portal.access.Organisation;
import ee.tokvs.portal.access.PortalRole;
import ee.tokvs.portal.shared.i18n.Language;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * The opt-ins to the worklist's morning e-mail (worklist_subscription, V25): a staff member of an insurer opts in for
 * the insurer they work for, with their login's address and a language, and out again. Row-level security keeps each
 * insurer's to itself; the mail job reads them all ({@link WorklistMail}).
 */
@ApplicationScoped
public class Subscriptions {

    /** An opt-in: who, for which insurer, where and in which language. */
    public record Subscription(String insurerCode, String username, String displayName, String role, String orgAlias,
            String email, Language language) {

        /** The person as the mail job acts: an insurer's staff member or admin of the insurer they opted in for. */
        public Actor actor() {
            return new Actor(username, displayName, PortalRole.valueOf(role),
                    new Organisation(orgAlias, insurerCode, Organisation.Kind.INSURER), null);
        }
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    ActingInsurer actingInsurer;

    /** This person's opt-in for the acting insurer, if any. */
    public Optional<Subscription> mine() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Panache.getEntityManager().createNativeQuery("select insurer_code, username, display_name,"
                + " role, org_alias, email, language from worklist_subscription where username = ?1")
                .setParameter(1, currentUser.username()).getResultList();
        return rows.stream().map(Subscriptions::of).findFirst();
    }

    /**
     * Opts this person in (or changes the language of their opt-in) for the insurer they act for, at the address their
     * login gives; false when there is no address or no insurer of their own to opt in for.
     */
    @Transactional
    public boolean optIn(String email, Language language) {
        Optional<String> insurer = actingInsurer.insurerCode();
        PortalRole role = currentUser.role().orElse(null);
        Optional<Organisation> organisation = currentUser.organisation();
        if (insurer.isEmpty() || organisation.isEmpty() || email == null || !email.matches("[^@\\s]+@[^@\\s]+")
                || (role != PortalRole.INSURER_STAFF && role != PortalRole.INSURER_ADMIN)) {
            return false;
        }
        Panache.getEntityManager().createNativeQuery("insert into worklist_subscription (insurer_code, username,"
                + " display_name, role, org_alias, email, language) values (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                + " on conflict (insurer_code, username) do update set display_name = excluded.display_name,"
                + " role = excluded.role, org_alias = excluded.org_alias, email = excluded.email,"
                + " language = excluded.language")
                .setParameter(1, insurer.get()).setParameter(2, currentUser.username())
                .setParameter(3, currentUser.displayName()).setParameter(4, role.name())
                .setParameter(5, organisation.get().alias()).setParameter(6, email)
                .setParameter(7, language.code).executeUpdate();
        return true;
    }

    /** Opts this person out: no more mail. */
    @Transactional
    public void optOut() {
        Panache.getEntityManager().createNativeQuery("delete from worklist_subscription where username = ?1")
                .setParameter(1, currentUser.username()).executeUpdate();
    }

    static Subscription of(Object[] r) {
        return new Subscription((String) r[0], (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], Language.fromCode((String) r[6]).orElse(Language.DEFAULT));
    }
}
