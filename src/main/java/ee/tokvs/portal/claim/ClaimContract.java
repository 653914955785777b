package ee.tokvs.portal.claim;

import ee.tokvs.portal.contract.Contract;
import ee.tokvs.portal.contract.ContractVersion;
import java.time.LocalDate;

/** The contract as a claim's save needs it: which one, and the period of its current version. */
public record ClaimContract(long id, String number, LocalDate periodStart, LocalDate periodEnd) {

    public static ClaimContract of(Contract contract) {
        ContractVersion current = contract.current();
        return new ClaimContract(contract.id, contract.contractNumber, current.periodStart, current.periodEnd);
    }

    ClaimRules.Contract period() {
        return new ClaimRules.Contract(periodStart, periodEnd);
    }
}
