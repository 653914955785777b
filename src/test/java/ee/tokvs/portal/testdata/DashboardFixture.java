package ee.tokvs.portal.testdata;

import ee.tokvs.portal.claim.ClaimRules;
import ee.tokvs.portal.demo.DemoData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * A small register in 2015–2016, years no other test or the demo generator touches, whose every dashboard
 * figure is worked out by hand in DashboardQueriesTest:
 *
 * <pre>
 * contract  insurer    policyholder (risk profile)   period
 * DASH-K1   Põhjala    90000015 (LARGE_HOSPITAL)     2015-01-01 – 2015-12-31   365 days
 * DASH-K2   Põhjala    90000021 (DENTAL_CARE)        2015-07-01 – 2016-06-30   366 days
 * DASH-K3   Läänemere  90000015 (LARGE_HOSPITAL)     2016-01-01 – 2016-12-31   366 days
 *
 * claim    contract incident    received    status             type             severity finished    specialty
 * DASH-C1  K1       2015-03-10  2015-04-01  INSURED_EVENT      INFECTION        VI       2015-06-30  GENERAL_SURGERY
 * DASH-C2  K1       2015-11-20  2016-01-15  SUBMITTED          BEING_SPECIFIED  PENDING  open        (none yet)
 * DASH-C3  K2       2016-02-01  2016-02-10  NOT_INSURED_EVENT  DEVICE_FAILURE   II       2016-03-11  DENTISTRY
 * DASH-C4  K3       2016-05-05  2016-05-20  INSURED_EVENT      INFECTION        V        open        GENERAL_SURGERY
 * </pre>
 *
 * Money: C1 pays 1,000 treatment costs and 20,000 non-pecuniary, reserves 300 then 100 for treatment costs,
 * recovers −200 deductible; C4 pays 500 treatment costs, reserves 700 temporary incapacity, and expects 400
 * then 250 from another insurer. Submission events: each claim's creation on its received date (on time);
 * C3 decided NOT_INSURED_EVENT on 2016-02-25 and C4 INSURED_EVENT on 2016-06-19, both late.
 */
@ApplicationScoped
public class DashboardFixture {

    @Inject
    RegisterFixtures fixtures;

    public synchronized void seed() {
        if (fixtures.count("*", "select count(*) from claim where claim_number = 'DASH-C1'") > 0) {
            return;
        }
        long k1 = contract(DemoData.POHJALA, "DASH-K1", DemoData.PROVIDER_LARGE_HOSPITAL, "2015-01-01", "2015-12-31");
        long k2 = contract(DemoData.POHJALA, "DASH-K2", DemoData.PROVIDER_DENTAL, "2015-07-01", "2016-06-30");
        long k3 = contract(DemoData.LAANEMERE, "DASH-K3", DemoData.PROVIDER_LARGE_HOSPITAL, "2016-01-01", "2016-12-31");
        long c1 = claim(DemoData.POHJALA, k1, "DASH-C1", "2015-03-10", "2015-04-01", "INSURED_EVENT", "INFECTION", "VI", "2015-06-30");
        long c2 = claim(DemoData.POHJALA, k1, "DASH-C2", "2015-11-20", "2016-01-15", "SUBMITTED", "BEING_SPECIFIED", "PENDING", null);
        long c3 = claim(DemoData.POHJALA, k2, "DASH-C3", "2016-02-01", "2016-02-10", "NOT_INSURED_EVENT", "DEVICE_FAILURE", "II", "2016-03-11");
        long c4 = claim(DemoData.LAANEMERE, k3, "DASH-C4", "2016-05-05", "2016-05-20", "INSURED_EVENT", "INFECTION", "V", null);
        specialty(DemoData.POHJALA, c1, "GENERAL_SURGERY");
        specialty(DemoData.POHJALA, c3, "DENTISTRY");
        specialty(DemoData.LAANEMERE, c4, "GENERAL_SURGERY");
        money(DemoData.POHJALA, "payout", "paid_on, damage_type", c1, "2015-05-01", "TREATMENT_COSTS", "1000.00");
        money(DemoData.POHJALA, "payout", "paid_on, damage_type", c1, "2015-06-01", "NON_PECUNIARY", "20000.00");
        money(DemoData.LAANEMERE, "payout", "paid_on, damage_type", c4, "2016-06-01", "TREATMENT_COSTS", "500.00");
        money(DemoData.POHJALA, "reserve", "set_on, damage_type", c1, "2015-05-01", "TREATMENT_COSTS", "300.00");
        money(DemoData.POHJALA, "reserve", "set_on, damage_type", c1, "2015-06-01", "TREATMENT_COSTS", "100.00");
        money(DemoData.LAANEMERE, "reserve", "set_on, damage_type", c4, "2016-06-01", "TEMPORARY_INCAPACITY", "700.00");
        money(DemoData.POHJALA, "recovery", "received_on, recovery_type", c1, "2015-06-15", "DEDUCTIBLE", "-200.00");
        money(DemoData.LAANEMERE, "outstanding_recovery", "set_on, recovery_type", c4, "2016-06-01", "OTHER_INSURER", "400.00");
        money(DemoData.LAANEMERE, "outstanding_recovery", "set_on, recovery_type", c4, "2016-07-01", "OTHER_INSURER", "250.00");
        event(DemoData.POHJALA, c1, "DASH-C1", "CLAIM_CREATED", "2015-04-01", false, "INSURED_EVENT");
        event(DemoData.POHJALA, c2, "DASH-C2", "CLAIM_CREATED", "2016-01-15", false, "SUBMITTED");
        event(DemoData.POHJALA, c3, "DASH-C3", "CLAIM_CREATED", "2016-02-10", false, "SUBMITTED");
        event(DemoData.POHJALA, c3, "DASH-C3", "CLAIM_CHANGED", "2016-02-25", true, "NOT_INSURED_EVENT");
        event(DemoData.LAANEMERE, c4, "DASH-C4", "CLAIM_CREATED", "2016-05-20", false, "SUBMITTED");
        event(DemoData.LAANEMERE, c4, "DASH-C4", "CLAIM_CHANGED", "2016-06-19", true, "INSURED_EVENT");
    }

