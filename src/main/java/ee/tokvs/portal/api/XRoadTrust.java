package ee.tokvs.portal.api;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.net.ssl.SSLPeerUnverifiedException;
import javax.net.ssl.SSLSession;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which security server the X-Road listener trusts. The listener's TLS handshake ({@link XRoadListener}) verifies the
 * client's certificate against the configured trust store; the fingerprints, if any, narrow that to exactly these
 * certificates (for a CA that issues certificates to others too).
 */
@ApplicationScoped
public class XRoadTrust {

    private final Set<String> fingerprints;
    private final String instance;

    public XRoadTrust(@ConfigProperty(name = "tokvs.xroad.client-fingerprints") Optional<List<String>> fingerprints,
            @ConfigProperty(name = "tokvs.xroad.instance") String instance) {
        this.fingerprints = fingerprints.orElse(List.of()).stream().map(XRoadTrust::normalised)
                .filter(f -> !f.isEmpty()).collect(Collectors.toUnmodifiableSet());
        this.instance = instance;
    }

    String instance() {
        return instance;
    }

    /** Whether the trust is narrowed to pinned certificates. */
    boolean pinned() {
        return !fingerprints.isEmpty();
    }

    /** Whether this verified client certificate is the trusted security server's. */
    boolean trusts(X509Certificate certificate) {
        return fingerprints.isEmpty() || fingerprints.contains(fingerprint(certificate));
    }

    /** The client certificate the TLS handshake verified, or null for a request without one (the plain port). */
    static X509Certificate peerCertificate(HttpServerRequest request) {
        // isSSL() alone would believe X-Forwarded-Proto; only a TLS session of our own has a verified peer
        SSLSession session = request.sslSession();
        if (session == null) {
            return null;
        }
        try {
            Certificate[] chain = session.getPeerCertificates();
            return chain.length > 0 && chain[0] instanceof X509Certificate x509 ? x509 : null;
        } catch (SSLPeerUnverifiedException e) {
            return null;
        }
    }

    /** SHA-256 of the certificate's DER encoding, lower-case hex without separators. */
    static String fingerprint(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (CertificateEncodingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint a certificate", e);
        }
    }

    /** As {@code openssl x509 -fingerprint -sha256} prints it ({@code AB:CD:…}) or as plain hex. */
    static String normalised(String fingerprint) {
        return fingerprint.replace(":", "").strip().toLowerCase(java.util.Locale.ROOT);
    }
}
