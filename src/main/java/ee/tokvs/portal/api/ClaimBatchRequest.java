package ee.tokvs.portal.api;

import java.util.LinkedHashMap;

/**
 * Many claims in one call, keyed by claim number (a number twice is malformed JSON): each is created, or changed
 * when the insurer has it, as {@code PUT /api/v1/claims/{number}} would; all or nothing.
 */
public record ClaimBatchRequest(LinkedHashMap<String, ClaimRequest> claims) {

    static final int MAX_RECORDS = 10_000;
}
