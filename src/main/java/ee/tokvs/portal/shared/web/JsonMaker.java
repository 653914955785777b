package ee.tokvs.portal.shared.web;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider, found once. {@code jakarta.json.Json}'s static methods look the provider up through the
 * service loader on every call, which a claim page's history (one reader per event) paid for again and again.
 */
public final class JsonMaker {

    /** Used as {@code JSON.createObjectBuilder()} where {@code Json.createObjectBuilder()} would be. */
    public static final JsonProvider JSON = JsonProvider.provider();

    private JsonMaker() {
    }
}
