package ee.tokvs.portal.testdata;

import ee.tokvs.portal.access.ActingInsurer;
import ee.tokvs.portal.demo.DemoData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * At least one row in every table that carries {@code insurer_code}, for one insurer: a contract with its
 * version, a claim with each kind of money, a submission event, a mandate and an upload with a problem; the
 * dashboards' summaries (dash_*) follow from the register by their triggers. A table added later gets its row
 * here: {@code EveryTenantTableTest} names any tenant table this leaves empty.
 *
 * <p>Everything is dated in the past (the mandate ended in 2015, the upload was refused), so the rows change
 * nothing another test or a demo account relies on.
 */
@ApplicationScoped
public class TenantRows {

    /** A representative company of these rows' own, so their mandates reach no demo account. */
    public static final String REPRESENTATIVE = "19970008";

    @Inject
    RegisterFixtures fixtures;

    public void seed(String insurer) {
        fixtures.update(ActingInsurer.NOBODY, "insert into representative_company (registry_code, name)"
                + " values (?, 'Kõigi Tabelite Esindaja OÜ') on conflict (registry_code) do nothing", REPRESENTATIVE);
        long contract = fixtures.contract(insurer, RegisterFixtures.unique("ALL"), DemoData.PROVIDER_FAMILY);
        long claim = fixtures.claim(insurer, contract, RegisterFixtures.unique("ALL"));
        fixtures.update(insurer, "insert into payout (insurer_code, claim_id, paid_on, damage_type, amount)"
                + " values (?, ?, '2025-07-01', 'TREATMENT_COSTS', 100)", insurer, claim);
        fixtures.update(insurer, "insert into reserve (insurer_code, claim_id, set_on, damage_type, amount)"
                + " values (?, ?, '2025-07-01', 'TREATMENT_COSTS', 200)", insurer, claim);
        fixtures.update(insurer, "insert into recovery (insurer_code, claim_id, received_on, recovery_type, amount)"
                + " values (?, ?, '2025-08-01', 'DEDUCTIBLE', -50)", insurer, claim);
        fixtures.update(insurer, "insert into outstanding_recovery (insurer_code, claim_id, set_on, recovery_type, amount)"
                + " values (?, ?, '2025-08-01', 'OTHER_INSURER', 70)", insurer, claim);
        fixtures.update(insurer, "insert into submission_event (insurer_code, record_type, record_id, record_label,"
                + " action, actor_username, actor_name, business_date, deadline, late, changes) values (?, 'CLAIM', ?,"
                + " 'ALL', 'CLAIM_CREATED', 'fixture', 'Fixture', '2025-06-10', '2025-06-11', false, '[]')", insurer, claim);
        fixtures.update(insurer, "insert into mandate (insurer_code, representative_code, may_submit, may_query,"
                + " valid_from, valid_to, granted_by) values (?, ?, true, true, '2015-01-01', '2015-12-31', 'fixture')",
                insurer, REPRESENTATIVE);
        fixtures.asInsurer(insurer, connection -> {
            long upload;
            try (var insert = connection.prepareStatement("insert into upload (insurer_code, kind, file_name, file_size,"
                    + " file_sha256, accept_warnings, status, uploaded_by, uploaded_by_name, finished_at)"
                    + " values (?, 'CLAIMS', 'all-tables.csv', 1, repeat('0', 64), false, 'REFUSED', 'fixture',"
                    + " 'Fixture', now()) returning id")) {
                insert.setString(1, insurer);
                try (var rs = insert.executeQuery()) {
                    rs.next();
                    upload = rs.getLong(1);
                }
            }
            try (var problem = connection.prepareStatement("insert into upload_problem (upload_id, insurer_code,"
                    + " level, message_key) values (?, ?, 'ERROR', 'upload_interrupted')")) {
                problem.setLong(1, upload);
                problem.setString(2, insurer);
                return problem.executeUpdate();
            }
        });
    }
}
