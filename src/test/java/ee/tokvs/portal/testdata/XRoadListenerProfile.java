package ee.tokvs.portal.testdata;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The X-Road listener switched on, as a deployment would: a CA, the portal's server certificate, and client
 * certificates standing for the security server (trusted: from the CA and pinned), a certificate from the same CA
 * that is not pinned, and one from a CA nobody configured. Made once per test JVM under {@code target/}, with a free
 * port for the listener, and handed to the portal as configuration.
 */
public class XRoadListenerProfile implements QuarkusTestProfile {

    /** The client certificates a test can present. */
    public enum Client {
        SECURITY_SERVER, UNPINNED, FOREIGN
    }

    private static final Path DIR = Path.of("target", "xroad-" + ProcessHandle.current().pid()).toAbsolutePath();
    private static final String PASSWORD = "xroad-test";
    private static final AtomicLong SERIAL = new AtomicLong(System.currentTimeMillis());

    @Override
    public Map<String, String> getConfigOverrides() {
        made();
        return Map.of(
                "tokvs.xroad.key-store", DIR.resolve("server.p12").toString(),
                "tokvs.xroad.key-store-password", PASSWORD,
                "tokvs.xroad.trust-store", DIR.resolve("ca.pem").toString(),
                "tokvs.xroad.client-fingerprints", read("pinned.sha256"),
                "tokvs.xroad.port", read("port"));
    }

    /** The test CA's certificate, the listener's trust store. */
    public static Path caPem() {
        made();
        return DIR.resolve("ca.pem");
    }

    /** Where the listener answers. */
    public static String baseUrl() {
        made();
        return "https://127.0.0.1:" + read("port");
    }

    /** An HTTP client that presents this certificate and trusts the portal's. */
    public static HttpClient client(Client client) {
        made();
        try {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(DIR.resolve(client.name().toLowerCase() + ".p12"))) {
                keys.load(in, PASSWORD.toCharArray());
            }
            KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagers.init(keys, PASSWORD.toCharArray());
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            trusted.setCertificateEntry("ca", keys.getCertificateChain("key")[1]);
            TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trustManagers.init(trusted);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
            return HttpClient.newBuilder().sslContext(tls).version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The files, made by the first caller in this JVM (Quarkus asks for the configuration more than once). */
    private static synchronized void made() {
        if (Files.exists(DIR.resolve("port"))) {
            return;
        }
        try {
            Files.createDirectories(DIR);
            KeyPair caKeys = keyPair();
            X509Certificate ca = certificate("CN=Test X-Road CA", caKeys, "CN=Test X-Road CA", caKeys.getPrivate(), true, false);
            KeyPair foreignKeys = keyPair();
            X509Certificate foreignCa = certificate("CN=Somebody Else's CA", foreignKeys, "CN=Somebody Else's CA",
                    foreignKeys.getPrivate(), true, false);
            Files.writeString(DIR.resolve("ca.pem"), pem(ca));
            keyStore("server", "CN=localhost", ca, caKeys.getPrivate(), true);
            X509Certificate pinned = keyStore("security_server", "CN=Terviseamet security server", ca, caKeys.getPrivate(), false);
            keyStore("unpinned", "CN=Another member of the CA", ca, caKeys.getPrivate(), false);
            keyStore("foreign", "CN=Terviseamet security server", foreignCa, foreignKeys.getPrivate(), false);
            Files.writeString(DIR.resolve("pinned.sha256"),
                    HexFormat.of().withUpperCase().withDelimiter(":").formatHex(
                            MessageDigest.getInstance("SHA-256").digest(pinned.getEncoded())));
            try (ServerSocket socket = new ServerSocket(0)) {
                Files.writeString(DIR.resolve("port"), String.valueOf(socket.getLocalPort()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static X509Certificate keyStore(String name, String subject, X509Certificate ca, PrivateKey caKey, boolean server)
            throws GeneralSecurityException, OperatorCreationException, IOException {
        KeyPair keys = keyPair();
        X509Certificate certificate = certificate(subject, keys, ca.getSubjectX500Principal().getName(), caKey, false, server);
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("key", keys.getPrivate(), PASSWORD.toCharArray(), new Certificate[] {certificate, ca});
        try (OutputStream out = Files.newOutputStream(DIR.resolve(name + ".p12"))) {
            store.store(out, PASSWORD.toCharArray());
        }
        return certificate;
    }

    private static X509Certificate certificate(String subject, KeyPair keys, String issuer, PrivateKey issuerKey,
            boolean authority, boolean server) throws GeneralSecurityException, OperatorCreationException, IOException {
        Instant now = Instant.now();
        var builder = new JcaX509v3CertificateBuilder(new X500Name(issuer), BigInteger.valueOf(SERIAL.incrementAndGet()),
                Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(Duration.ofDays(2))), new X500Name(subject),
                keys.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(authority));
        if (server) {
            builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                    new GeneralName(GeneralName.dNSName, "localhost"), new GeneralName(GeneralName.iPAddress, "127.0.0.1")}));
        }
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKey)));
    }

    private static KeyPair keyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(256);
        return generator.generateKeyPair();
    }

    private static String pem(X509Certificate certificate) throws GeneralSecurityException {
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
    }

    private static String read(String file) {
        try {
            return Files.readString(DIR.resolve(file)).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
