package ee.tokvs.portal.shared.rules;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import java.util.Optional;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Recognises the database refusing a duplicate, which happens when two people save the same number at the
 * same moment (the rules' own check saw neither), so the page can say what the rules would have said.
 */
public final class UniqueViolation {

    private UniqueViolation() {
    }

    /**
     * Inserts the record now; if the database refuses it as a duplicate, the save is refused with the finding
     * the rules give for a taken number.
     */
    public static void persistOrRefuse(PanacheEntityBase record, Finding whenTaken) {
        try {
            record.persistAndFlush();
        } catch (RuntimeException e) {
            if (constraint(e).isPresent()) {
                throw new RuleViolationException(new Findings().add(whenTaken));
            }
            throw e;
        }
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
