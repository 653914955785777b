package ee.tokvs.portal.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What one run of the load bench saw, shared by all its simulated users: each answer's time by page kind, and the
 * answers that were not what the page should give (wrong status or an error page), the first few kept to print.
 */
final class LoadFigures {

    private static final int ERRORS_KEPT = 10;

    /** What a user does, as the report groups it. */
    enum Kind {
        HOME("home (insurer)"), CLAIM_LIST("claim list"), CLAIM_LIST_FILTERED("claim list, page/filter/sort"),
        CLAIM_PAGE("claim page"), CLAIM_EDIT_FORM("claim edit form"), CLAIM_SAVE("claim save"),
        FOLLOW_UP_FORM("follow-up form"), FOLLOW_UP_SAVE("follow-up save"), TERVISEAMET_HOME("home (Terviseamet)"),
        DASHBOARD("dashboard"), DASHBOARD_FILTERED("dashboard, filtered"), TRIANGLES("triangles");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    /** Percentiles of one page kind's times. */
    record Times(int count, double p50, double p95, double p99) {
    }

    private final Map<Kind, List<Long>> micros = new ConcurrentHashMap<>();
    private final AtomicInteger errors = new AtomicInteger();
    private final List<String> firstErrors = new ArrayList<>();
    private volatile boolean measuring;

    /** From now on answers count; before, they were the warm-up. */
    void startMeasuring() {
        measuring = true;
    }

    void stopMeasuring() {
        measuring = false;
    }

    void time(Kind kind, long nanos) {
        if (measuring) {
            List<Long> times = micros.computeIfAbsent(kind, k -> new ArrayList<>());
            synchronized (times) {
                times.add(nanos / 1_000);
            }
        }
    }

    /** An answer that was not the page's (counted in the warm-up too: an error is an error). */
    void error(String what) {
        errors.incrementAndGet();
        synchronized (firstErrors) {
            if (firstErrors.size() < ERRORS_KEPT) {
                firstErrors.add(what);
            }
        }
    }

    int errors() {
        return errors.get();
    }

    List<String> firstErrors() {
        synchronized (firstErrors) {
            return List.copyOf(firstErrors);
        }
    }

    int requests() {
        return micros.values().stream().mapToInt(List::size).sum();
    }

    /** Each page kind's count and percentiles, in the order of {@link Kind}. */
    Map<Kind, Times> byKind() {
        Map<Kind, Times> result = new TreeMap<>();
        micros.forEach((kind, times) -> {
            List<Long> sorted;
            synchronized (times) {
                sorted = new ArrayList<>(times);
            }
            sorted.sort(null);
            result.put(kind, new Times(sorted.size(), millis(sorted, 0.50), millis(sorted, 0.95), millis(sorted, 0.99)));
        });
        return result;
    }

    /** The nearest-rank percentile, in milliseconds. */
    private static double millis(List<Long> sorted, double fraction) {
        int rank = (int) Math.ceil(sorted.size() * fraction);
        return sorted.get(Math.max(0, rank - 1)) / 1000.0;
    }
}
