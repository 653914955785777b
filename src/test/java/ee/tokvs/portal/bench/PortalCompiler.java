package ee.tokvs.portal.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * How long the JIT compiler of a portal running in another process has compiled, from {@code jstat -compiler <pid>}
 * (its column Time, in seconds). A portal just started compiles for minutes while it serves, on the same processors;
 * the load bench warms it until that has settled, as it has in a portal that has run for a while.
 */
final class PortalCompiler {

    private final long pid;

    PortalCompiler(long pid) {
        this.pid = pid;
    }

    /** Seconds spent compiling since the portal started. */
    double seconds() throws IOException, InterruptedException {
        Process jstat = new ProcessBuilder("jstat", "-compiler", String.valueOf(pid)).redirectErrorStream(true).start();
        String out = new String(jstat.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!jstat.waitFor(60, TimeUnit.SECONDS) || jstat.exitValue() != 0) {
            jstat.destroy();
            throw new IllegalStateException("jstat -compiler " + pid + " did not succeed: " + out);
        }
        String[] lines = out.strip().split("\\R");
        int time = Arrays.asList(lines[0].strip().split("\\s+")).indexOf("Time");
        String[] values = lines[lines.length - 1].strip().split("\\s+");
        if (time < 0 || values.length <= time) {
            throw new IllegalStateException("no compile time in: " + out);
        }
        return Double.parseDouble(values[time].replace(',', '.'));
    }
}
