package ee.tokvs.portal.query;

import java.util.List;

/**
 * §4(6),(7): statistics of one risk profile for premium rating, across every insurer's records. A provider belongs to
 * the profile Terviseamet gives it now; a contract counts once, as its current version states it.
 *
 * @param contractYears contracts and insured days by the year their period started
 * @param claims the claims under the profile's contracts
 */
public record ProfileStatistics(String riskProfile, List<ContractYear> contractYears, ClaimBreakdowns claims) {

    public ProfileStatistics {
        contractYears = List.copyOf(contractYears);
    }

    /** Contracts whose period started in the year, and their periods' days summed (a full 2025 is 365). */
    public record ContractYear(int year, long contracts, long insuredDays) {
    }

    public ContractYear total() {
        return new ContractYear(0, contractYears.stream().mapToLong(ContractYear::contracts).sum(),
                contractYears.stream().mapToLong(ContractYear::insuredDays).sum());
    }
}
