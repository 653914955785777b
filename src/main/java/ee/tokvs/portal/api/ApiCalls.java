package ee.tokvs.portal.api;

import ee.tokvs.portal.access.ActingInsurer;
import ee.tokvs.portal.access.CurrentUser;
import ee.tokvs.portal.shared.i18n.Language;
import ee.tokvs.portal.shared.rules.Findings;
import ee.tokvs.portal.shared.rules.RuleViolationException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import org.hibernate.Session;
import org.hibernate.StaleStateException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Every write of the API, one way: read the body strictly, keep the call by its idempotency key, let the
 * feature's service save through its rules in one transaction, and answer a receipt or problem details.
 * A retry with the same key and body gets the first answer again and writes nothing.
 */
@ApplicationScoped
public class ApiCalls {

    private static final Logger LOG = Logger.getLogger(ApiCalls.class);

    /** What a write answers when it is saved: a receipt, or a batch's receipts. */
    public interface Answer {

        /** 201 when a record was created, else 200. */
        int status();

        /** The same answer for a check, with no ids: nothing was written. */
        Answer checkedOnly();
    }

    /**
     * What the services made of the call: the answer to give, or the findings that refused it, each record's at the
     * JSON pointer of that record in the body ("" for a call of one record).
     */
    public record Saved(Answer answer, Map<String, Findings> refusals) {

        public Saved {
            refusals = refusals == null ? Map.of() : refusals;
        }

        public static Saved of(Answer answer) {
            return new Saved(answer, Map.of());
        }

        public static Saved refused(Findings findings) {
            return new Saved(null, Map.of("", findings));
        }

        boolean isRefused() {
            return !refusals.isEmpty();
        }
    }

    /** Ends the call's transaction without a trace (a refusal, a check), answering as given. */
    private static final class RolledBack extends RuntimeException {

        private final transient Response response;

        RolledBack(Response response) {
            super(null, null, false, false);
            this.response = response;
        }
    }

    @Inject
    ApiJson json;

    @Inject
    ApiTexts texts;

    @Inject
    IdempotentCalls idempotent;

    @Inject
    ActingInsurer actingInsurer;

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentVertxRequest vertxRequest;

    @Inject
    EntityManager entityManager;

    /** A write: {@code work} runs in the call's transaction with the body read as {@code type}. */
    public <T> Response write(String operation, ApiCall call, byte[] body, Class<T> type, Function<T, Saved> work) {
        return write(operation, call, body, type, ApiJson.MAX_BODY_BYTES, work);
    }

