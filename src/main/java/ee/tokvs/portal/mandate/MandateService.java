package ee.tokvs.portal.mandate;

import static ee.tokvs.portal.shared.web.JsonMaker.JSON;

import static ee.tokvs.portal.shared.rules.Rule.law;
import static ee.tokvs.portal.shared.rules.Rule.none;

import ee.tokvs.portal.access.CurrentUser;
import ee.tokvs.portal.shared.time.Clocks;
import ee.tokvs.portal.reference.ReferenceLog;
import ee.tokvs.portal.reference.ReferenceRules;
import ee.tokvs.portal.reference.RegistryCode;
import ee.tokvs.portal.reference.RepresentativeCompany;
import ee.tokvs.portal.shared.rules.CommonRules;
import ee.tokvs.portal.shared.rules.Fields;
import ee.tokvs.portal.shared.rules.Findings;
import ee.tokvs.portal.shared.rules.Rule;
import ee.tokvs.portal.shared.rules.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An insurer admin's mandates: grant, end early, revoke. Each change is audited. */
@ApplicationScoped
public class MandateService {

    public static final String REPRESENTATIVE = "representativeCode";
    public static final String SCOPE = "scope";
    public static final String VALID_FROM = "validFrom";
    public static final String VALID_TO = "validTo";

    // A representative (volitatud isik) submits and queries for the insurer that names it.
    public static final Rule REPRESENTATIVE_UNKNOWN = Rule.error("rule_representative_unknown", REPRESENTATIVE,
            law("määrus §3(2)"));
    public static final Rule SCOPE_EMPTY = Rule.error("rule_mandate_scope", SCOPE, law("määrus §3(2), §4(2), §4(5)"));
    public static final Rule ENDS_IN_PAST = Rule.error("rule_mandate_in_past", VALID_TO,
            none("plausibility: a mandate granted now cannot have ended already"));

    public static final List<Rule> RULES = List.of(REPRESENTATIVE_UNKNOWN, SCOPE_EMPTY, ENDS_IN_PAST);

    @Inject
    CurrentUser currentUser;

    @Inject
    ReferenceLog log;

    @Inject
    Clock clock;

    @Transactional
    public Mandate grant(String rawRepresentative, boolean maySubmit, boolean mayQuery, String rawFrom, String rawTo) {
        Findings findings = new Findings();
        String representative = Fields.required(findings, REPRESENTATIVE, rawRepresentative);
        LocalDate from = Fields.date(findings, VALID_FROM, rawFrom, true);
        LocalDate to = Fields.date(findings, VALID_TO, rawTo, false);
        if (representative != null) {
            if (!RegistryCode.isValid(representative)) {
                findings.add(ReferenceRules.REGISTRY_CODE_INVALID.atField(REPRESENTATIVE, representative));
            } else if (RepresentativeCompany.findByRegistryCode(representative).isEmpty()) {
                findings.add(REPRESENTATIVE_UNKNOWN.at(representative));
            }
        }
        if (!maySubmit && !mayQuery) {
            findings.add(SCOPE_EMPTY.at());
        }
        if (from != null && to != null && to.isBefore(from)) {
            findings.add(CommonRules.PERIOD_END_BEFORE_START.atField(VALID_TO));
        }
        if (to != null && to.isBefore(Clocks.today(clock))) {
            findings.add(ENDS_IN_PAST.at());
        }
        if (findings.hasErrors()) {
            throw new RuleViolationException(findings);
        }
        Mandate mandate = new Mandate();
        mandate.representativeCode = representative;
        mandate.maySubmit = maySubmit;
        mandate.mayQuery = mayQuery;
        mandate.validFrom = from;
        mandate.validTo = to;
        mandate.grantedBy = currentUser.username();
        mandate.persist();
        audit(mandate, "GRANTED");
        return mandate;
    }

    /** Ends the mandate today: it still holds for the rest of the day. */
    @Transactional
    public void endToday(long id) {
        Mandate mandate = get(id);
        LocalDate today = Clocks.today(clock);
        if (mandate.revokedAt == null && (mandate.validTo == null || mandate.validTo.isAfter(today))) {
            mandate.validTo = today.isBefore(mandate.validFrom) ? mandate.validFrom : today;
            mandate.endedBy = currentUser.username();
            audit(mandate, "ENDED");
        }
    }

    /** Revokes the mandate at once: the representative's very next request is refused. */
    @Transactional
    public void revoke(long id) {
        Mandate mandate = get(id);
        if (mandate.revokedAt == null) {
            mandate.revokedAt = Instant.now(clock);
            mandate.endedBy = currentUser.username();
            audit(mandate, "REVOKED");
        }
    }

    private static Mandate get(long id) {
        return Mandate.<Mandate>findByIdOptional(id).orElseThrow(NotFoundException::new);
    }

    private void audit(Mandate mandate, String action) {
        log.record("MANDATE", mandate.insurerCode + ":" + mandate.representativeCode + ":" + mandate.id, action,
                JSON.createObjectBuilder()
                        .add("maySubmit", mandate.maySubmit).add("mayQuery", mandate.mayQuery)
                        .add("validFrom", String.valueOf(mandate.validFrom)).add("validTo", String.valueOf(mandate.validTo))
                        .add("revokedAt", String.valueOf(mandate.revokedAt)).build());
    }
}
