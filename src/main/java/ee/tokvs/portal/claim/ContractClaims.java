package ee.tokvs.portal.claim;

import ee.tokvs.portal.access.ActingInsurer;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The claims under one contract, for the contract's page: its template reaches them as {@code inject:contractClaims}
 * (the contract feature knows nothing of claims; claims know their contract).
 */
@RequestScoped
@Named("contractClaims")
public class ContractClaims {

    @Inject
    ActingInsurer actingInsurer;

    /** The first page of the contract's claims, with their count and sums. */
    public ClaimSearch.Result of(String contractNumber, String insurerCode) {
        return ClaimSearch.underContract(contractNumber, insurerCode);
    }

    /**
     * The claim list of all the contract's claims; a reader who sees every insurer's names the insurer too (contract
     * numbers are unique per insurer).
     */
    public String all(String contractNumber, String insurerCode) {
        return "/claims?contractNumber=" + URLEncoder.encode(contractNumber, StandardCharsets.UTF_8)
                + (actingInsurer.insurerCode().isPresent() ? "" : "&insurer=" + insurerCode);
    }
}
