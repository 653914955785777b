package ee.tokvs.portal.api;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.http.runtime.VertxHttpRecorder;
import io.vertx.core.Vertx;
import io.vertx.core.http.ClientAuth;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.PemTrustOptions;
import io.vertx.core.net.PfxOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The X-Road listener: an HTTPS port of its own whose TLS handshake requires a client certificate that the
 * configured trust store (the security server's certificate or its CA) verifies. Requests go on exactly as on
 * Quarkus's own ports (its root handler: the same routes, security and limits).
 * Quarkus's own port is left as it is, for pages and bearer tokens: turning client authentication on there is fixed at
 * build time, and brings Quarkus's own certificate mechanism, which in 3.34.1 fails every plain request that a proxy
 * forwarded as https. Off unless a key store is configured.
 */
@ApplicationScoped
public class XRoadListener {

    private static final Logger LOG = Logger.getLogger(XRoadListener.class);

    @ConfigProperty(name = "tokvs.xroad.key-store")
    Optional<String> keyStore;

    @ConfigProperty(name = "tokvs.xroad.key-store-password")
    Optional<String> keyStorePassword;

    @Inject
    XRoadTrust xroadTrust;

    @ConfigProperty(name = "tokvs.xroad.trust-store")
    Optional<List<String>> trustStore;

    @ConfigProperty(name = "tokvs.xroad.host")
    String host;

    @ConfigProperty(name = "tokvs.xroad.port")
    int port;

    private volatile HttpServer server;

    void start(@Observes StartupEvent event, Vertx vertx) throws Exception {
        if (keyStore.isEmpty()) {
            return;
        }
        // without a trust store the JDK's public CAs would decide who may speak for every member
        List<String> trusted = trustStore.orElseThrow(() -> new IllegalStateException(
                "The X-Road listener needs TOKVS_XROAD_TRUSTSTORE: the security server's certificate or its CA"
                        + " (docs/deployment.md)"));
        refuseUnpinnedAuthority(trusted, xroadTrust.pinned());
        PemTrustOptions trust = new PemTrustOptions();
        trusted.forEach(trust::addCertPath);
        HttpServerOptions options = new HttpServerOptions().setHost(host).setPort(port).setSsl(true)
                .setClientAuth(ClientAuth.REQUIRED)
                .setKeyCertOptions(new PfxOptions().setPath(keyStore.get()).setPassword(keyStorePassword.orElse(null)))
                .setTrustOptions(trust);
        server = vertx.createHttpServer(options).requestHandler(XRoadListener::handle).listen()
                .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        LOG.infof("X-Road listener on https://%s:%d, client certificate required", host, server.actualPort());
    }

    /**
     * A CA in the trust store vouches for every certificate it issues, so without pinned fingerprints anyone holding
     * one could speak for any member: the listener refuses to start rather than trust that much.
     */
    static void refuseUnpinnedAuthority(List<String> trusted, boolean pinned) {
        if (pinned) {
            return;
        }
        for (String path : trusted) {
            try (var in = java.nio.file.Files.newInputStream(java.nio.file.Path.of(path))) {
                for (var certificate : java.security.cert.CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                    if (certificate instanceof java.security.cert.X509Certificate x509 && x509.getBasicConstraints() >= 0) {
                        throw new IllegalStateException("The X-Road trust store " + path + " holds a CA ("
                                + x509.getSubjectX500Principal().getName() + "): set TOKVS_XROAD_CLIENT_FINGERPRINTS to"
                                + " the security server's certificate (docs/deployment.md)");
                    }
                }
            } catch (java.io.IOException | java.security.cert.CertificateException e) {
                throw new IllegalStateException("cannot read the X-Road trust store " + path, e);
            }
        }
    }

    void stop(@Observes ShutdownEvent event) {
        if (server != null) {
            server.close();
        }
    }

    /** As Quarkus's own servers hand a request on: paused until a handler reads its body, a broken URI a 400. */
    private static void handle(HttpServerRequest request) {
        var root = VertxHttpRecorder.getRootHandler();
        if (root == null || !validUri(request)) {
            request.response().setStatusCode(root == null ? 503 : 400).end();
            return;
        }
        if (!request.isEnded()) {
            request.pause();
        }
        root.handle(request);
    }

    private static boolean validUri(HttpServerRequest request) {
        try {
            new URI(request.uri());
            return true;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** Whether the request came in through this listener (its TLS handshake, its port). */
    boolean received(HttpServerRequest request) {
        HttpServer listening = server;
        return listening != null && request.localAddress() != null && request.localAddress().port() == listening.actualPort();
    }
}
