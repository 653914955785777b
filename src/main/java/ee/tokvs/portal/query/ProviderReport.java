package ee.tokvs.portal.query;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * §4(3),(4): what an insurer may know of a healthcare provider it is quoting, from every insurer's records, asked by
 * the provider's business-registry code. Counts and sums only: no insurer, contract or claim is named.
 *
 * @param provider the provider as Terviseamet keeps it, or null when the register has never seen the code
 * @param contracts the provider's contracts (each as its current version states it)
 * @param claims the claims under those contracts
 */
public record ProviderReport(String registryCode, Provider provider, Contracts contracts, ClaimBreakdowns claims) {

    /** The provider's name, its risk profile (a RISK_PROFILE code; null while unknown) and whether it is known. */
    public record Provider(String name, String riskProfile, boolean known) {
    }

    /** How many contracts, the first period's start and the latest period's end, and the count per insured sums. */
    public record Contracts(long contracts, LocalDate firstPeriodStart, LocalDate lastPeriodEnd, List<SumGroup> bySums) {

        public Contracts {
            bySums = List.copyOf(bySums);
        }
    }

    /** Contracts with the same sum per insured event and aggregate sum. */
    public record SumGroup(BigDecimal sumPerEvent, BigDecimal sumAggregate, long contracts) {
    }
}
