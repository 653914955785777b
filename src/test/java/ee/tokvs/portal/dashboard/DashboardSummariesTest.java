package ee.tokvs.portal.dashboard;

import static ee.tokvs.portal.testdata.ClaimBuilder.aClaim;
import static ee.tokvs.portal.testdata.ContractBuilder.aContract;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.testdata.Register;
import ee.tokvs.portal.testdata.RegisterFixtures;
import ee.tokvs.portal.testdata.Waiting;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The dashboards' summaries (V8: dash_claim, dash_claim_money, dash_submission_day) are kept by triggers in the
 * transaction of every write. Here they are attacked along each path that can change them, and compared with the
 * register recomputed from scratch by independent SQL, over every row any test (or the demo generator) has written.
 *
 * <p>Each claim starts as a user saves it ({@link Register}); the writes that follow are plain SQL ({@link
 * RegisterFixtures}) on purpose: the triggers must hold for every write the database accepts, the ones no service
 * makes (a withdrawn reserve, a corrected payout, two open transactions at once) included.
 */
@QuarkusTest
class DashboardSummariesTest {

    private static final String INSURER = DemoData.POHJALA;

    @Inject
    RegisterFixtures fixtures;

    @Inject
    Register register;

    /** A contract of the insurer insuring the family doctor, as its staff conclude it. */
    private Register.Saved familyDoctorsContract() {
        return register.contract(INSURER, aContract().policyholder(DemoData.PROVIDER_FAMILY));
    }

    /** A claim under the contract, as the insurer's staff enter it; returns its id. */
    private long claimUnder(Register.Saved contract) {
        return register.claim(INSURER, aClaim().contract(contract.number())).id();
    }

    @Test
    void theSummariesEqualTheRegisterRecomputed() {
        assertSummariesMatchTheRegister();
    }

    /**
     * A write of a claim that changes nothing the summaries hold (its version and time of change) leaves its summary
     * rows as they were: not even rewritten with the same values (a row's xmin names the transaction that wrote it
     * last), so that no trigger of the cube has a row to move. A change of its specialty rewrites both.
     */
    @Test
    void aWriteThatChangesNoSummaryColumnLeavesTheSummaryRowsAlone() {
        long id = claimUnder(familyDoctorsContract());
        fixtures.update(INSURER, "insert into payout (insurer_code, claim_id, paid_on, damage_type, amount) values"
                + " (?, ?, '2025-07-01', 'TREATMENT_COSTS', 300)", INSURER, id);
        String writtenWithTheClaim = "select count(*) from (select xmin from dash_claim where id = ? union all"
                + " select xmin from dash_claim_money where claim_id = ?) s"
                + " where s.xmin = (select c.xmin from claim c where c.id = ?)";

        fixtures.update(INSURER, "update claim set lock_version = lock_version + 1, updated_at = now()"
                + " where id = ?", id);
        assertEquals(0, fixtures.count(INSURER, writtenWithTheClaim, id, id, id), "summary rows of an unchanged claim");

        fixtures.update(INSURER, "update claim set specialty = case when specialty = 'DENTISTRY'"
                + " then 'DERMATOVENEREOLOGY' else 'DENTISTRY' end where id = ?", id);
        assertEquals(2, fixtures.count(INSURER, writtenWithTheClaim, id, id, id), "summary rows of a changed claim");
        assertSummariesMatchTheRegister();
    }

