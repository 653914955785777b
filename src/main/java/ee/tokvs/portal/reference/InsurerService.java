package ee.tokvs.portal.reference;

import static ee.tokvs.portal.shared.web.JsonMaker.JSON;

import ee.tokvs.portal.shared.rules.Fields;
import ee.tokvs.portal.shared.rules.Findings;
import ee.tokvs.portal.shared.rules.RuleViolationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Arrays;

/** Terviseamet's register of insurers, the portal's tenants: add one, rename one, change its licence status. */
@ApplicationScoped
public class InsurerService {

    public static final String CODE = "registryCode";
    public static final String NAME = "name";
    public static final String LICENCE = "licenceStatus";

    @Inject
    ReferenceLog log;

    @Transactional
    public Insurer save(String rawCode, String rawName, String rawLicence) {
        Findings findings = new Findings();
        RegisteredOrganisation.Typed typed = RegisteredOrganisation.read(findings, rawCode, rawName);
        String code = typed.code();
        String name = typed.name();
        String licence = Fields.required(findings, LICENCE, rawLicence);
        if (licence != null && Arrays.stream(Insurer.LicenceStatus.values()).noneMatch(s -> s.name().equals(licence))) {
            findings.add(ReferenceRules.CODE_UNKNOWN.atField(LICENCE, licence));
        }
        if (findings.hasErrors()) {
            throw new RuleViolationException(findings);
        }
        Insurer insurer = Insurer.findByRegistryCode(code).orElse(null);
        var changes = JSON.createObjectBuilder();
        String action = "ADDED";
        if (insurer == null) {
            insurer = new Insurer();
            insurer.registryCode = code;
        } else {
            action = "CHANGED";
            changes.add("nameBefore", insurer.name).add("licenceStatusBefore", insurer.licenceStatus.name());
        }
        insurer.name = name;
        insurer.licenceStatus = Insurer.LicenceStatus.valueOf(licence);
        insurer.persist();
        log.record("INSURER", code, action, changes.add("name", name).add("licenceStatus", licence).build());
        return insurer;
    }
}
