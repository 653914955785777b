package ee.tokvs.portal.testdata;

import java.time.Duration;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Waits for a state a test checks (an upload's status, a session waiting on a lock), never for a length of time:
 * Awaitility asks the condition again, on the test's own thread, until it holds. The bound only turns a hang into a failure that names what
 * never came; it is generous so that a busy machine does not fail a test that would pass.
 */
public final class Waiting {

    /** Long enough for any state of these tests to come about on a loaded machine. */
    public static final Duration PATIENCE = Duration.ofMinutes(3);

    private Waiting() {
    }

    public static void until(String what, Supplier<Boolean> condition) {
        until(what, PATIENCE, condition);
    }

    public static void until(String what, Duration patience, Supplier<Boolean> condition) {
        until(what, patience, Duration.ofMillis(100), condition);
    }

    /** As {@link #until(String, Duration, Supplier)}, asking no more often than {@code every} (a page under load). */
    public static void until(String what, Duration patience, Duration every, Supplier<Boolean> condition) {
        try {
            Awaitility.await(what).pollInSameThread().pollInterval(every).atMost(patience).until(condition::get);
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("waited " + patience.toSeconds() + " s in vain for " + what, e);
        }
    }
}
