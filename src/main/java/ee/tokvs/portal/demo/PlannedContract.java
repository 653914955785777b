package ee.tokvs.portal.demo;

import ee.tokvs.portal.contract.ContractDraft;
import ee.tokvs.portal.contract.ContractVersion.ChangeKind;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A contract to be written: its provider, its first version and perhaps a second; number and id come later. */
final class PlannedContract {

    /** One version: its sums per event and aggregate are a tier of {@link ContractPlanner#SUM_TIERS}, in euros. */
    record Version(int no, ChangeKind kind, LocalDate changeDate, LocalDate start, LocalDate end, int tier,
            long aggregate) {

        long perEvent() {
            return ContractPlanner.SUM_TIERS[tier][0];
        }

        BigDecimal sumPerEvent() {
            return BigDecimal.valueOf(perEvent() * 100, 2);
        }

        BigDecimal sumAggregate() {
            return BigDecimal.valueOf(aggregate * 100, 2);
        }
    }

    final DemoProviders.Provider provider;
    final Version first;
    Version second;
    String number;
    long id;

    PlannedContract(DemoProviders.Provider provider, Version first) {
        this.provider = provider;
        this.first = first;
    }

    Version current() {
        return second == null ? first : second;
    }

    /** The version as the contract form would have read it, so its change list is the register's own. */
    ContractDraft draft(Version v) {
        return new ContractDraft(number, v.changeDate(), provider.code(), v.start(), v.end(), v.sumPerEvent(),
                v.sumAggregate());
    }
}
