package ee.tokvs.portal.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * §4(3),(4): what an insurer may know of a healthcare provider it is quoting, from every insurer's records, asked by
 * the provider's business-registry code. Counts and sums only: no insurer, contract or claim is named.
 *
 * @param provider the provider as Terviseamet keeps it, or null when the register has never seen the code
 * @param contracts the provider's contracts (each as its current version states it)
 * @param claims the claims under those contracts
 */
@Schema(name = "ProviderReport", description = "§4(3),(4): a healthcare provider's risk report from every insurer's"
        + " records. A contract counts once, as its current (latest) version states it; the provider's contracts are"
        + " those whose current version names it as policyholder, and its claims those under them.")
public record ProviderReport(
        @Schema(description = "The business-registry code asked about") String registryCode,
        @Schema(nullable = true, description = "The provider as Terviseamet keeps it; null when the register has never"
                + " seen the code") Provider provider,
        @Schema(description = "The provider's contracts") Contracts contracts,
        @Schema(description = "The claims under the provider's contracts, by the year of the incident") ClaimBreakdowns claims) {

    /** The provider's name, its risk profile (a RISK_PROFILE code; null while unknown) and whether it is known. */
    @Schema(name = "ReportedProvider")
    public record Provider(@Schema(nullable = true, description = "The provider's name (null while not yet known)") String name,
            @Schema(nullable = true, description = "Its risk profile (a RISK_PROFILE code); null while not yet known")
            String riskProfile,
            @Schema(description = "false: an insurer entered the code with a contract and Terviseamet has not yet"
                    + " completed it") boolean known) {
    }

    /** How many contracts, the first period's start and the latest period's end, and the count per insured sums. */
    @Schema(name = "ReportedContracts")
    public record Contracts(@Schema(description = "The provider's earlier and current contracts, each counted once")
            long contracts,
            @Schema(nullable = true, description = "The start of the first contract's insurance period (null without"
                    + " contracts)") LocalDate firstPeriodStart,
            @Schema(nullable = true, description = "The end of the latest contract's insurance period (null without"
                    + " contracts)") LocalDate lastPeriodEnd,
            @Schema(description = "The contracts counted by their insured sums") List<SumGroup> bySums) {

        public Contracts {
            bySums = List.copyOf(bySums);
        }
    }

    /** Contracts with the same sum per insured event and aggregate sum. */
    @Schema(name = "SumGroup")
    public record SumGroup(@Schema(description = "The sum insured per insured event, in euros") BigDecimal sumPerEvent,
            @Schema(description = "The aggregate sum insured, in euros") BigDecimal sumAggregate,
            @Schema(description = "Contracts with these sums") long contracts) {
    }
}
