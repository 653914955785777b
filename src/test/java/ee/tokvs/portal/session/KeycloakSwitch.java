package ee.tokvs.portal.session;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Keycloak that a test can switch off and on without touching the shared Keycloak: a TCP forwarder on a
 * free local port in front of it. The portal under test and the browser both use the forwarder's address,
 * so Keycloak (start-dev, no fixed hostname) names that address as the issuer, and tokens stay consistent.
 * Off, it resets every open connection and each new one at once, as a host whose Keycloak is gone does
 * behind a load balancer; the port stays this test's.
 * <p>
 * Init arg {@code starts}: {@code down} starts the portal while Keycloak is unreachable.
 */
public class KeycloakSwitch implements QuarkusTestResourceLifecycleManager {

    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final ExecutorService pumps = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "keycloak-switch");
        thread.setDaemon(true);
        return thread;
    });
    private boolean up = true;
    private final AtomicInteger refused = new AtomicInteger();
    private ServerSocket server;
    private String targetHost;
    private int targetPort;

    @Override
    public void init(Map<String, String> initArgs) {
        up = !"down".equals(initArgs.get("starts"));
    }

    @Override
    public Map<String, String> start() {
        URI target = URI.create(System.getenv().getOrDefault("TOKVS_KEYCLOAK_URL", "http://127.0.0.1:8180"));
        targetHost = target.getHost();
        targetPort = target.getPort();
        try {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException("no free local port for the Keycloak switch", e);
        }
        pumps.execute(this::accept);
        String url = "http://127.0.0.1:" + server.getLocalPort();
        return Map.of("tokvs.keycloak.url", url, "quarkus.oidc.auth-server-url", url + "/realms/tokvs");
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(this, new TestInjector.MatchesType(KeycloakSwitch.class));
    }

    /** Keycloak stops answering: open connections are reset, new ones too. */
    public synchronized void down() {
        up = false;
        open.forEach(KeycloakSwitch::reset);
        open.clear();
    }

    /** Keycloak answers again, from the next connection on. */
    public synchronized void up() {
        up = true;
    }

    /** How many connections were refused while down: whether anyone tried to reach Keycloak meanwhile. */
    public int refused() {
        return refused.get();
    }

    @Override
    public void stop() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        open.forEach(KeycloakSwitch::reset);
        pumps.shutdownNow();
    }

    private void accept() {
        while (!server.isClosed()) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException closed) {
                return;
            }
            connect(client);
        }
    }

    /** Under the switch's lock, so that a connection accepted while it goes down is reset too. */
    private synchronized void connect(Socket client) {
        if (!up) {
            refused.incrementAndGet();
            reset(client);
            return;
        }
        try {
            Socket keycloak = new Socket(targetHost, targetPort);
            open.add(client);
            open.add(keycloak);
            AtomicInteger directionsLeft = new AtomicInteger(2);
            pumps.execute(() -> pump(client, keycloak, directionsLeft));
            pumps.execute(() -> pump(keycloak, client, directionsLeft));
        } catch (IOException e) {
            reset(client);
        }
    }

    /** Copies one direction; an end of stream is passed on as such, and the pair closes when both ended. */
    private void pump(Socket from, Socket to, AtomicInteger directionsLeft) {
        byte[] buffer = new byte[16 * 1024];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            for (int n; (n = in.read(buffer)) >= 0; ) {
                out.write(buffer, 0, n);
                out.flush();
            }
            to.shutdownOutput();
            if (directionsLeft.decrementAndGet() > 0) {
                return;
            }
        } catch (IOException brokenOrReset) {
            // the other direction notices the closed sockets below
        }
        close(from);
        close(to);
    }

    private void close(Socket socket) {
        open.remove(socket);
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    private static void reset(Socket socket) {
        try {
            socket.setSoLinger(true, 0);
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
