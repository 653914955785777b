package ee.tokvs.portal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ee.tokvs.portal.reference.Insurer;
import ee.tokvs.portal.reference.RepresentativeCompany;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DemoDataTest {

    @Inject
    DemoData demoData;

    @Test
    @Transactional
    void theDemoAccountsOrganisationsAreRegisteredAndLoadingAgainChangesNothing() {
        long insurers = Insurer.count();
        long representatives = RepresentativeCompany.count();

        demoData.onStart(null);

        assertEquals(insurers, Insurer.count());
        assertEquals(representatives, RepresentativeCompany.count());
        assertEquals("Põhjala Kindlustus AS", Insurer.findByRegistryCode(DemoData.POHJALA).orElseThrow().name);
        assertEquals("Läänemere Kindlustus AS", Insurer.findByRegistryCode(DemoData.LAANEMERE).orElseThrow().name);
        assertEquals("Kahjuabi Partnerid OÜ", RepresentativeCompany.findByRegistryCode(DemoData.KAHJUABI).orElseThrow().name);
    }
}
