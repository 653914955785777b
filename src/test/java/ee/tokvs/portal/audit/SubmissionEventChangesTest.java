package ee.tokvs.portal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The change list is stored as JSON written by hand; whatever a field holds, it reads back as it was. */
class SubmissionEventChangesTest {

    @Test
    void anyTextReadsBackAsItWas() {
        List<Change> changes = List.of(
                new Change("incidentNumber", null, "J-1"),
                new Change("status", "SUBMITTED", "INSURED_EVENT"),
                new Change("note", "say \"hi\"\\now", "tab\there\nline\u0001end"),
                new Change("name", "Õie Šõrm 😀", null));
        SubmissionEvent event = new SubmissionEvent();
        event.setChanges(changes);

        assertEquals(changes, event.changes());
    }

    @Test
    void noChangesIsAnEmptyList() {
        assertEquals("[]", SubmissionEvent.changesJson(List.of()));
    }
}
