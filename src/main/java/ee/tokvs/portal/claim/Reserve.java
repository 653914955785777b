package ee.tokvs.portal.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/**
 * A reserve for an unsettled claim (rahuldamata nõude eraldis) for one damage type, as estimated on a
 * date. A new estimate is a new row; the latest per damage type is current, the earlier ones stay.
 * Writing it fires the dashboards' summary triggers (V8, functions in R__dashboard_summaries.sql).
 */
@Entity
@Immutable
public class Reserve extends MoneyRow {

    @Column(name = "damage_type", nullable = false)
    public String damageType;

    @Column(name = "set_on", nullable = false)
    public LocalDate setOn;

    @Override
    ClaimSnapshot.Item toItem() {
        return new ClaimSnapshot.Item(setOn, damageType, amount, null, null, id, reversesId,
                correctionReason);
    }
}
