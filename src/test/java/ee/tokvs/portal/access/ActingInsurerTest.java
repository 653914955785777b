package ee.tokvs.portal.access;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ee.tokvs.portal.shared.time.Clocks;
import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.shared.web.CsrfToken;
import ee.tokvs.portal.testdata.FormToken;
import ee.tokvs.portal.reference.Insurer;
import ee.tokvs.portal.testdata.Register;
import ee.tokvs.portal.testdata.RegisterFixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.ClaimType;
import io.quarkus.test.security.oidc.OidcSecurity;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Whom a representative acts for, decided as for every request and every upload ({@link ActingInsurer} through
 * {@link MandateLookup}), without a browser: each representative company below holds one kind of mandate for
 * Põhjala and chooses Põhjala. Anything but a valid mandate of an insurer with an active licence acts for nobody.
 */
@QuarkusTest
class ActingInsurerTest {

    private static final String POHJALA = DemoData.POHJALA;
    private static final String LAANEMERE = DemoData.LAANEMERE;

    // representative companies of this test's own, one per kind of mandate
    private static final String NO_MANDATE = "19970014";
    private static final String EXPIRED = "19970020";
    private static final String NOT_YET_VALID = "19970037";
    private static final String REVOKED = "19970043";
    private static final String QUERY_ONLY = "19970056";
    private static final String SUBMIT_ONLY = "19970066";
    private static final String FOR_LAANEMERE = "19970072";
    private static final String FOR_UNLICENSED = "19970089";
    // insurers of this test's own whose licence is not active
    private static final String SUSPENDED_INSURER = "19960004";
    private static final String REVOKED_INSURER = "19960010";

    private static boolean seeded;

    @Inject
    RegisterFixtures fixtures;

    @Inject
    Register register;

    @Inject
    OnBehalf onBehalf;

    @Inject
    Clock clock;

    /** What the decision gives, as the resources and the upload job ask it. */
    record Decision(String tenant, boolean mandateLost, boolean mayQuery, boolean maySubmit, boolean stillMaySubmit) {

        static final Decision NOBODY = new Decision(ActingInsurer.NOBODY, true, false, false, false);

        static Decision reads(String insurer) {
            return new Decision(insurer, false, true, false, false);
        }

        static Decision submits(String insurer, boolean mayQuery) {
            return new Decision(insurer, false, mayQuery, true, true);
        }
    }

    @BeforeEach
    void mandatesOfEveryKind() {
        if (seeded) {
            return;
        }
        LocalDate today = Clocks.today(clock);
        // representative companies of this test's own, in SQL: no service adds one
        for (String company : new String[] {NO_MANDATE, EXPIRED, NOT_YET_VALID, REVOKED, QUERY_ONLY, SUBMIT_ONLY,
                FOR_LAANEMERE, FOR_UNLICENSED}) {
            fixtures.representativeCompany(company, "Esindaja " + company + " OÜ");
        }
        register.insurer(SUSPENDED_INSURER, "Peatatud Kindlustus AS", Insurer.LicenceStatus.SUSPENDED);
        register.insurer(REVOKED_INSURER, "Tühistatud Kindlustus AS", Insurer.LicenceStatus.REVOKED);
        mandate(POHJALA, EXPIRED, true, true, today.minusDays(30), today.minusDays(1), false);
        mandate(POHJALA, NOT_YET_VALID, true, true, today.plusDays(1), null, false);
        mandate(POHJALA, REVOKED, true, true, today.minusDays(30), null, true);
        mandate(POHJALA, QUERY_ONLY, false, true, today.minusDays(30), null, false);
        // its first and its last day: valid on both
        mandate(POHJALA, SUBMIT_ONLY, true, false, today, today, false);
        mandate(LAANEMERE, FOR_LAANEMERE, true, true, today.minusDays(30), null, false);
        mandate(SUSPENDED_INSURER, FOR_UNLICENSED, true, true, today.minusDays(30), null, false);
        mandate(REVOKED_INSURER, FOR_UNLICENSED, true, true, today.minusDays(30), null, false);
        seeded = true;
    }

    @Test
    void withoutAMandateARepresentativeActsForNobody() {
        assertEquals(Decision.NOBODY, representativeOf(NO_MANDATE, POHJALA));
    }

    @Test
    void anExpiredMandateCountsForNothing() {
        assertEquals(Decision.NOBODY, representativeOf(EXPIRED, POHJALA));
    }

    @Test
    void aMandateNotYetValidCountsForNothing() {
        assertEquals(Decision.NOBODY, representativeOf(NOT_YET_VALID, POHJALA));
    }

    @Test
    void aRevokedMandateCountsForNothing() {
        assertEquals(Decision.NOBODY, representativeOf(REVOKED, POHJALA));
    }

    @Test
    void aQueryMandateReadsButDoesNotSubmit() {
        assertEquals(Decision.reads(POHJALA), representativeOf(QUERY_ONLY, POHJALA));
    }

    @Test
    void aSubmitMandateSubmitsFromItsFirstToItsLastDay() {
        assertEquals(Decision.submits(POHJALA, false), representativeOf(SUBMIT_ONLY, POHJALA));
    }

    @Test
    void aMandateForAnotherInsurerOpensOnlyThatInsurer() {
        assertEquals(Decision.NOBODY, representativeOf(FOR_LAANEMERE, POHJALA));
        assertEquals(Decision.submits(LAANEMERE, true), representativeOf(FOR_LAANEMERE, LAANEMERE));
    }

