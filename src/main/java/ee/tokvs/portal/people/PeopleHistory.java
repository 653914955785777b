package ee.tokvs.portal.people;

import static ee.tokvs.portal.shared.web.JsonMaker.JSON;

import ee.tokvs.portal.access.PortalRole;
import ee.tokvs.portal.reference.ReferenceChange;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;

/** The latest changes to an organisation's people, as the audit log keeps them: who did what to whom, when. */
public final class PeopleHistory {

    private static final int SHOWN = 20;

    /** One change: when, by whom, what (an action key), to whom, and the portal role before and after (null: none). */
    public record Entry(Instant changedAt, String actorName, String actorUsername, String action, String username,
            PortalRole roleBefore, PortalRole roleAfter) {

        public String actionKey() {
            return "people_action_" + action;
        }
    }

    private PeopleHistory() {
    }

    /** The organisation's latest changes, newest first. */
    public static List<Entry> of(String registryCode) {
        List<ReferenceChange> changes = ReferenceChange.find(
                "subject = ?1 and subjectKey like ?2 order by changedAt desc, id desc",
                PeopleChanges.SUBJECT, registryCode + ":%").page(0, SHOWN).list();
        return changes.stream().map(PeopleHistory::entry).toList();
    }

    private static Entry entry(ReferenceChange change) {
        JsonObject what = JSON.createReader(new StringReader(change.changes)).readObject();
        return new Entry(change.changedAt, change.actorName, change.actorUsername, change.action,
                what.getString("username", ""), PortalRole.byId(what.getString("roleBefore", "")).orElse(null),
                PortalRole.byId(what.getString("roleAfter", "")).orElse(null));
    }
}
