package ee.tokvs.portal.ops;

import ee.tokvs.portal.testdata.Waiting;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged portal ({@code target/quarkus-app}) as a process of its own, the way {@code ./portal run} starts
 * it, on the test database: for tests of what only separate processes show (several instances on one database, an
 * instance killed).
 */
final class PortalProcess implements AutoCloseable {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar");
    private static final Duration START_PATIENCE = Duration.ofMinutes(3);

    final String name;
    final URI uri;
    private final Path log;
    private final Process process;

    private PortalProcess(String name, int port, Path log, Process process) {
        this.name = name;
        this.uri = URI.create("http://127.0.0.1:" + port + "/");
        this.log = log;
        this.process = process;
    }

    /**
     * Starts an instance on {@code port} with the test database and Keycloak of {@code ./portal test}, and the
     * given settings as system properties.
     */
    static PortalProcess start(String name, int port, Map<String, String> settings) {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: this test runs after the package phase (mvn verify)");
        }
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Xmx512m");
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(JAR.toString());
        ProcessBuilder builder = new ProcessBuilder(command);
        Map<String, String> env = builder.environment();
        env.put("TOKVS_JDBC_URL", env("TOKVS_TEST_JDBC_URL", "jdbc:postgresql://127.0.0.1:5432/tokvs_test"));
        env.put("TOKVS_DB_USER", env("TOKVS_TEST_DB_USER", "tokvs_app"));
        env.put("TOKVS_DB_PASSWORD", env("TOKVS_TEST_DB_PASSWORD", "tokvs_app"));
        env.put("TOKVS_DB_OWNER", env("TOKVS_TEST_DB_OWNER", "tokvs"));
        env.put("TOKVS_DB_OWNER_PASSWORD", env("TOKVS_TEST_DB_OWNER_PASSWORD", "tokvs"));
        env.put("TOKVS_PORT", String.valueOf(port));
        // the demo organisations behind the demo accounts, as in the tests, without a generated register
        env.put("TOKVS_DEMO_ENABLED", "true");
        env.put("TOKVS_DEMO_CLAIMS", "0");
        Path log = Path.of("target", "instances", name + ".log");
        try {
            Files.createDirectories(log.getParent());
            builder.redirectErrorStream(true).redirectOutput(log.toFile());
            PortalProcess started = new PortalProcess(name, port, log, builder.start());
            started.awaitReady();
            return started;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newHttpClient();
        Waiting.until("instance " + name + " ready", START_PATIENCE, () -> {
            if (!process.isAlive()) {
                throw new IllegalStateException("instance " + name + " stopped while starting:\n" + logTail());
            }
            try {
                return http.send(HttpRequest.newBuilder(uri.resolve("/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                return false; // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        });
    }

    /** Ends the process at once, as a crash or a killed container does: nothing of it gets to finish. */
    void kill() {
        process.destroyForcibly();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        kill();
    }
}