    /** Every summary row against the register recomputed, over all the data there is now. */
    private void assertSummariesMatchTheRegister() {
        String claims = "select c.id, c.insurer_code, c.contract_id, c.received_date, c.incident_date, c.status,"
                + " c.incident_type, c.severity, c.specialty, c.handling_finished, c.finished_date, c.decided_on,"
                + " (select count(*) from reserve r where r.claim_id = c.id) > 2 * (select count(*) from reserve r"
                + "   where r.claim_id = c.id and r.reverses_id is not null),"
                + " (select max(r.set_on) from reserve r where r.claim_id = c.id and r.reverses_id is null"
                + "   and not exists (select 1 from reserve x where x.reverses_id = r.id))"
                + " from claim c";
        String summary = "select id, insurer_code, contract_id, received_date, incident_date, status, incident_type,"
                + " severity, specialty, handling_finished, finished_date, decided_on, has_reserve, reserve_set_on"
                + " from dash_claim";
        assertEquals(0, differences(claims, summary), "dash_claim against the register");
        assertEquals(0, differences("select v.contract_id, v.insurer_code, v.version_no, v.policyholder_code"
                + " from contract_version v where v.version_no = (select max(w.version_no) from contract_version w"
                + " where w.contract_id = v.contract_id)",
                "select contract_id, insurer_code, version_no, policyholder_code from dash_contract"),
                "dash_contract against the contracts' current versions");

        // net of corrections (V24): sums with their reversals, nothing where they net to zero; the latest estimate
        // among those neither reversing nor reversed (an estimate's id is not among the reversals' reverses_id)
        String money = "with reserve_standing as (select * from reserve where reverses_id is null and id not in"
                + "   (select reverses_id from reserve where reverses_id is not null)),"
                + " outstanding_standing as (select * from outstanding_recovery where reverses_id is null and id not in"
                + "   (select reverses_id from outstanding_recovery where reverses_id is not null))"
                + " select claim_id, 'PAID', damage_type, sum(amount) from payout group by 1, 3 having sum(amount) <> 0"
                + " union all select claim_id, 'RECOVERED', recovery_type, sum(amount) from recovery group by 1, 3"
                + "   having sum(amount) <> 0"
                + " union all select r.claim_id, 'RESERVED', r.damage_type, r.amount from reserve_standing r where not exists ("
                + "   select 1 from reserve_standing s where s.claim_id = r.claim_id and s.damage_type = r.damage_type"
                + "   and (s.set_on, s.id) > (r.set_on, r.id))"
                + " union all select o.claim_id, 'OUTSTANDING', o.recovery_type, o.amount from outstanding_standing o"
                + "   where not exists (select 1 from outstanding_standing s where s.claim_id = o.claim_id"
                + "   and s.recovery_type = o.recovery_type and (s.set_on, s.id) > (o.set_on, o.id))";
        assertEquals(0, differences(money, "select claim_id, measure, type, amount from dash_claim_money"),
                "dash_claim_money against the register");
        assertEquals(0, fixtures.count("*", "select count(*) from dash_claim_money m join claim c on c.id = m.claim_id"
                + " where (m.insurer_code, m.contract_id, m.incident_date, m.received_date, m.incident_type, m.severity,"
                + " m.specialty) is distinct from (c.insurer_code, c.contract_id, c.incident_date, c.received_date,"
                + " c.incident_type, c.severity, c.specialty)"), "money rows carry their claim's columns");

        assertEquals(0, differences("select insurer_code, business_date, count(*), count(*) filter (where not late)"
                + " from submission_event group by 1, 2",
                "select insurer_code, business_date, sum(events), sum(on_time) from dash_submission_day group by 1, 2"),
                "dash_submission_day against the events");

        CubeRecomputed.assertEqualsTheClaims(this::differences);
    }

    /**
     * One statement moves two claims across each other's cells: one with 500 paid from severity II to III, one with 500
     * reserved from III to II. In each cell the paid and the reserved change cancel out in sum, but not each on its own.
     */
    @Test
    void aPayoutAndAReserveMovedAcrossEachOtherInOneStatementKeepTheirSums() {
        Register.Saved contract = familyDoctorsContract();
        long paid = claimUnder(contract);
        long reserved = claimUnder(contract);
        fixtures.update(INSURER, "update claim set severity = case when id = ? then 'II' else 'III' end where id in (?, ?)",
                paid, paid, reserved);
        fixtures.update(INSURER, "insert into payout (insurer_code, claim_id, paid_on, damage_type, amount) values"
                + " (?, ?, '2025-07-01', 'TREATMENT_COSTS', 500)", INSURER, paid);
        fixtures.update(INSURER, "insert into reserve (insurer_code, claim_id, set_on, damage_type, amount) values"
                + " (?, ?, '2025-07-01', 'TREATMENT_COSTS', 500)", INSURER, reserved);
        fixtures.update(INSURER, "update claim set severity = case when id = ? then 'III' else 'II' end where id in (?, ?)",
                paid, paid, reserved);
        assertSummariesMatchTheRegister();
    }

