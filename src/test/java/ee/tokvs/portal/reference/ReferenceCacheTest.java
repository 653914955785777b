package ee.tokvs.portal.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import ee.tokvs.portal.access.ActingInsurer;
import ee.tokvs.portal.testdata.RegisterFixtures;
import ee.tokvs.portal.testdata.Waiting;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The reference data kept in memory follows every committed change, also one this instance did not make (another
 * instance, an operator's SQL): PostgreSQL announces it. While the instance cannot listen, nothing is kept, and when
 * it listens again it starts afresh.
 */
@QuarkusTest
class ReferenceCacheTest {

    private static final String WATCH = "from pg_stat_activity where datname = current_database()"
            + " and application_name = 'tokvs-portal reference watch'";

    @Inject
    ReferenceCache cache;

    @Inject
    RegisterFixtures fixtures;

    private String original;

    @AfterEach
    void restore() {
        if (original != null) {
            relabel(original);
            Waiting.until("the label restored", () -> severityV().equals(original));
        }
    }

    @Test
    void keepsOnePictureUntilAChangeIsAnnounced() {
        Waiting.until("the instance listens for changes", cache::isListening);
        ReferenceData kept = cache.current();
        assertSame(kept, cache.current(), "nothing changed, so the same picture serves again");

        original = severityV();
        relabel(original + " (changed outside the portal)");
        Waiting.until("the change is taken", () -> severityV().equals(original + " (changed outside the portal)"));
        assertNotSame(kept, cache.current());
    }

    @Test
    void aChangeMadeWhileTheListenerIsGoneIsNotMissed() {
        Waiting.until("the instance listens for changes", cache::isListening);
        original = severityV();
        long listener = fixtures.count(ActingInsurer.NOBODY, "select pid " + WATCH);
        fixtures.count(ActingInsurer.NOBODY, "select count(pg_terminate_backend(pid)) " + WATCH + " and pid = ?",
                (int) listener);
        Waiting.until("the listener's connection is gone",
                () -> fixtures.count(ActingInsurer.NOBODY, "select count(*) " + WATCH + " and pid = ?", (int) listener) == 0);
        relabel(original + " (changed while nobody listened)");

        Waiting.until("the instance listens again, on a new connection", () -> cache.isListening()
                && fixtures.count(ActingInsurer.NOBODY, "select count(*) " + WATCH + " and pid <> ?", (int) listener) > 0);
        assertEquals(original + " (changed while nobody listened)", severityV(),
                "the change nobody announced is taken when listening starts again");
    }

    private String severityV() {
        return cache.current().entries(CodeList.SEVERITY).get("V").labelEn;
    }

    private void relabel(String label) {
        fixtures.update(ActingInsurer.NOBODY, "update code_list_entry set label_en = ? where list = 'SEVERITY' and code = 'V'",
                label);
    }
}
