package ee.tokvs.portal.worklist;

import static ee.tokvs.portal.shared.rules.Rule.none;
import static ee.tokvs.portal.shared.web.JsonMaker.JSON;

import ee.tokvs.portal.access.CurrentUser;
import ee.tokvs.portal.claim.Claim;
import ee.tokvs.portal.reference.ReferenceLog;
import ee.tokvs.portal.shared.rules.Fields;
import ee.tokvs.portal.shared.rules.Findings;
import ee.tokvs.portal.shared.rules.Rule;
import ee.tokvs.portal.shared.rules.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Follow-up dates on claims: set, changed or cleared by the insurer's handlers, each change audited as administrative
 * changes are ({@link ReferenceLog}, as mandates), never a submission. Templates read a claim's as
 * {@code inject:followUps.of(id)}.
 */
@ApplicationScoped
@Named("followUps")
public class FollowUps {

    public static final String DATE = "date";
    public static final String NOTE = "note";
    /** How long a note may be: a line to remember by, not a file note (V25 holds it to the same). */
    public static final int NOTE_MAX = 200;

    public static final Rule NOTE_TOO_LONG = Rule.error("rule_follow_up_note_too_long", NOTE,
            none("technical: a follow-up's note is a short reminder of at most 200 characters"));
    public static final Rule IN_PAST = Rule.error("rule_follow_up_in_past", DATE,
            none("plausibility: a follow-up reminds of a day to come; a past day would never remind"));

    public static final List<Rule> RULES = List.of(NOTE_TOO_LONG, IN_PAST);

    @Inject
    CurrentUser currentUser;

    @Inject
    ReferenceLog log;

    @Inject
    Clock clock;

    /** The claim's follow-up, or null (the acting insurer's only: the tenant filter and row-level security). */
    public FollowUp of(Long claimId) {
        return claimId == null ? null : FollowUp.findById(claimId);
    }

    /** Sets or changes the claim's follow-up, from today on; refused with the findings at their fields. */
    @Transactional
    public FollowUp set(long claimId, FollowUpForm form) {
        Claim claim = claim(claimId);
        Findings findings = new Findings();
        LocalDate on = Fields.date(findings, DATE, form.date, true);
        String note = Fields.text(findings, NOTE, form.note);
        if (note != null && note.length() > NOTE_MAX) {
            findings.add(NOTE_TOO_LONG.at(NOTE_MAX));
        }
        if (on != null && on.isBefore(today())) {
            findings.add(IN_PAST.at());
        }
        if (findings.hasErrors()) {
            throw new RuleViolationException(findings);
        }
        FollowUp followUp = of(claim.id);
        JsonObjectBuilder before = state(followUp);
        boolean changed = followUp != null;
        if (followUp == null) {
            followUp = new FollowUp();
            followUp.claimId = claim.id;
        }
        followUp.on = on;
        followUp.note = note;
        followUp.setBy = currentUser.username();
        followUp.setAt = Instant.now(clock);
        if (!changed) {
            followUp.persist();
        }
        audit(claim, changed ? "CHANGED" : "SET", before, state(followUp));
        return followUp;
    }

    /** Clears the claim's follow-up, if it has one. */
    @Transactional
    public void clear(long claimId) {
        Claim claim = claim(claimId);
        FollowUp followUp = of(claim.id);
        if (followUp != null) {
            JsonObjectBuilder before = state(followUp);
            followUp.delete();
            audit(claim, "CLEARED", before, state(null));
        }
    }

    LocalDate today() {
        return ee.tokvs.portal.shared.time.Clocks.today(clock);
    }

    private static Claim claim(long claimId) {
        return Claim.<Claim>findByIdOptional(claimId).orElseThrow(NotFoundException::new);
    }

    private void audit(Claim claim, String action, JsonObjectBuilder before, JsonObjectBuilder after) {
        log.record("FOLLOW_UP", claim.insurerCode + ":" + claim.claimNumber + ":" + claim.id, action,
                JSON.createObjectBuilder().add("before", before).add("after", after).build());
    }

    private static JsonObjectBuilder state(FollowUp followUp) {
        JsonObjectBuilder state = JSON.createObjectBuilder();
        if (followUp == null) {
            return state.addNull(DATE).addNull(NOTE);
        }
        state.add(DATE, followUp.on.toString());
        return followUp.note == null ? state.addNull(NOTE) : state.add(NOTE, followUp.note);
    }
}