    @Test
    void everyWriteOfAClaimAndItsMoneyIsSummarisedAtOnce() {
        long claim = claimUnder(familyDoctorsContract());
        assertEquals("FAMILY_MEDICINE|2025-05-01|false|null", fact(claim));

        fixtures.update(INSURER, "update claim set incident_date = '2025-04-01' where id = ?", claim);
        fixtures.update(INSURER, "insert into payout (insurer_code, claim_id, paid_on, damage_type, amount) values"
                + " (?, ?, '2025-07-01', 'TREATMENT_COSTS', 100), (?, ?, '2025-08-01', 'TREATMENT_COSTS', 50.50)",
                INSURER, claim, INSURER, claim);
        fixtures.update(INSURER, "insert into reserve (insurer_code, claim_id, set_on, damage_type, amount) values"
                + " (?, ?, '2025-07-01', 'TREATMENT_COSTS', 900)", INSURER, claim);
        fixtures.update(INSURER, "insert into reserve (insurer_code, claim_id, set_on, damage_type, amount) values"
                + " (?, ?, '2025-09-01', 'TREATMENT_COSTS', 400)", INSURER, claim);
        fixtures.update(INSURER, "insert into recovery (insurer_code, claim_id, received_on, recovery_type, amount)"
                + " values (?, ?, '2025-09-02', 'DEDUCTIBLE', -30)", INSURER, claim);
        assertEquals("PAID TREATMENT_COSTS 150.50 2025-04-01|RECOVERED DEDUCTIBLE -30.00 2025-04-01"
                + "|RESERVED TREATMENT_COSTS 400.00 2025-04-01", money(claim));
        assertEquals("FAMILY_MEDICINE|2025-04-01|true|null", fact(claim));

        // the latest reserve withdrawn: the one before is current again; a corrected payout counts as corrected
        fixtures.update(INSURER, "delete from reserve where claim_id = ? and set_on = '2025-09-01'", claim);
        fixtures.update(INSURER, "update payout set amount = 60 where claim_id = ? and paid_on = '2025-08-01'", claim);
        fixtures.update(INSURER, "update claim set severity = 'III' where id = ?", claim);
        assertEquals("PAID TREATMENT_COSTS 160.00 2025-04-01|RECOVERED DEDUCTIBLE -30.00 2025-04-01"
                + "|RESERVED TREATMENT_COSTS 900.00 2025-04-01", money(claim));
        assertEquals(1, fixtures.count("*", "select count(*) from money_fact where id = ? and severity = 'III'"
                + " and measure = 'PAID'", claim));

        // the decision date is the claim's own data (ClaimService records it, ClaimServiceTest shows how); an audit
        // event that mentions the status no longer dates anything
        event(claim, "2025-06-20", "[{\"field\": \"status\", \"before\": \"SUBMITTED\", \"after\": \"INSURED_EVENT\"}]");
        event(claim, "2025-07-05", "[{\"field\": \"severity\", \"before\": \"PENDING\", \"after\": \"III\"}]");
        assertEquals("FAMILY_MEDICINE|2025-04-01|true|null", fact(claim));
        fixtures.update(INSURER, "update claim set decided_on = '2025-06-20' where id = ?", claim);
        assertEquals("FAMILY_MEDICINE|2025-04-01|true|2025-06-20", fact(claim));
        assertSummariesMatchTheRegister();
    }

    @Test
    void anAmendedPolicyholderOrAChangedRiskProfileMovesTheClaim() {
        String provider = register.provider("DENTAL_CARE");
        Register.Saved contract = familyDoctorsContract();
        long claim = claimUnder(contract);
        fixtures.update(INSURER, "insert into payout (insurer_code, claim_id, paid_on, damage_type, amount) values"
                + " (?, ?, '2025-07-01', 'TREATMENT_COSTS', 100)", INSURER, claim);

        fixtures.update(INSURER, "insert into contract_version (contract_id, insurer_code, version_no, change_kind,"
                + " change_date, policyholder_code, period_start, period_end, sum_per_event, sum_aggregate)"
                + " values (?, ?, 2, 'AMENDMENT', '2025-03-01', ?, '2025-01-01', '2025-12-31', 100000, 300000)",
                contract.id(), INSURER, provider);
        assertEquals("DENTAL_CARE|2025-05-01|false|null", fact(claim));
        assertEquals(1, fixtures.count("*", "select count(*) from money_fact where id = ? and risk_profile = 'DENTAL_CARE'",
                claim));

        fixtures.update("", "update healthcare_provider set risk_profile = 'REHABILITATION' where registry_code = ?", provider);
        assertEquals("REHABILITATION|2025-05-01|false|null", fact(claim));
        assertSummariesMatchTheRegister();
    }

