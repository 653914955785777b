package ee.tokvs.portal.shared.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What the rules found about one record; collects findings from parsing and from the rules alike. */
public final class Findings {

    private final List<Finding> all = new ArrayList<>();

    public Findings add(Finding finding) {
        all.add(finding);
        return this;
    }

    public Findings addAll(Findings other) {
        all.addAll(other.all);
        return this;
    }

    public List<Finding> all() {
        return Collections.unmodifiableList(all);
    }

    public boolean hasErrors() {
        return all.stream().anyMatch(Finding::isError);
    }

    public boolean hasWarnings() {
        return all.stream().anyMatch(f -> !f.isError());
    }

    public boolean isEmpty() {
        return all.isEmpty();
    }

    public List<Finding> forField(String field) {
        return all.stream().filter(f -> f.field().equals(field)).toList();
    }

    /** Whether a record with these findings may be saved: no errors, and warnings only once confirmed. */
    public boolean allowsSave(boolean warningsConfirmed) {
        return !hasErrors() && (warningsConfirmed || !hasWarnings());
    }

    /**
     * These findings less the warnings {@code earlier} had too: a record saved with a warning had it confirmed, so
     * a later save that leaves it as it was does not ask again.
     */
    public Findings withoutWarningsOf(Findings earlier) {
        Findings left = new Findings();
        all.stream().filter(f -> f.isError() || !earlier.all.contains(f)).forEach(left::add);
        return left;
    }

    public boolean hasMessage(String messageKey) {
        return all.stream().anyMatch(f -> f.messageKey().equals(messageKey));
    }

    @Override
    public String toString() {
        return all.toString();
    }
}