    @Test
    void anInsurerWithoutAnActiveLicenceCannotBeActedFor() {
        assertEquals(Decision.NOBODY, representativeOf(FOR_UNLICENSED, SUSPENDED_INSURER));
        assertEquals(Decision.NOBODY, representativeOf(FOR_UNLICENSED, REVOKED_INSURER));
    }

    @Test
    void onlyARepresentativeCompanyHoldsMandates() {
        // a representative whose token names an insurer, even one with a mandate, is no representative company
        Organisation insurer = new Organisation("laanemere", FOR_LAANEMERE, Organisation.Kind.INSURER);
        assertEquals(Decision.NOBODY.tenant(), decide(actor(insurer, LAANEMERE)).tenant());
        assertEquals(Decision.NOBODY.tenant(), decide(new Actor("rep", "Rep", PortalRole.REPRESENTATIVE, null,
                LAANEMERE)).tenant());
    }

    @Test
    void aRepresentativeWhoChoseNoInsurerActsForNobody() {
        Decision decision = decide(actor(new Organisation("rep", FOR_LAANEMERE, Organisation.Kind.REPRESENTATIVE), null));
        assertEquals(new Decision(ActingInsurer.NOBODY, false, false, false, false), decision);
    }

    /** Over HTTP the choice travels in a cookie, which is worth nothing by itself. */
    @Test
    @TestSecurity(user = "rep.query", roles = "representative")
    @OidcSecurity(claims = {
            @Claim(key = "preferred_username", value = "rep.query"),
            @Claim(key = "name", value = "Päringu Esindaja"),
            @Claim(key = "tokvs_org", type = ClaimType.JSON_OBJECT,
                    value = "{\"esindaja\":{\"registryCode\":[\"" + QUERY_ONLY + "\"],\"kind\":[\"representative\"]}}")
    })
    void theChoiceCookieCountsOnlyUnderAMandate() {
        given().cookie(ActingInsurer.CHOICE_COOKIE, POHJALA).get("/claims").then().statusCode(200);
        given().cookie(ActingInsurer.CHOICE_COOKIE, POHJALA).get("/claims/new").then().statusCode(403);
        given().cookie(ActingInsurer.CHOICE_COOKIE, LAANEMERE).get("/claims").then().statusCode(403);
        given().cookie(ActingInsurer.CHOICE_COOKIE, POHJALA + "' or ''='").get("/claims").then().statusCode(403);
        given().get("/claims").then().statusCode(403);
    }

    /** Pages: nothing of a suspended or revoked insurer opens, reading or writing, and no form post writes. */
    @Test
    @TestSecurity(user = "rep.unlicensed", roles = "representative")
    @OidcSecurity(claims = {
            @Claim(key = "preferred_username", value = "rep.unlicensed"),
            @Claim(key = "sid", value = "act-unlicensed"),
            @Claim(key = "tokvs_org", type = ClaimType.JSON_OBJECT,
                    value = "{\"esindaja\":{\"registryCode\":[\"" + FOR_UNLICENSED + "\"],\"kind\":[\"representative\"]}}")
    })
    void anUnlicensedInsurersRepresentativeOpensAndWritesNothing() {
        String token = FormToken.of(given().get("/").body().asString());
        for (String insurer : new String[] {SUSPENDED_INSURER, REVOKED_INSURER}) {
            for (String page : new String[] {"/claims", "/claims/new", "/contracts", "/contracts/new", "/uploads"}) {
                given().cookie(ActingInsurer.CHOICE_COOKIE, insurer).get(page).then().statusCode(403);
            }
            String number = RegisterFixtures.unique("LC");
            given().cookie(ActingInsurer.CHOICE_COOKIE, insurer).header(CsrfToken.HEADER, token)
                    .contentType("application/x-www-form-urlencoded").formParam("contractNumber", number)
                    .redirects().follow(false).post("/contracts").then().statusCode(403);
            given().header(CsrfToken.HEADER, token).contentType("application/x-www-form-urlencoded")
                    .formParam("insurerCode", insurer).redirects().follow(false).post("/representative/act")
                    .then().statusCode(403);
            assertEquals(0, fixtures.count(ActingInsurer.ALL_READ_ONLY,
                    "select count(*) from contract where contract_number = ?", number));
        }
    }

    private Decision representativeOf(String company, String chosenInsurer) {
        return decide(actor(new Organisation("rep-" + company, company, Organisation.Kind.REPRESENTATIVE), chosenInsurer));
    }

    private static Actor actor(Organisation organisation, String chosenInsurer) {
        return new Actor("rep.person", "Esindaja Isik", PortalRole.REPRESENTATIVE, organisation, chosenInsurer);
    }

    /** Decides in a request context of its own, on a thread of its own, as a background upload does. */
    private Decision decide(Actor actor) {
        return CompletableFuture.supplyAsync(() -> onBehalf.call(actor, () -> {
            ActingInsurer acting = io.quarkus.arc.Arc.container().instance(ActingInsurer.class).get();
            return new Decision(acting.tenant(), acting.mandateLost(),
                    acting.mandate().map(MandateLookup.ValidMandate::mayQuery).orElse(false), acting.maySubmit(),
                    acting.stillMaySubmit());
        })).join();
    }

    /** Written in SQL, for the service grants no mandate that has already ended or that is revoked as it starts. */
    private void mandate(String insurer, String company, boolean maySubmit, boolean mayQuery, LocalDate from,
            LocalDate to, boolean revoked) {
        fixtures.update(insurer, "insert into mandate (insurer_code, representative_code, may_submit, may_query,"
                + " valid_from, valid_to, revoked_at, granted_by) values (?, ?, ?, ?, ?, ?,"
                + " case when ? then now() end, 'fixture')", insurer, company, maySubmit, mayQuery, from, to, revoked);
    }
}