    private long contract(String insurer, String number, String policyholder, String start, String end) {
        return fixtures.asInsurer(insurer, connection -> {
            long id = insertReturningId(connection, "insert into contract (insurer_code, contract_number) values (?, ?)"
                    + " returning id", insurer, number);
            try (PreparedStatement version = connection.prepareStatement("insert into contract_version (contract_id,"
                    + " insurer_code, version_no, change_kind, change_date, policyholder_code, period_start, period_end,"
                    + " sum_per_event, sum_aggregate) values (?, ?, 1, 'CONCLUSION', ?, ?, ?, ?, 100000, 300000)")) {
                version.setLong(1, id);
                version.setString(2, insurer);
                version.setObject(3, LocalDate.parse(start).minusDays(10));
                version.setString(4, policyholder);
                version.setObject(5, LocalDate.parse(start));
                version.setObject(6, LocalDate.parse(end));
                version.executeUpdate();
            }
            return id;
        });
    }

    private long claim(String insurer, long contract, String number, String incident, String received, String status,
            String type, String severity, String finished) {
        return fixtures.asInsurer(insurer, connection -> insertReturningId(connection, "insert into claim (insurer_code,"
                + " claim_number, contract_id, received_date, incident_number, incident_date, status, incident_type,"
                + " severity, handling_finished, finished_date) values (?, ?, ?, ?::date, ?, ?::date, ?, ?, ?, ?, ?::date)"
                + " returning id", insurer, number, contract, received, "J-" + number, incident, status, type, severity,
                finished != null, finished));
    }

    /** Set by a change of the claim, as a later correction would be. */
    private void specialty(String insurer, long claim, String specialty) {
        fixtures.update(insurer, "update claim set specialty = ? where id = ?", specialty, claim);
    }

    private void money(String insurer, String table, String columns, long claim, String date, String type, String amount) {
        fixtures.update(insurer, "insert into " + table + " (insurer_code, claim_id, " + columns + ", amount)"
                + " values (?, ?, ?::date, ?, ?::numeric)", insurer, claim, date, type, amount);
    }

    /** A submission setting the claim's status; a decision also dates the claim, as ClaimService records it. */
    private void event(String insurer, long claim, String label, String action, String businessDate, boolean late,
            String status) {
        if (ClaimRules.STATUSES_DECIDED.contains(status)) {
            fixtures.update(insurer, "update claim set decided_on = least(decided_on, ?::date) where id = ?", businessDate,
                    claim);
        }
        fixtures.update(insurer, "insert into submission_event (insurer_code, record_type, record_id, record_label,"
                + " action, actor_username, actor_name, business_date, deadline, late, changes) values (?, 'CLAIM', ?,"
                + " ?, ?, 'fixture', 'Fixture', ?::date, ?::date + 1, ?, jsonb_build_array(jsonb_build_object("
                + "'field', 'status', 'before', null, 'after', ?)))", insurer, claim, label, action, businessDate,
                businessDate, late, status);
    }

    private static long insertReturningId(Connection connection, String sql, Object... params) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                insert.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
