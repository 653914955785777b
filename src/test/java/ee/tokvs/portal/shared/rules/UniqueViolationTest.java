package ee.tokvs.portal.shared.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;

class UniqueViolationTest {

    @Test
    void findsADuplicateDeepInTheCauses() {
        var duplicate = new ConstraintViolationException("duplicate", new SQLException("23505"),
                ConstraintViolationException.ConstraintKind.UNIQUE, "claim_insurer_code_claim_number_key");
        assertEquals("claim_insurer_code_claim_number_key",
                UniqueViolation.constraint(new PersistenceException(duplicate)).orElseThrow());
    }

    @Test
    void otherFailuresAreNotDuplicates() {
        var foreignKey = new ConstraintViolationException("fk", new SQLException("23503"),
                ConstraintViolationException.ConstraintKind.FOREIGN_KEY, "claim_contract_fkey");
        assertTrue(UniqueViolation.constraint(new PersistenceException(foreignKey)).isEmpty());
        assertTrue(UniqueViolation.constraint(new IllegalStateException("boom")).isEmpty());
    }
}
