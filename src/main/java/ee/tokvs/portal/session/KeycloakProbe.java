package ee.tokvs.portal.session;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Whether Keycloak answers right now: its realm's discovery document, fetched the way the portal reaches
 * Keycloak (the back channel). Asked only when someone is about to be sent to Keycloak's login page, so it
 * costs one small request per login and nothing per page.
 */
@ApplicationScoped
public class KeycloakProbe {

    private final HttpClient client;
    private final String discoveryUrl;
    private final long timeoutMillis;

    /**
     * As patient as quarkus-oidc itself ({@code quarkus.oidc.connection-timeout}, 10 s): a Keycloak that is
     * merely slow must not be reported as gone, and a browser sent to a hanging one would hang as long.
     */
    KeycloakProbe(Vertx vertx, @ConfigProperty(name = "quarkus.oidc.auth-server-url") String authServerUrl,
            @ConfigProperty(name = "quarkus.oidc.connection-timeout", defaultValue = "10s") Duration timeout) {
        this.timeoutMillis = timeout.toMillis();
        this.client = vertx.createHttpClient(new HttpClientOptions()
                // A fresh connection each time: a pooled one proves little, and would be reset while idle.
                .setKeepAlive(false)
                .setConnectTimeout((int) timeoutMillis));
        this.discoveryUrl = authServerUrl.replaceAll("/+$", "") + "/.well-known/openid-configuration";
    }

    /** True when Keycloak returns its discovery document; false on any failure, error status or timeout. */
    public Uni<Boolean> answers() {
        RequestOptions request = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setAbsoluteURI(discoveryUrl)
                .setConnectTimeout(timeoutMillis)
                .setIdleTimeout(timeoutMillis);
        return Uni.createFrom()
                .completionStage(() -> client.request(request)
                        .compose(sent -> sent.send())
                        .compose(response -> response.body().map(body -> response.statusCode() == 200))
                        .toCompletionStage())
                .onFailure().recoverWithItem(false);
    }
}
