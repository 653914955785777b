package ee.tokvs.portal.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;

import ee.tokvs.portal.access.ActingInsurer;
import ee.tokvs.portal.access.Actor;
import ee.tokvs.portal.access.OnBehalf;
import ee.tokvs.portal.access.Organisation;
import ee.tokvs.portal.access.PortalRole;
import ee.tokvs.portal.reference.Insurer;
import ee.tokvs.portal.testdata.Register;
import ee.tokvs.portal.testdata.RegisterFixtures;
import ee.tokvs.portal.testdata.Waiting;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A representative's upload holds only under a valid mandate, asked when the job starts and again, locked, just
 * before it commits: a revoked mandate or an insurer whose licence is suspended or revoked writes nothing.
 */
@QuarkusTest
class UploadUnderMandateTest {

    // an insurer and a representative company of this test's own, so that the licence can change freely
    private static final String INSURER = "19960027";
    private static final String COMPANY = "19970095";

    @Inject
    UploadService uploads;

    @Inject
    RegisterFixtures fixtures;

    @Inject
    Register register;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    OnBehalf onBehalf;

    @TempDir
    Path dir;

    private String contract;
    private long mandate;

    @BeforeEach
    void anActiveInsurerAndASubmitMandate() {
        register.insurer(INSURER, "Litsentsiga Kindlustus AS", Insurer.LicenceStatus.ACTIVE);
        fixtures.representativeCompany(COMPANY, "Üleslaadija Esindaja OÜ");
        mandate = register.mandate(INSURER, COMPANY, true, false);
        contract = register.contract(INSURER).number();
    }

    @AfterEach
    void theMandateEnds() {
        register.insurer(INSURER, "Litsentsiga Kindlustus AS", Insurer.LicenceStatus.ACTIVE);
        register.revokeMandate(INSURER, mandate);
    }

    @Test
    void aValidMandatesUploadIsSavedAndRecordedAsTheRepresentatives() throws Exception {
        String claim = RegisterFixtures.unique("UM");
        assertEquals("DONE", upload(claim).status());
        assertEquals(1, fixtures.count(INSURER, "select count(*) from submission_event where record_label = ?"
                + " and actor_username = 'upload.rep' and actor_org_code = ?", claim, COMPANY));
    }

    /** Before the upload page opens at all (403, {@code ActingInsurerTest}), the job itself asks when it starts. */
    @Test
    void aMandateRevokedBeforeTheJobStartsWritesNothing() throws Exception {
        register.revokeMandate(INSURER, mandate);
        assertRefusedAtStart(RegisterFixtures.unique("UM"));
    }

    @Test
    void aLicenceSuspendedOrRevokedBeforeTheJobStartsWritesNothing() throws Exception {
        for (Insurer.LicenceStatus licence : List.of(Insurer.LicenceStatus.SUSPENDED, Insurer.LicenceStatus.REVOKED)) {
            licence(licence);
            assertRefusedAtStart(RegisterFixtures.unique("UM"));
        }
    }

    /** The job has passed its first check and waits for the insurer's upload lock when the licence is suspended. */
    @Test
    void aLicenceSuspendedWhileTheUploadRunsIsSeenBeforeItCommits() throws Exception {
        String claim = RegisterFixtures.unique("UM");
        long id;
        try (HeldUploadLock queue = HeldUploadLock.of(dataSource, INSURER)) {
            id = accept(representative(), claimFile(claim));
            Waiting.until("upload " + id + " to wait for its insurer's lock", this::aJobWaitsForAnUploadLock);
            licence(Insurer.LicenceStatus.SUSPENDED);
        }
        UploadOutcome refused = UploadOutcome.onceFinished(fixtures, INSURER, id);
        assertEquals(List.of("-:-:upload_mandate_lost"), refused.problems());
        assertEquals(0, fixtures.count(INSURER, "select count(*) from claim where claim_number = ?", claim));
    }

    /**
     * The upload is recorded as accepted (written in the insurer's own context, as it was while the mandate held),
     * and its job, acting as the representative, finds the mandate gone when it starts.
     */
    private void assertRefusedAtStart(String claim) throws Exception {
        Actor staff = new Actor("upload.staff", "Ülle Töötaja", PortalRole.INSURER_STAFF,
                new Organisation("kindlustus", INSURER, Organisation.Kind.INSURER), null);
        UploadOutcome refused = UploadOutcome.onceFinished(fixtures, INSURER, accept(staff, claimFile(claim)));
        assertEquals("REFUSED", refused.status());
        assertEquals(List.of("-:-:upload_mandate_lost"), refused.problems());
        assertEquals(0, fixtures.count(INSURER, "select count(*) from claim where claim_number = ?", claim));
    }

    private UploadOutcome upload(String claim) throws Exception {
        return UploadOutcome.onceFinished(fixtures, INSURER, accept(representative(), claimFile(claim)));
    }

    /** The representative's upload, accepted in a request context of the sender's, as the upload page does. */
    private long accept(Actor sender, Path file) {
        Actor representative = representative();
        return CompletableFuture.supplyAsync(() -> onBehalf.call(sender, () -> {
            try {
                return uploads.accept(representative, UploadKind.CLAIMS, file, "claims.csv", false, true).id;
            } catch (UploadService.NotAccepted | java.io.IOException e) {
                throw new AssertionError("the upload was not accepted", e);
            }
        })).join();
    }

    private Path claimFile(String claim) throws Exception {
        return UploadFiles.claims().claim(claim, contract, "SUBMITTED", "BEING_SPECIFIED", "PENDING").csv(dir);
    }

    private static Actor representative() {
        return new Actor("upload.rep", "Ülle Esindaja", PortalRole.REPRESENTATIVE,
                new Organisation("esindaja", COMPANY, Organisation.Kind.REPRESENTATIVE), INSURER);
    }

    private void licence(Insurer.LicenceStatus status) {
        register.insurer(INSURER, "Litsentsiga Kindlustus AS", status);
    }

    private boolean aJobWaitsForAnUploadLock() {
        return fixtures.count(ActingInsurer.NOBODY, "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                + " and wait_event = 'advisory' and query like '%pg_advisory_xact_lock%'") > 0;
    }
}
