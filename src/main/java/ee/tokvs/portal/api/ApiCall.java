package ee.tokvs.portal.api;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** What every write call says besides its body: its idempotency key, the caller's language, check-only. */
public class ApiCall {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String XROAD_ID = "X-Road-Id";

    @HeaderParam(IDEMPOTENCY_KEY)
    @Parameter(description = "Required on every write except a check: 1–255 visible ASCII characters, new for each new"
            + " call (a UUID). A retry with the same key and body gets the first answer (Idempotent-Replayed: true);"
            + " the same key with another body is 422 idempotency_key_reused. Kept 30 days.",
            example = "3f1c8a52-6d0e-4f7b-9a41-0c2d5e8b7a13")
    public String idempotencyKey;

    /** Logged and kept with the call, never used as its key: a security server may give each retry a new one. */
    @HeaderParam(XROAD_ID)
    @Parameter(description = "The X-Road message id, if the call came over X-Road: logged and kept with the call.")
    public String xroadId;

    @HeaderParam("Accept-Language")
    @Parameter(description = ApiDocument.ACCEPT_LANGUAGE)
    public String acceptLanguage;

    /** Answer exactly what a save would, and write nothing. */
    @QueryParam("checkOnly")
    @Parameter(description = "true: judge the call and answer the receipt a save would give, writing nothing (no key needed).")
    public boolean checkOnly;
}
