package ee.tokvs.portal.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/**
 * A recovery received (laekunud tagasinõue, TOKVS §22): recorded with a minus sign.
 * Writing it fires the dashboards' summary triggers (V8, functions in R__dashboard_summaries.sql).
 */
@Entity
@Immutable
public class Recovery extends MoneyRow {

    @Column(name = "received_on", nullable = false)
    public LocalDate receivedOn;

    @Column(name = "recovery_type", nullable = false)
    public String recoveryType;

    @Override
    ClaimSnapshot.Item toItem() {
        return new ClaimSnapshot.Item(receivedOn, recoveryType, amount, null, null, id, reversesId,
                correctionReason);
    }
}
