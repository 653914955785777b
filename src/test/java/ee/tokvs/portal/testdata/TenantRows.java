package ee.tokvs.portal.testdata;

import static ee.tokvs.portal.testdata.MoneyRowBuilder.aPayout;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.aRecovery;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.anOutstandingRecovery;
import static ee.tokvs.portal.testdata.MoneyRowBuilder.aReserve;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * At least one row in every table that carries {@code insurer_code}, for one insurer: a contract with its
 * version, a claim with each kind of money, a submission event, a mandate, an upload with a problem and its last
 * progress, an API call kept by its key, a §4 question in the query log, a follow-up with an opt-in to the worklist's
 * mail and a morning mailed; the dashboards' summaries (dash_*) follow from the register by their triggers. A table
 * added later gets its row here: {@code EveryTenantTableTest} names any tenant table this leaves empty.
 *
 * <p>Everything is dated in the past (the mandate ended in 2015, the upload was refused), so the rows change
 * nothing another test or a demo account relies on. The register's rows are saved as the insurer's staff would
 * ({@link Register}); the rest is plain SQL, each for the reason given at it.
 */
@ApplicationScoped
public class TenantRows {

    /** A representative company of these rows' own, so their mandates reach no demo account. */
    public static final String REPRESENTATIVE = "19970008";

    @Inject
    RegisterFixtures fixtures;

    @Inject
    Register register;

    public void seed(String insurer) {
        fixtures.representativeCompany(REPRESENTATIVE, "Kõigi Tabelite Esindaja OÜ");
        // A claim with each kind of money; their submissions are the submission events.
        long claim = register.claim(insurer).id();
        register.add(insurer, claim, aPayout().amount("100"));
        register.add(insurer, claim, aReserve().amount("200"));
        register.add(insurer, claim, aRecovery().date("2025-08-01").amount("-50"));
        register.add(insurer, claim, anOutstandingRecovery().date("2025-08-01").amount("70"));
        // Its handling finished, so the days' histogram of the dashboards' cube (V17) has a row too.
        fixtures.update(insurer, "update claim set handling_finished = true, finished_date = received_date + 10"
                + " where id = ?", claim);
        // A mandate that ended in 2015, which the mandate service would refuse to grant today.
        fixtures.update(insurer, "insert into mandate (insurer_code, representative_code, may_submit, may_query,"
                + " valid_from, valid_to, granted_by) values (?, ?, true, true, '2015-01-01', '2015-12-31', 'fixture')",
                insurer, REPRESENTATIVE);
        // An upload row without a job behind it, refused, with its problem.
        long upload = fixtures.upload(insurer, "REFUSED", "all-tables.csv");
        fixtures.update(insurer, "insert into upload_problem (upload_id, insurer_code, level, message_key)"
                + " values (?, ?, 'ERROR', 'upload_interrupted')", upload, insurer);
        // and the progress its job last wrote, long silent (V26): no instance's sweep takes a refused upload
        fixtures.update(insurer, "insert into upload_progress (upload_id, insurer_code, rows_done, rows_total,"
                + " heartbeat_at) values (?, ?, 1, 1, timestamptz '2015-01-01 00:00:00+00')", upload, insurer);
        // An API call kept by its idempotency key: only a call over HTTP keeps one, so it is written as one would be.
        fixtures.update(insurer, "insert into api_call (insurer_code, idempotency_key, request_sha256, operation, client,"
                + " status, response) values (?, gen_random_uuid()::text, repeat('0', 64), 'contract.conclude', 'fixture',"
                + " 201, '{}')", insurer);
        // A follow-up long overdue (the service takes no past day), an opt-in to the worklist's mail at an address no
        // one reads (the login's address is the token's, which a fixture has none of), and a morning of 2015 mailed.
        fixtures.update(insurer, "insert into claim_follow_up (claim_id, insurer_code, follow_up_on, note, set_by)"
                + " values (?, ?, '2015-01-05', 'fixture', 'fixture')", claim, insurer);
        fixtures.update(insurer, "insert into worklist_subscription (insurer_code, username, display_name, role, org_alias,"
                + " email, language) values (?, 'fixture.all-tables', 'Fixture', 'INSURER_STAFF', 'fixture',"
                + " 'fixture@all-tables.example', 'et')", insurer);
        fixtures.update(insurer, "insert into worklist_mail_sent (insurer_code, username, day, mailed)"
                + " values (?, 'fixture.all-tables', '2015-01-05', true)", insurer);
        // A §4 question: only the query function writes its log, for the connection's insurer (V16).
        fixtures.count(insurer, "select count(*) from section4_profile_statistics('DENTAL_CARE', 'fixture', 'Fixture',"
                + " null, 'PAGE', null)");
    }
}
