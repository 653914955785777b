package ee.tokvs.portal.api;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;

/** What every write call says besides its body: its idempotency key, the caller's language, check-only. */
public class ApiCall {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String XROAD_ID = "X-Road-Id";

    @HeaderParam(IDEMPOTENCY_KEY)
    public String idempotencyKey;

    /** Logged and kept with the call, never used as its key: a security server may give each retry a new one. */
    @HeaderParam(XROAD_ID)
    public String xroadId;

    @HeaderParam("Accept-Language")
    public String acceptLanguage;

    /** Answer exactly what a save would, and write nothing. */
    @QueryParam("checkOnly")
    public boolean checkOnly;
}
