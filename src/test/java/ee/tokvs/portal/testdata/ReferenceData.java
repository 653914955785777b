package ee.tokvs.portal.testdata;

import ee.tokvs.portal.reference.CodeList;
import ee.tokvs.portal.reference.CodeListService;
import ee.tokvs.portal.reference.HealthcareProvider;
import ee.tokvs.portal.reference.Insurer;
import ee.tokvs.portal.reference.InsurerService;
import ee.tokvs.portal.reference.ProviderService;
import ee.tokvs.portal.reference.RegistryCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Reference data of a test's own, added by Terviseamet's admin through the services its pages call, so that what a
 * test changes or retires is never something another test or a demo account stands on.
 */
@ApplicationScoped
public class ReferenceData {

    @Inject
    AsUser asUser;

    @Inject
    ProviderService providers;

    @Inject
    CodeListService codeLists;

    @Inject
    InsurerService insurers;

    /** An insurer of a test's own, with its licence in this state. */
    public void insurer(String registryCode, String name, Insurer.LicenceStatus licence) {
        asUser.call(People.TA_ADMIN, () -> insurers.save(registryCode, name, licence.name()));
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
}
