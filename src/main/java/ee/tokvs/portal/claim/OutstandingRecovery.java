package ee.tokvs.portal.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/**
 * An outstanding recovery (laekumata tagasinõue) per recovery type, as estimated on a date; latest is current.
 * Writing it fires the dashboards' summary triggers (V8, functions in R__dashboard_summaries.sql).
 */
@Entity
@Immutable
@Table(name = "outstanding_recovery")
public class OutstandingRecovery extends MoneyRow {

    @Column(name = "recovery_type", nullable = false)
    public String recoveryType;

    @Column(name = "set_on", nullable = false)
    public LocalDate setOn;

    @Override
    ClaimSnapshot.Item toItem() {
        return new ClaimSnapshot.Item(setOn, recoveryType, amount, null, null, id, reversesId,
                correctionReason);
    }
}
