package ee.tokvs.portal.reference;

import static ee.tokvs.portal.shared.web.JsonMaker.JSON;

import ee.tokvs.portal.shared.rules.Findings;
import ee.tokvs.portal.shared.rules.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Terviseamet's register of representative companies (volitatud isikud): add one, or rename one. Audited. */
@ApplicationScoped
public class RepresentativeCompanyService {

    @Inject
    ReferenceLog log;

    @Transactional
    public RepresentativeCompany save(String rawCode, String rawName) {
        Findings findings = new Findings();
        RegisteredOrganisation.Typed typed = RegisteredOrganisation.read(findings, rawCode, rawName);
        String code = typed.code();
        String name = typed.name();
        if (findings.hasErrors()) {
            throw new RuleViolationException(findings);
        }
        RepresentativeCompany company = RepresentativeCompany.findByRegistryCode(code).orElse(null);
        var changes = JSON.createObjectBuilder();
        String action = "ADDED";
        if (company == null) {
            company = new RepresentativeCompany();
            company.registryCode = code;
        } else {
            action = "CHANGED";
            changes.add("nameBefore", company.name);
        }
        company.name = name;
        company.persist();
        log.record("REPRESENTATIVE_COMPANY", code, action, changes.add("name", name).build());
        return company;
    }
}