    @Test
    void twoWritersOfOneClaimAtOnceLeaveItsSummariesRight() {
        Register.Saved contract = familyDoctorsContract();
        long claim = claimUnder(contract);
        String payout = "insert into payout (insurer_code, claim_id, paid_on, damage_type, amount) values"
                + " (?, ?, '2025-07-01', 'TREATMENT_COSTS', ?)";

        // a change of the claim still open while a reserve is added to it
        interleave(a -> run(a, "update claim set severity = 'IV', incident_date = '2025-04-15' where id = ?", claim),
                b -> run(b, "insert into reserve (insurer_code, claim_id, set_on, damage_type, amount) values"
                        + " (?, ?, '2025-07-01', 'TREATMENT_COSTS', 900)", INSURER, claim));
        // two payouts of the same type at once
        interleave(a -> run(a, payout, INSURER, claim, 100), b -> run(b, payout, INSURER, claim, 50));
        // a claim written under a contract while the contract is amended to another policyholder
        String provider = register.provider("DENTAL_CARE");
        String number = RegisterFixtures.unique("SUM-C");
        interleave(a -> run(a, "insert into claim (insurer_code, claim_number, contract_id, received_date, incident_number,"
                + " incident_date, status, incident_type, severity) values (?, ?, ?, '2025-06-10', 'I', '2025-05-01',"
                + " 'SUBMITTED', 'BEING_SPECIFIED', 'PENDING')", INSURER, number, contract.id()),
                b -> run(b, "insert into contract_version (contract_id, insurer_code, version_no, change_kind, change_date,"
                        + " policyholder_code, period_start, period_end, sum_per_event, sum_aggregate) values (?, ?, 2,"
                        + " 'AMENDMENT', '2025-03-01', ?, '2025-01-01', '2025-12-31', 100000, 300000)",
                        contract.id(), INSURER, provider));

        assertEquals("DENTAL_CARE|2025-04-15|true|null", fact(claim));
        assertEquals("PAID TREATMENT_COSTS 150.00 2025-04-15|RESERVED TREATMENT_COSTS 900.00 2025-04-15", money(claim));
        assertEquals(1, fixtures.count("*", "select count(*) from claim_fact where severity = 'IV' and id = ?", claim));
        assertEquals(1, fixtures.count("*", "select count(*) from claim_fact f join claim c on c.id = f.id"
                + " where c.claim_number = ? and f.risk_profile = 'DENTAL_CARE'", number));
        assertSummariesMatchTheRegister();

        // folding the writers' rows of each cell into one changes no sum
        assertEquals(1, fixtures.count("*", "select count(*) from (select dash_cube_compact()) f"));
        assertEquals(1, fixtures.count("*", "select count(*) from dash_cube c join dash_claim d"
                + " on d.id = ? and c.basis = 'I' and c.month = date_trunc('month', d.incident_date)"
                + " and (c.insurer_code, c.incident_type, c.severity, c.specialty, c.risk_profile)"
                + " = (d.insurer_code, d.incident_type, d.severity, coalesce(d.specialty, ''), d.risk_profile)", claim),
                "the claim's cell is one row");
        assertSummariesMatchTheRegister();
    }

    private interface Step {
        void run(java.sql.Connection connection) throws java.sql.SQLException;
    }

    /**
     * Runs {@code first} in a transaction left open, then {@code second} in another on a thread of its own; once the
     * second waits on a lock (or is done), commits the first, and then waits for the second to commit.
     */
    private void interleave(Step first, Step second) {
        fixtures.asInsurer(INSURER, a -> {
            a.setAutoCommit(false);
            first.run(a);
            AtomicLong secondSession = new AtomicLong();
            CompletableFuture<Void> other = CompletableFuture.runAsync(() -> fixtures.asInsurer(INSURER, b -> {
                secondSession.set(backendPid(b));
                b.setAutoCommit(false);
                second.run(b);
                b.commit();
                return null;
            }));
            Waiting.until("the second writer to wait on a lock or be done", () -> other.isDone()
                    || secondSession.get() != 0 && fixtures.count("*", "select count(*) from pg_stat_activity"
                            + " where pid = ? and wait_event_type = 'Lock'", secondSession.get()) > 0);
            a.commit();
            join(other);
            return null;
        });
    }

