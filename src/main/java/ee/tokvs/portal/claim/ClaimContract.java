package ee.tokvs.portal.claim;

import ee.tokvs.portal.contract.Contract;
import ee.tokvs.portal.contract.ContractVersion;
import java.time.LocalDate;

/**
 * The contract as a claim's save and its rules need it: which one, and the period of its current version; null where no
 * contract of this insurer has the number.
 */
public record ClaimContract(long id, String number, LocalDate periodStart, LocalDate periodEnd) {

    public static ClaimContract of(Contract contract) {
        ContractVersion current = contract.current();
        return new ClaimContract(contract.id, contract.contractNumber, current.periodStart, current.periodEnd);
    }
}
