package ee.tokvs.portal.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heap of a portal running in another process, as a soak watches it: a full collection asked for through
 * {@code jcmd <pid> GC.run} (so what is left is what the portal holds, not garbage not yet collected), then the heap
 * pools' used bytes summed from its Prometheus metrics, which need no login.
 */
final class PortalHeap {

    private static final Pattern HEAP_USED = Pattern.compile(
            "^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*}\\s+(\\S+)$", Pattern.MULTILINE);

    private final URI metrics;
    private final Long pid;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** {@code pid} null: no collection is asked for, and the figure includes garbage. */
    PortalHeap(URI portal, Long pid) {
        this.metrics = portal.resolve("/q/metrics");
        this.pid = pid;
    }

    boolean collects() {
        return pid != null;
    }

    /** Megabytes of heap in use, after a full collection if the portal's pid is known. */
    double megabytes() throws IOException, InterruptedException {
        if (pid != null) {
            Process jcmd = new ProcessBuilder("jcmd", String.valueOf(pid), "GC.run").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!jcmd.waitFor(60, TimeUnit.SECONDS) || jcmd.exitValue() != 0) {
                jcmd.destroy();
                throw new IllegalStateException("jcmd " + pid + " GC.run did not succeed");
            }
        }
        String text = http.send(HttpRequest.newBuilder(metrics).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher used = HEAP_USED.matcher(text);
        double bytes = 0;
        boolean found = false;
        while (used.find()) {
            bytes += Double.parseDouble(used.group(1));
            found = true;
        }
        if (!found) {
            throw new IllegalStateException("no jvm_memory_used_bytes{area=\"heap\"} at " + metrics);
        }
        return bytes / (1024 * 1024);
    }
}