    private static long backendPid(java.sql.Connection connection) throws java.sql.SQLException {
        try (var statement = connection.prepareStatement("select pg_backend_pid()"); var rs = statement.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void join(CompletableFuture<Void> other) {
        try {
            other.get(Waiting.PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the second writer failed", e);
        }
    }

    @Test
    void aSaveDoesNotWaitForALongUploadCountingTheSameDay() {
        long claim = claimUnder(familyDoctorsContract());
        String insert = "insert into submission_event (insurer_code, record_type, record_id, record_label, action,"
                + " actor_username, actor_name, business_date, deadline, late, changes) values (?, 'CLAIM', ?, 'S',"
                + " 'CLAIM_CHANGED', 'fixture', 'Fixture', '2025-08-04', '2025-08-05', false, '[]')";
        String sameDay = "select coalesce(sum(events), 0) from dash_submission_day where insurer_code = ?"
                + " and business_date = '2025-08-04'";
        long before = fixtures.count("*", sameDay, INSURER);
        long counted = fixtures.asInsurer(INSURER, upload -> {
            upload.setAutoCommit(false);
            run(upload, insert, INSURER, claim);
            try {
                // the upload's transaction is still open; a save of the same insurer and day goes through
                return fixtures.asInsurer(INSURER, save -> {
                    save.setAutoCommit(false);
                    run(save, "set local lock_timeout = '2s'");
                    run(save, insert, INSURER, claim);
                    save.commit();
                    return fixtures.count("*", sameDay, INSURER);
                });
            } finally {
                upload.rollback();
            }
        });
        assertEquals(before + 1, counted, "the committed save counted, the upload not yet");
        assertEquals(before + 1, fixtures.count("*", sameDay, INSURER), "the rolled-back upload left nothing");
    }

    private static void run(java.sql.Connection connection, String sql, Object... params) throws java.sql.SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            statement.execute();
        }
    }

    @Test
    void summariesAreTheInsurersOwn() {
        Register.Saved contract = familyDoctorsContract();
        long claim = claimUnder(contract);
        fixtures.update(INSURER, "insert into payout (insurer_code, claim_id, paid_on, damage_type, amount) values"
                + " (?, ?, '2025-07-01', 'TREATMENT_COSTS', 100)", INSURER, claim);
        Map<String, Long> rows = Map.of("dash_claim where id = ?", claim, "dash_claim_money where claim_id = ?", claim,
                "dash_contract where contract_id = ?", contract.id());
        rows.forEach((table, id) -> {
            assertEquals(1, fixtures.count(INSURER, "select count(*) from " + table, id), table);
            assertEquals(1, fixtures.count("*", "select count(*) from " + table, id), table);
            assertEquals(0, fixtures.count(DemoData.LAANEMERE, "select count(*) from " + table, id), table);
            assertEquals(0, fixtures.count("", "select count(*) from " + table, id), table);
        });
        assertEquals(0, fixtures.count(DemoData.LAANEMERE, "select count(*) from dash_submission_day where insurer_code = ?",
                INSURER));
        assertEquals(0, fixtures.update(DemoData.LAANEMERE, "update dash_claim set severity = 'VI' where id = ?", claim));
        assertEquals(0, fixtures.update("*", "delete from dash_claim_money where claim_id = ?", claim));
        assertThrows(IllegalStateException.class, () -> fixtures.update(DemoData.LAANEMERE,
                "insert into dash_submission_day (insurer_code, business_date, writer, events, on_time)"
                        + " values (?, '1999-01-01', 1, 1, 1)", INSURER));
    }

    /** Rows in one query's result and not in the other's, both ways, as Terviseamet sees them. */
    private long differences(String expected, String actual) {
        return fixtures.count("*", "select count(*) from (((" + expected + ") except all (" + actual + ")) union all (("
                + actual + ") except all (" + expected + "))) d");
    }

    /** The claim's summary: risk profile, incident date, has a reserve, decided on. */
    private String fact(long claim) {
        return text("select risk_profile || '|' || incident_date || '|' || has_reserve || '|'"
                + " || coalesce(decided_on::text, 'null') from claim_fact where id = ?", claim);
    }

    /** The claim's money rows: measure, type, amount and the incident date they carry. */
    private String money(long claim) {
        return text("select string_agg(measure || ' ' || type || ' ' || amount || ' ' || incident_date, '|'"
                + " order by measure, type) from money_fact where id = ?", claim);
    }

    private String text(String sql, long claim) {
        return fixtures.asInsurer("*", connection -> {
            try (var statement = connection.prepareStatement(sql)) {
                statement.setLong(1, claim);
                try (var rs = statement.executeQuery()) {
                    return rs.next() ? rs.getString(1) : "no row";
                }
            }
        });
    }

    /** A submission event alone, without the change it tells of: no service writes one, so it is written here. */
    private void event(long claim, String businessDate, String changes) {
        fixtures.update(INSURER, "insert into submission_event (insurer_code, record_type, record_id, record_label, action,"
                + " actor_username, actor_name, business_date, deadline, late, changes) values (?, 'CLAIM', ?, 'S',"
                + " 'CLAIM_CHANGED', 'fixture', 'Fixture', ?::date, ?::date + 1, false, ?::jsonb)", INSURER, claim,
                businessDate, businessDate, changes);
    }
}
