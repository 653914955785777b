package ee.tokvs.portal.testdata;

import static ee.tokvs.portal.testdata.ClaimBuilder.aClaim;
import static ee.tokvs.portal.testdata.ContractBuilder.aContract;

import ee.tokvs.portal.claim.Claim;
import ee.tokvs.portal.claim.ClaimService;
import ee.tokvs.portal.contract.Contract;
import ee.tokvs.portal.contract.ContractService;
import ee.tokvs.portal.contract.ContractVersion.ChangeKind;
import ee.tokvs.portal.mandate.MandateService;
import ee.tokvs.portal.reference.CodeList;
import ee.tokvs.portal.reference.CodeListService;
import ee.tokvs.portal.reference.HealthcareProvider;
import ee.tokvs.portal.reference.Insurer;
import ee.tokvs.portal.reference.InsurerService;
import ee.tokvs.portal.reference.ProviderService;
import ee.tokvs.portal.reference.RegistryCode;
import ee.tokvs.portal.shared.time.Clocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * The registers as their keepers keep them: every contract, claim, money row and mandate a test needs is saved through
 * the services the pages and uploads call, as a person of the insurer ({@link People}, {@link AsUser}), so the rules,
 * the tenant and the submission log apply exactly as for them; a provider, code-list entry or insurer of a test's own
 * is added by Terviseamet's admin, so that what a test changes is never what another stands on. Values come from the
 * builders, whose defaults a test overrides only where it cares.
 */
@ApplicationScoped
public class Register {

    /** A saved contract or claim: its id, and its number as users know it. */
    public record Saved(long id, String number) {
    }

    @Inject
    AsUser asUser;

    @Inject
    ContractService contracts;

    @Inject
    ClaimService claims;

    @Inject
    MandateService mandates;

    @Inject
    ProviderService providers;

    @Inject
    CodeListService codeLists;

    @Inject
    InsurerService insurers;

    @Inject
    Clock clock;

    /** A contract of the insurer as the builder's defaults have it. */
    public Saved contract(String insurer) {
        return contract(insurer, aContract());
    }

    /** Concluded by the insurer's staff member. */
    public Saved contract(String insurer, ContractBuilder contract) {
        return asUser.call(People.staffOf(insurer), () -> {
            Contract concluded = contracts.concludeIfValid(contract.form()).orThrow();
            return new Saved(concluded.id, concluded.contractNumber);
        });
    }

    /** An amendment or an extension of the contract: a new version with the builder's values. */
    public void change(String insurer, long contractId, ChangeKind kind, ContractBuilder contract) {
        asUser.call(People.staffOf(insurer), () -> contracts.changeIfValid(contracts.get(contractId), kind, contract.form())
                .orThrow());
    }

    /** A claim of the insurer as the builder's defaults have it, under a contract of its own. */
    public Saved claim(String insurer) {
        return claim(insurer, aClaim());
    }

    /** Entered by the insurer's staff member; under a new contract of the insurer unless the builder names one. */
    public Saved claim(String insurer, ClaimBuilder claim) {
        if (claim.contract() == null) {
            claim.contract(contract(insurer).number());
        }
        return asUser.call(People.staffOf(insurer), () -> {
            Claim created = claims.createIfValid(claim.form()).orThrow();
            return new Saved(created.id, created.claimNumber);
        });
    }

    /** A change of the claim's core to the builder's values, dated by its change date. */
    public void change(String insurer, long claimId, ClaimBuilder claim) {
        asUser.call(People.staffOf(insurer), () -> claims.changeIfValid(claims.get(claimId), claim.form()).orThrow());
    }

    /** A payout, reserve, recovery or outstanding recovery added to the claim. */
    public void add(String insurer, long claimId, MoneyRowBuilder row) {
        asUser.call(People.staffOf(insurer), () -> claims.addItemIfValid(claims.get(claimId), row.kind(), row.form())
                .orThrow());
    }

    /** A mandate the insurer's admin grants, valid from yesterday until further notice; returns its id. */
    public long mandate(String insurer, String representative, boolean maySubmit, boolean mayQuery) {
        String yesterday = Clocks.today(clock).minusDays(1).toString();
        return asUser.call(People.adminOf(insurer), () -> mandates.grant(representative, maySubmit, mayQuery, yesterday,
                null).id);
    }

    /** The insurer's admin revokes the mandate (if it still holds), as a test's own mandates end with it. */
    public void revokeMandate(String insurer, long mandateId) {
        asUser.call(People.adminOf(insurer), () -> {
            mandates.revoke(mandateId);
            return null;
        });
    }

    /** A healthcare provider no other test uses, with this risk profile; returns its registry code. */
    public String provider(String riskProfile) {
        return asUser.call(People.TA_ADMIN, () -> {
            for (long n = System.nanoTime() % 100_000;; n = (n + 1) % 100_000) {
                String sevenDigits = String.format("79%05d", n);
                String code = sevenDigits + RegistryCode.checkDigit(sevenDigits);
                if (HealthcareProvider.findByCode(code).isEmpty()) {
                    return providers.save(code, "Katse OÜ", riskProfile).registryCode;
                }
            }
        });
    }

    /** A code-list entry a test may retire; returns its code. */
    public String codeListEntry(CodeList list, String code) {
        return asUser.call(People.TA_ADMIN, () -> codeLists.add(list, code, "katse " + code, "test " + code, null).key.code());
    }

    /** An insurer of a test's own, with its licence in this state. */
    public void insurer(String registryCode, String name, Insurer.LicenceStatus licence) {
        asUser.call(People.TA_ADMIN, () -> insurers.save(registryCode, name, licence.name()));
    }
}
