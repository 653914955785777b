package ee.tokvs.portal.mandate;

import ee.tokvs.portal.access.CurrentUser;
import ee.tokvs.portal.shared.time.Clocks;
import ee.tokvs.portal.reference.ReferenceLog;
import ee.tokvs.portal.reference.RegistryCode;
import ee.tokvs.portal.reference.RepresentativeCompany;
import ee.tokvs.portal.shared.rules.Fields;
import ee.tokvs.portal.shared.rules.Findings;
import ee.tokvs.portal.shared.rules.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** An insurer admin's mandates: grant, end early, revoke. Each change is audited. */
@ApplicationScoped
public class MandateService {

    public static final String REPRESENTATIVE = "representativeCode";
    public static final String SCOPE = "scope";
    public static final String VALID_FROM = "validFrom";
    public static final String VALID_TO = "validTo";

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
                findings.error(REPRESENTATIVE, "rule_registry_code_invalid", representative);
            } else if (RepresentativeCompany.findByRegistryCode(representative).isEmpty()) {
                findings.error(REPRESENTATIVE, "rule_representative_unknown", representative);
            }
        }
        if (!maySubmit && !mayQuery) {
            findings.error(SCOPE, "rule_mandate_scope");
        }
        if (from != null && to != null && to.isBefore(from)) {
            findings.error(VALID_TO, "rule_period_end_before_start");
        }
        if (to != null && to.isBefore(Clocks.today(clock))) {
            findings.error(VALID_TO, "rule_mandate_in_past");
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
                Json.createObjectBuilder()
                        .add("maySubmit", mandate.maySubmit).add("mayQuery", mandate.mayQuery)
                        .add("validFrom", String.valueOf(mandate.validFrom)).add("validTo", String.valueOf(mandate.validTo))
                        .add("revokedAt", String.valueOf(mandate.revokedAt)).build());
    }
}
