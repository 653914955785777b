package ee.tokvs.portal.shared.rules;

/**
 * What asking to save one record came to: created, changed, already so, or refused with the findings that
 * refused it. A form turns a refusal into messages at its fields; an upload collects them by row.
 */
public record SaveOutcome<T>(T record, Result result, Findings findings) {

    public enum Result {
        CREATED, CHANGED, UNCHANGED, REFUSED
    }

    public static <T> SaveOutcome<T> created(T record, Findings findings) {
        return new SaveOutcome<>(record, Result.CREATED, findings);
    }

    public static <T> SaveOutcome<T> changed(T record, Findings findings) {
        return new SaveOutcome<>(record, Result.CHANGED, findings);
    }

    public static <T> SaveOutcome<T> unchanged(T record) {
        return new SaveOutcome<>(record, Result.UNCHANGED, new Findings());
    }

    public static <T> SaveOutcome<T> refused(Findings findings) {
        return new SaveOutcome<>(null, Result.REFUSED, findings);
    }

    public boolean isRefused() {
        return result == Result.REFUSED;
    }

    /** The saved record, or the refusal as an exception for a channel that shows it at the fields. */
    public T orThrow() {
        if (isRefused()) {
            throw new RuleViolationException(findings);
        }
        return record;
    }
}
