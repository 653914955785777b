package ee.tokvs.portal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.tokvs.portal.access.ActingInsurer;
import ee.tokvs.portal.shared.time.WorkingDays;
import ee.tokvs.portal.demo.DemoRegisterGenerator.Summary;
import ee.tokvs.portal.reference.RegistryCode;
import ee.tokvs.portal.testdata.RegisterFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The bulk demo register keeps the rules a user's entry would have to keep. Only rows under the generated
 * providers (registry codes 8xxxxxxx) are looked at, so rows other tests add do not disturb the checks.
 */
@QuarkusTest
class DemoRegisterGeneratorTest {

    private static final String CONTRACTS = "select contract_id from contract_version where policyholder_code between '"
            + DemoRegisterGenerator.PROVIDER_CODE_FROM + "' and '" + DemoRegisterGenerator.PROVIDER_CODE_TO + "'";
    private static final String CLAIMS = "select id from claim where contract_id in (" + CONTRACTS + ")";
    private static final String EVENTS = "from submission_event where ((record_type = 'CONTRACT' and record_id in ("
            + CONTRACTS + ")) or (record_type = 'CLAIM' and record_id in (" + CLAIMS + ")))";

    /** What the first generation in this test run wrote; all zero when the data was there already. */
    private static Summary firstRun;

    @Inject
    DemoRegisterGenerator generator;

    @Inject
    RegisterFixtures fixtures;

    @BeforeEach
    void generateOnce() {
        if (firstRun == null) {
            firstRun = generator.generate(300, 42);
        }
    }

    @Test
    void theRegisterHoldsWhatTheSummarySays() {
        assertEquals(DemoRegisterGenerator.PROVIDERS, count("select count(*) from healthcare_provider where known"
                + " and registry_code between ? and ?", DemoRegisterGenerator.PROVIDER_CODE_FROM,
                DemoRegisterGenerator.PROVIDER_CODE_TO));
        generatedProviderCodes().forEach(code -> assertTrue(RegistryCode.isValid(code), code));
        if (firstRun.isEmpty()) {
            return; // generated before this test ran (e.g. at start-up); the other checks still hold
        }
        assertEquals(300, firstRun.claims());
        assertEquals(firstRun.claims(), count("select count(*) from claim where id in (" + CLAIMS + ")"));
        assertEquals(firstRun.contracts(), count("select count(distinct contract_id) from contract_version"
                + " where contract_id in (" + CONTRACTS + ")"));
        assertEquals(firstRun.contractVersions(), count("select count(*) from contract_version where contract_id in (" + CONTRACTS + ")"));
        assertEquals(firstRun.payouts(), count("select count(*) from payout where claim_id in (" + CLAIMS + ")"));
        assertEquals(firstRun.recoveries(), count("select count(*) from recovery where claim_id in (" + CLAIMS + ")"));
        assertEquals(firstRun.reserves(), count("select count(*) from reserve where claim_id in (" + CLAIMS + ")"));
        assertEquals(firstRun.outstandingRecoveries(), count("select count(*) from outstanding_recovery where claim_id in (" + CLAIMS + ")"));
        assertEquals(firstRun.submissionEvents(), count("select count(*) " + EVENTS));
        assertEquals(firstRun.lateEvents(), count("select count(*) " + eventsWhere("late")));
        assertTrue(firstRun.payouts() > 0 && firstRun.reserves() > 0, firstRun.toString());
    }

    @Test
    void everyClaimStatusOccurs() {
        for (String status : List.of("SUBMITTED", "INSURED_EVENT", "NOT_INSURED_EVENT")) {
            assertTrue(count("select count(*) from claim where status = ? and id in (" + CLAIMS + ")", status) > 0, status);
        }
        assertTrue(count("select count(*) from (select insurer_code, incident_number from claim where id in (" + CLAIMS + ")"
                + " group by 1, 2 having count(*) > 1) shared") > 0, "some incidents have several claims");
    }

    @Test
    void recoveriesAreNegativeAndPayoutsPositive() {
        assertEquals(0, count("select count(*) from recovery where amount >= 0 and claim_id in (" + CLAIMS + ")"));
        assertEquals(0, count("select count(*) from payout where amount <= 0 and claim_id in (" + CLAIMS + ")"));
        assertEquals(0, count("select count(*) from reserve where amount < 0 and claim_id in (" + CLAIMS + ")"));
        assertEquals(0, count("select count(*) from payout p join claim c on c.id = p.claim_id"
                + " where c.status <> 'INSURED_EVENT' and c.id in (" + CLAIMS + ")"));
    }

