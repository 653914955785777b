package ee.tokvs.portal.query;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * §4(6),(7): statistics of one risk profile for premium rating, across every insurer's records. A provider belongs to
 * the profile Terviseamet gives it now; a contract counts once, as its current version states it.
 *
 * @param contractYears contracts and insured days by the year their period started
 * @param claims the claims under the profile's contracts
 */
@Schema(name = "ProfileStatistics", description = "§4(6),(7): a risk profile's statistics for premium rating from every"
        + " insurer's records. A provider belongs to the profile Terviseamet gives it now; a contract counts once, as its"
        + " current (latest) version states it.")
public record ProfileStatistics(@Schema(description = "The risk profile asked about (a RISK_PROFILE code)") String riskProfile,
        @Schema(description = "Contracts and insured days by the year their insurance period started, oldest first")
        List<ContractYear> contractYears,
        @Schema(description = "The claims under the profile's contracts, by the year of the incident") ClaimBreakdowns claims) {

    public ProfileStatistics {
        contractYears = List.copyOf(contractYears);
    }

    /** Contracts whose period started in the year, and their periods' days summed (a full 2025 is 365). */
    @Schema(name = "ContractYear")
    public record ContractYear(@Schema(description = "The year the insurance period started") int year,
            @Schema(description = "Contracts whose insurance period started in the year") long contracts,
            @Schema(description = "Insured days: each contract's period length in days (first and last day included),"
                    + " summed") long insuredDays) {
    }

    public ContractYear total() {
        return new ContractYear(0, contractYears.stream().mapToLong(ContractYear::contracts).sum(),
                contractYears.stream().mapToLong(ContractYear::insuredDays).sum());
    }
}
