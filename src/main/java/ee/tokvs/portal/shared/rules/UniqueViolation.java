package ee.tokvs.portal.shared.rules;

import java.util.Optional;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Recognises the database refusing a duplicate, which happens when two people save the same number at the
 * same moment (the rules' own check saw neither), so the page can say what the rules would have said.
 */
public final class UniqueViolation {

    private UniqueViolation() {
    }

    /** The name of the violated unique constraint, if that is what the failure was. */
    public static Optional<String> constraint(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException violation
                    && violation.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE) {
                return Optional.ofNullable(violation.getConstraintName());
            }
        }
        return Optional.empty();
    }
}
