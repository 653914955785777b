package ee.tokvs.portal.reference;

import ee.tokvs.portal.shared.rules.Fields;
import ee.tokvs.portal.shared.rules.Findings;
import java.util.function.Predicate;

/** Is this healthcare provider entry valid: forms and the CSV import of the provider list both ask here. */
public final class ProviderRules {

    public static final String CODE = "registryCode";
    public static final String NAME = "name";
    public static final String RISK_PROFILE = "riskProfile";

    /** A provider as typed. */
    public record Draft(String registryCode, String name, String riskProfile) {
    }

    private ProviderRules() {
    }

    public static Draft read(String code, String name, String riskProfile, Findings findings) {
        return new Draft(Fields.required(findings, CODE, code), Fields.required(findings, NAME, name),
                Fields.required(findings, RISK_PROFILE, riskProfile));
    }

    public static Findings check(Draft draft, Predicate<String> riskProfileAllowed) {
        Findings findings = new Findings();
        if (draft.registryCode() != null && !RegistryCode.isValid(draft.registryCode())) {
            findings.add(ReferenceRules.REGISTRY_CODE_INVALID.atField(CODE, draft.registryCode()));
        }
        if (draft.riskProfile() != null && !riskProfileAllowed.test(draft.riskProfile())) {
            findings.add(ReferenceRules.CODE_UNKNOWN.atField(RISK_PROFILE, draft.riskProfile()));
        }
        return findings;
    }
}