    /** As {@link #write(String, ApiCall, byte[], Class, Function)}, for a body of up to {@code maxBytes}. */
    public <T> Response write(String operation, ApiCall call, byte[] body, Class<T> type, int maxBytes,
            Function<T, Saved> work) {
        Language language = ApiTexts.languageOf(call.acceptLanguage);
        try {
            // a check writes nothing, so it needs no key
            String key = call.checkOnly ? null : IdempotentCalls.checkedKey(call.idempotencyKey)
                    .orElseThrow(() -> new ApiException(texts.problem(language, Response.Status.BAD_REQUEST.getStatusCode(),
                            "idempotency_key_required", IdempotentCalls.MAX_KEY_LENGTH)));
            T request = json.read(body, type, language, maxBytes);
            LOG.infof("API %s by %s for %s, key %s, X-Road-Id %s", operation, currentUser.username(),
                    actingInsurer.tenant(), key, call.xroadId);
            // the key covers what the call is for: its operation, method and path (the record's number), not only its body
            String target = operation + " " + vertxRequest.getCurrent().request().method() + " "
                    + vertxRequest.getCurrent().request().path();
            return QuarkusTransaction.requiringNew().call(() -> inTransaction(target, call, key, body, language,
                    () -> work.apply(request)));
        } catch (ApiException e) {
            return e.problem().response();
        } catch (RolledBack e) {
            return e.response;
        } catch (RuntimeException e) {
            Throwable cause = e;
            while (cause != null) {
                // another call saved the same number first, or changed the same record in between: theirs stands
                if (cause instanceof RuleViolationException refused) {
                    return refusal(Map.of("", refused.findings()), language).response();
                }
                if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                    return texts.problem(language, Response.Status.CONFLICT.getStatusCode(), "conflict").response();
                }
                cause = cause.getCause() == cause ? null : cause.getCause();
            }
            String incident = UUID.randomUUID().toString().substring(0, 8);
            LOG.errorf(e, "Unexpected error in API %s, incident %s", operation, incident);
            return texts.problem(language, Response.Status.INTERNAL_SERVER_ERROR.getStatusCode(), "unexpected", incident).response();
        }
    }

    private Response inTransaction(String operation, ApiCall call, String key, byte[] body, Language language,
            java.util.function.Supplier<Saved> work) {
        String sha256 = IdempotentCalls.sha256(body);
        var earlier = key == null ? java.util.Optional.<IdempotentCalls.Kept>empty() : idempotent.lockAndFind(key);
        if (earlier.isPresent()) {
            if (!earlier.get().requestSha256().equals(sha256) || !earlier.get().operation().equals(operation)) {
                throw new ApiException(texts.problem(language, ApiProblem.UNPROCESSABLE,
                        "idempotency_key_reused"));
            }
            return Response.status(earlier.get().status()).type(MediaType.APPLICATION_JSON)
                    .header("Idempotent-Replayed", "true").entity(earlier.get().response()).build();
        }
        Saved saved = work.get();
        if (saved.isRefused()) {
            throw new RolledBack(refusal(saved.refusals(), language).response());
        }
        if (call.checkOnly) {
            throw new RolledBack(Response.ok(json.write(saved.answer().checkedOnly()), MediaType.APPLICATION_JSON).build());
        }
        // as an upload does: the mandate is read again, locked, in this transaction, so a revocation waits or is seen
        if (!entityManager.unwrap(Session.class).doReturningWork(actingInsurer::stillMaySubmit)) {
            throw new RolledBack(texts.forbidden(call.acceptLanguage).response());
        }
        int status = saved.answer().status();
        String answer = json.write(saved.answer());
        idempotent.keep(key, sha256, operation, currentUser.username(), call.xroadId, status, answer);
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(answer).build();
    }

    /** Errors refuse the call; warnings alone refuse it until the call accepts them. */
    ApiProblem refusal(Map<String, Findings> refusals, Language language) {
        List<ApiProblem.Item> errors = new ArrayList<>();
        List<ApiProblem.Item> warnings = new ArrayList<>();
        refusals.forEach((record, findings) -> findings.all().forEach(
                f -> (f.isError() ? errors : warnings).add(texts.item(record, f, language))));
        String code = errors.isEmpty() ? "warnings_not_accepted" : "invalid_data";
        return texts.problem(language, ApiProblem.UNPROCESSABLE, code).withFindings(errors, warnings);
    }

    /** The header naming a §4 answer's line in the query log (as a printed statement names it). */
    static final String QUERY_REFERENCE = "Query-Reference";

    /**
     * A question that writes nothing of the caller's (a §4 query): its answer as JSON with its log line in
     * {@value #QUERY_REFERENCE}, or, when the rules refuse what it was asked with, 422 invalid_query with each finding
     * at its parameter, in the shape of a write's refusal.
     */
    <T> Response ask(String acceptLanguage, java.util.function.Supplier<ee.tokvs.portal.query.Asked<T>> question) {
        try {
            ee.tokvs.portal.query.Asked<T> asked = question.get();
            return Response.ok(asked.answer(), MediaType.APPLICATION_JSON).header(QUERY_REFERENCE, asked.reference())
                    .build();
        } catch (RuleViolationException refused) {
            Language language = ApiTexts.languageOf(acceptLanguage);
            List<ApiProblem.Item> errors = refused.findings().all().stream().map(f -> texts.item(f, language)).toList();
            return texts.problem(language, ApiProblem.UNPROCESSABLE, "invalid_query").withFindings(errors, List.of())
                    .response();
        }
    }

    /** A record read back as JSON, or the same not-found problem whether it is unknown or another insurer's. */
    <T> Response readBack(java.util.Optional<T> view, String acceptLanguage, String notFoundCode, String number) {
        return view.map(v -> Response.ok(v).build())
                .orElseGet(() -> texts.notFound(acceptLanguage, notFoundCode, number).response());
    }

    /** Ends a write whose record does not exist (or is another insurer's). */
    ApiException notFound(ApiCall call, String notFoundCode, String number) {
        return new ApiException(texts.notFound(call.acceptLanguage, notFoundCode, number));
    }

    /** The web layer refused the call before it started (no role, no valid mandate). */
    Response forbidden(jakarta.ws.rs.core.HttpHeaders headers) {
        return texts.forbidden(headers.getHeaderString(jakarta.ws.rs.core.HttpHeaders.ACCEPT_LANGUAGE)).response();
    }

    /** A batch (the body's {@code field}) holds 1 to {@code max} records, none of them null; else refused before any is read. */
    void checkBatch(String field, Map<String, ?> records, int max, ApiCall call) {
        Language language = ApiTexts.languageOf(call.acceptLanguage);
        int size = records == null ? 0 : records.size();
        if (size < 1 || size > max) {
            throw new ApiException(texts.problem(language, (size < 1 ? Response.Status.BAD_REQUEST
                    : Response.Status.REQUEST_ENTITY_TOO_LARGE).getStatusCode(), "batch_size", max));
        }
        records.forEach((number, record) -> {
            if (record == null) {
                throw new ApiException(texts.fieldProblem(language, "wrong_type", ApiTexts.pointer(field) + ApiTexts.pointer(number)));
            }
        });
    }
}
