package ee.tokvs.portal.claim;

import java.util.Map;

/**
 * What a batch of claims came to ({@link ClaimService#saveAll}): each number's judged save in the order given, and for
 * those written, the claim as stored. Nothing is written when one is refused.
 */
public record ClaimBatch(Map<String, ClaimSave> saves, Map<String, ClaimSetWrite.Written> written) {

    public boolean isRefused() {
        return saves.values().stream().anyMatch(ClaimSave::isRefused);
    }
}
