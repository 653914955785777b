package ee.tokvs.portal.api;

import ee.tokvs.portal.access.ActingInsurer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The API's writes kept by idempotency key ({@code api_call}), per insurer and in the write's own transaction:
 * what is kept was saved, and what was saved is kept. Calls with the same key wait for each other (a
 * transaction-scoped advisory lock), so two retries racing each other still write once.
 *
 * <p>Keys are kept 30 days. A caller retries a call whose answer it did not get: over X-Road within minutes,
 * after an outage of its own within days; the longest plausible gap (a long holiday weekend, an outage found
 * the next working day) is under a week, and the law's own deadline is one working day. 30 days covers that
 * four times over and keeps the table small.
 */
@ApplicationScoped
public class IdempotentCalls {

    static final int MAX_KEY_LENGTH = 255;
    static final int KEPT_DAYS = 30;
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1," + MAX_KEY_LENGTH + "}");

    /** A call kept: what it was, and the answer it got. */
    record Kept(String requestSha256, String operation, int status, String response) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    ActingInsurer actingInsurer;

    /** The key if it is usable: 1–255 visible ASCII characters (a UUID is the usual choice). */
    static Optional<String> checkedKey(String key) {
        return key != null && KEY.matcher(key).matches() ? Optional.of(key) : Optional.empty();
    }

    static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits for any other call with this key to end, then finds what it kept. */
    Optional<Kept> lockAndFind(String key) {
        String insurer = actingInsurer.insurerCode().orElseThrow();
        entityManager.createNativeQuery("select pg_advisory_xact_lock(hashtext(?1))")
                .setParameter(1, "api:" + insurer + ":" + key).getSingleResult();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select request_sha256, operation, status, response"
                + " from api_call where insurer_code = ?1 and idempotency_key = ?2")
                .setParameter(1, insurer).setParameter(2, key).getResultList();
        return rows.stream().findFirst().map(r -> new Kept((String) r[0], (String) r[1], ((Number) r[2]).intValue(),
                (String) r[3]));
    }

    /** Keeps a saved call's answer, and lets go of this insurer's calls older than the keeping time. */
    void keep(String key, String requestSha256, String operation, String client, String xroadId, int status,
            String response) {
        String insurer = actingInsurer.insurerCode().orElseThrow();
        entityManager.createNativeQuery("insert into api_call (insurer_code, idempotency_key, request_sha256, operation,"
                + " client, xroad_id, status, response) values (?1, ?2, ?3, ?4, ?5, cast(?6 as text), ?7, ?8)")
                .setParameter(1, insurer).setParameter(2, key).setParameter(3, requestSha256).setParameter(4, operation)
                .setParameter(5, client).setParameter(6, xroadId == null ? null : truncate(xroadId))
                .setParameter(7, status).setParameter(8, response).executeUpdate();
        entityManager.createNativeQuery("delete from api_call where insurer_code = ?1 and created_at < now() - make_interval(days => ?2)")
                .setParameter(1, insurer).setParameter(2, KEPT_DAYS).executeUpdate();
    }

    /** Kept for tracing only, so a header longer than any X-Road id is cut rather than stored whole. */
    private static String truncate(String value) {
        return value.length() <= 255 ? value : value.substring(0, 255);
    }
}