    @Test
    void anInsuredEventHasANamedIncidentType() {
        assertEquals(0, count("select count(*) from claim where status = 'INSURED_EVENT'"
                + " and incident_type in ('BEING_SPECIFIED', 'OTHER') and id in (" + CLAIMS + ")"));
    }

    @Test
    void nonPecuniaryCompensationStaysWithinTheSeverityCap() {
        assertEquals(0, count("select count(*) from (select c.severity, sum(p.amount) as paid from claim c"
                + " join payout p on p.claim_id = c.id where p.damage_type = 'NON_PECUNIARY' and c.id in (" + CLAIMS + ")"
                + " group by c.id, c.severity) per_claim"
                + " where severity in ('I', 'PENDING') or paid > case severity when 'II' then 500 when 'III' then 2000"
                + " when 'IV' then 5000 when 'V' then 15000 when 'VI' then 30000 end"));
        assertTrue(count("select count(*) from payout where damage_type = 'NON_PECUNIARY' and claim_id in (" + CLAIMS + ")") > 0);
    }

    @Test
    void workCapacityPercentagesOnlyOnPermanentIncapacityAndEventWithinGeneral() {
        assertEquals(0, count("select count(*) from payout where claim_id in (" + CLAIMS + ")"
                + " and (general_reduction_pct is not null or event_reduction_pct is not null)"
                + " and (damage_type <> 'PERMANENT_INCAPACITY' or general_reduction_pct < 40"
                + " or event_reduction_pct is null or event_reduction_pct > general_reduction_pct)"));
    }

    @Test
    void datesFollowTheClaimsStoryAndNoneLiesInTheFuture() {
        LocalDate today = LocalDate.now(WorkingDays.TALLINN);
        String claims = "select count(*) from claim where id in (" + CLAIMS + ") and ";
        assertEquals(0, count(claims + "received_date < incident_date"));
        assertEquals(0, count(claims + "handling_finished <> (finished_date is not null)"));
        assertEquals(0, count(claims + "finished_date < received_date"));
        assertEquals(0, count(claims + "(received_date > ? or incident_date > ? or finished_date > ?)", today, today, today));
        assertEquals(0, count("select count(*) from claim c join contract_version v on v.contract_id = c.contract_id"
                + " and v.version_no = (select max(version_no) from contract_version w where w.contract_id = c.contract_id)"
                + " where c.id in (" + CLAIMS + ") and c.incident_date not between v.period_start and v.period_end"));
        assertEquals(0, count("select count(*) from payout p join claim c on c.id = p.claim_id where c.id in (" + CLAIMS + ")"
                + " and (p.paid_on < c.received_date or p.paid_on > ?)", today));
        assertEquals(0, count("select count(*) from recovery where received_on > ? and claim_id in (" + CLAIMS + ")", today));
        assertEquals(0, count("select count(*) from reserve where set_on > ? and claim_id in (" + CLAIMS + ")", today));
        assertEquals(0, count("select count(*) from outstanding_recovery where set_on > ? and claim_id in (" + CLAIMS + ")", today));
        assertEquals(0, count("select count(*) " + eventsWhere("(business_date > ? or submitted_at > now())"), today));
    }

    @Test
    void contractVersionsAreConsistent() {
        LocalDate today = LocalDate.now(WorkingDays.TALLINN);
        String versions = "select count(*) from contract_version where contract_id in (" + CONTRACTS + ") and ";
        assertEquals(0, count(versions + "(sum_aggregate < sum_per_event or change_date > ? or period_end < period_start)", today));
        assertEquals(0, count("select count(*) from contract_version v1 join contract_version v2"
                + " on v2.contract_id = v1.contract_id and v2.version_no > v1.version_no"
                + " where v1.contract_id in (" + CONTRACTS + ") and v2.change_date < v1.change_date"));
        assertTrue(count(versions + "version_no = 2") > 0, "some contracts are amended or extended");
    }

