package ee.tokvs.portal.catalogue;

import ee.tokvs.portal.claim.ClaimRules;
import ee.tokvs.portal.contract.ContractRules;
import ee.tokvs.portal.mandate.MandateService;
import ee.tokvs.portal.people.PeopleRules;
import ee.tokvs.portal.reference.ReferenceRules;
import ee.tokvs.portal.shared.rules.CommonRules;
import ee.tokvs.portal.shared.rules.Fields;
import ee.tokvs.portal.shared.rules.Rule;
import ee.tokvs.portal.upload.UploadRules;
import ee.tokvs.portal.worklist.FollowUps;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Every rule the portal can report, each once: collected from the lists its owners declare (shared field reading and
 * common rules, then reference data, mandates, people, contracts, claims, uploads, follow-up dates). Its keys are the
 * error codes the API gives and publishes. {@code RuleCatalogueTest} proves it complete: no finding is made outside it, and both
 * languages word every rule.
 */
public final class RuleCatalogue {

    private static final Map<String, Rule> BY_KEY = new LinkedHashMap<>();

    static {
        Stream.of(Fields.RULES, CommonRules.RULES, ReferenceRules.RULES, MandateService.RULES, PeopleRules.RULES,
                ContractRules.RULES, ClaimRules.RULES, UploadRules.RULES, FollowUps.RULES)
                .flatMap(List::stream).forEach(rule -> {
                    if (BY_KEY.putIfAbsent(rule.key(), rule) != null) {
                        throw new IllegalStateException("two rules have the key " + rule.key());
                    }
                });
    }

    private RuleCatalogue() {
    }

    /** In the order of their owners' lists. */
    public static List<Rule> all() {
        return List.copyOf(BY_KEY.values());
    }

    public static Optional<Rule> find(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }
}