    @Test
    void everyRowHasItsSubmissionEventAndSomeWereLate() {
        long events = count("select count(*) " + EVENTS);
        long late = count("select count(*) " + eventsWhere("late"));
        assertTrue(late > 0, "some submissions were late");
        assertTrue(late * 5 < events, "fewer than one in five late: " + late + " of " + events);
        assertEquals(0, count("select count(*) " + eventsWhere(
                "(late <> ((submitted_at at time zone 'Europe/Tallinn')::date > deadline) or deadline <= business_date)")));
        if (!firstRun.isEmpty()) {
            long rows = count("select count(*) from contract_version where contract_id in (" + CONTRACTS + ")")
                    + count("select count(*) from claim where id in (" + CLAIMS + ")")
                    + count("select count(*) from payout where claim_id in (" + CLAIMS + ")")
                    + count("select count(*) from recovery where claim_id in (" + CLAIMS + ")")
                    + count("select count(*) from reserve where claim_id in (" + CLAIMS + ")")
                    + count("select count(*) from outstanding_recovery where claim_id in (" + CLAIMS + ")");
            long finished = count("select count(*) from claim where handling_finished and id in (" + CLAIMS + ")");
            long decidedLater = count("select count(*) " + eventsWhere("action = 'CLAIM_CHANGED'"
                    + " and changes @> '[{\"field\": \"status\", \"before\": \"SUBMITTED\"}]'"));
            assertEquals(rows + decidedLater + finished, events, "a row's own event, a later decision, an end");
        }
    }

    @Test
    void decisionsComeAfterReceiptAndNoLaterThanTheEnd() {
        String decisions = "select count(*) from claim c join submission_event e on e.record_type = 'CLAIM'"
                + " and e.record_id = c.id and e.changes @> '[{\"field\": \"status\", \"before\": \"SUBMITTED\"}]'"
                + " where c.id in (" + CLAIMS + ")";
        if (!firstRun.isEmpty()) {
            assertTrue(count(decisions) > 0, "some claims are decided after receipt");
        }
        assertEquals(0, count(decisions + " and (e.business_date < c.received_date or e.business_date > coalesce("
                + "c.finished_date, e.business_date) or c.status = 'SUBMITTED')"));
    }

    @Test
    void everyDecidedClaimIsDatedAsItsSubmissionsShowAndAsTheDashboardsCountIt() {
        if (!firstRun.isEmpty()) {
            assertTrue(count("select count(*) from claim where decided_on > received_date and id in (" + CLAIMS + ")") > 0,
                    "some claims are decided after receipt");
        }
        // the claim's decision date is the business date of the first submission that set it, as ClaimService
        // records it: every decided claim has one, no submitted claim has one
        assertEquals(0, count("select count(*) from claim c where c.id in (" + CLAIMS + ") and c.decided_on is distinct from"
                + " (select min(e.business_date) from submission_event e, jsonb_array_elements(e.changes) ch"
                + "   where e.record_type = 'CLAIM' and e.record_id = c.id and ch->>'field' = 'status'"
                + "   and ch->>'after' in ('INSURED_EVENT', 'NOT_INSURED_EVENT'))"));
        assertEquals(0, count("select count(*) from claim where id in (" + CLAIMS + ") and (decided_on is null)"
                + " <> (status = 'SUBMITTED')"));
        assertEquals(0, count("select count(*) from claim c join dash_claim d on d.id = c.id where c.id in (" + CLAIMS
                + ") and d.decided_on is distinct from c.decided_on"));
    }

    @Test
    void generatingAgainChangesNothing() {
        long claims = count("select count(*) from claim");
        long events = count("select count(*) from submission_event");
        long providers = count("select count(*) from healthcare_provider");

        Summary again = generator.generate(300, 42);

        assertTrue(again.isEmpty(), again.toString());
        assertEquals(claims, count("select count(*) from claim"));
        assertEquals(events, count("select count(*) from submission_event"));
        assertEquals(providers, count("select count(*) from healthcare_provider"));
    }

    /** The generated records' submission events that also meet the condition. */
    private static String eventsWhere(String condition) {
        return EVENTS + " and " + condition;
    }

    private long count(String sql, Object... params) {
        return fixtures.count(ActingInsurer.ALL_READ_ONLY, sql, params);
    }

    private List<String> generatedProviderCodes() {
        return fixtures.asInsurer(ActingInsurer.ALL_READ_ONLY, connection -> {
            List<String> codes = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "select registry_code from healthcare_provider where registry_code between ? and ?")) {
                select.setString(1, DemoRegisterGenerator.PROVIDER_CODE_FROM);
                select.setString(2, DemoRegisterGenerator.PROVIDER_CODE_TO);
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        codes.add(rs.getString(1));
                    }
                }
            }
            return codes;
        });
    }
}
