package ee.tokvs.portal.access;

import static ee.tokvs.portal.testdata.DatabaseSessions.bind;
import static ee.tokvs.portal.testdata.DatabaseSessions.count;
import static ee.tokvs.portal.testdata.DatabaseSessions.strings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.tokvs.portal.demo.DemoData;
import ee.tokvs.portal.testdata.DatabaseSessions;
import ee.tokvs.portal.testdata.TenantRows;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The second wall, PostgreSQL's row-level security, holds on every table that carries {@code insurer_code}.
 * The tables come from the catalogue, so a table added later is attacked without anyone listing it here; its
 * rows come from {@link TenantRows}, and a tenant table left without rows of both insurers fails by name.
 *
 * <p>Every attack is plain SQL on a connection of its own, set up as the portal sets its pool's
 * ({@link RowLevelSecurity#setInsurer}), and rolled back whatever it managed. Each test collects the faults of
 * all tables, so one run names every table that leaks.
 */
@QuarkusTest
class EveryTenantTableTest {

    private static final String A = DemoData.POHJALA;
    private static final String B = DemoData.LAANEMERE;
    /** A session in which nobody ever set {@code tokvs.insurer}. */
    private static final String NEVER_SET = null;

    /** What the catalogue must find at least (V2–V8, V17); a table added later joins by itself. */
    private static final Set<String> AT_LEAST = Set.of("contract", "contract_version", "claim", "payout", "recovery",
            "reserve", "outstanding_recovery", "submission_event", "mandate", "upload", "upload_problem",
            "dash_contract", "dash_claim", "dash_claim_money", "dash_submission_day", "dash_cube", "dash_cube_money",
            "dash_cube_days");

    private static boolean seeded;

    @Inject
    TenantRows rows;

    @Inject
    DatabaseSessions sessions;

    /** A table or view with {@code insurer_code}; immutable when a trigger refuses every change of its rows. */
    record Relation(String name, boolean view, boolean rls, boolean forced, boolean immutable) {
    }

    /** How pg_policies shows tokvs_insurer() in a scalar subquery, an InitPlan evaluated once per query (V28). */
    private static final String ONCE_PER_QUERY = "( SELECT tokvs_insurer() AS tokvs_insurer)";

    @BeforeEach
    void rowsOfTwoInsurersInEveryTable() {
        if (!seeded) {
            rows.seed(A);
            rows.seed(B);
            seeded = true;
        }
    }

    @Test
    void everyTenantTableForcesPoliciesOnInsurerCode() throws SQLException {
        List<Relation> tables = tenant(r -> !r.view());
        assertTrue(tables.stream().map(Relation::name).collect(Collectors.toSet()).containsAll(AT_LEAST),
                "the catalogue query misses tables: " + tables);
        List<String> faults = new ArrayList<>();
        try (Connection c = connect(A)) {
            for (Relation t : tables) {
                if (!t.rls()) {
                    faults.add(t.name() + ": row-level security not enabled");
                }
                if (!t.forced()) {
                    faults.add(t.name() + ": row-level security not forced (the portal's role owns the tables)");
                }
                List<String[]> policies = strings(c, "select policyname, cmd, coalesce(qual, ''), coalesce(with_check, '')"
                        + " from pg_policies where schemaname = current_schema() and tablename = ?", t.name());
                if (policies.isEmpty()) {
                    faults.add(t.name() + ": no policy");
                }
                for (String[] p : policies) {
                    for (String expression : List.of(p[2], p[3])) {
                        if (!expression.isEmpty() && !(expression.contains("insurer_code")
                                && expression.contains("tokvs_insurer()"))) {
                            faults.add(t.name() + ": policy " + p[0] + " (" + p[1] + ") does not compare insurer_code"
                                    + " with tokvs_insurer(): " + expression);
                        }
                        if (expression.replace(ONCE_PER_QUERY, "").contains("tokvs_insurer()")) {
                            faults.add(t.name() + ": policy " + p[0] + " (" + p[1] + ") calls tokvs_insurer() for every"
                                    + " row, not once per query as " + ONCE_PER_QUERY + " (V28): " + expression);
                        }
                    }
                }
            }
            List<String[]> role = strings(c, "select rolsuper::text, rolbypassrls::text from pg_roles where rolname = current_user");
            assertEquals("false/false", role.get(0)[0] + "/" + role.get(0)[1], "the portal's role is superuser/bypasses RLS");
        }
        assertEquals(List.of(), faults);
    }

    @Test
    void anInsurerSeesNoRowOfAnother() throws SQLException {
        List<String> faults = new ArrayList<>();
        try (Connection c = connect(A)) {
            for (Relation r : seeded()) {
                long own = count(c, "select count(*) from " + q(r.name()) + " where insurer_code = ?", A);
                long others = count(c, "select count(*) from " + q(r.name()) + " where insurer_code is distinct from ?", A);
                if (own == 0) {
                    faults.add(r.name() + ": its insurer does not see its own rows");
                }
                if (others > 0) {
                    faults.add(r.name() + ": insurer " + A + " sees " + others + " rows of other insurers");
                }
            }
        }
        assertEquals(List.of(), faults);
    }

    @Test
    void anInsurerChangesAndDeletesNoRowOfAnother() throws SQLException {
        List<String> faults = new ArrayList<>();
        try (Connection c = connect(A)) {
            for (Relation t : seededTables()) {
                expectNoRows(faults, t, "update", attempt(c, "update " + q(t.name())
                        + " set insurer_code = insurer_code where insurer_code = ?", B));
                expectNoRows(faults, t, "delete", attempt(c, "delete from " + q(t.name()) + " where insurer_code = ?", B));
            }
        }
        assertEquals(List.of(), faults);
    }

    @Test
    void anInsurerWritesNoRowInAnothersName() throws SQLException {
        List<String> faults = new ArrayList<>();
        try (Connection c = connect(A)) {
            for (Relation t : seededTables()) {
                expectRefused(faults, t, "insert as " + A + " of a row of " + B, attempt(c, insertCopy(c, t.name()),
                        rowOf(t.name(), A), B));
                Outcome move = attempt(c, "update " + q(t.name()) + " set insurer_code = ? where ctid ="
                        + " (select ctid from " + q(t.name()) + " where insurer_code = ? limit 1)", B, A);
                if (!(t.immutable() && move.refusedAsImmutable())) {
                    expectRefused(faults, t, "update of an own row into " + B + "'s", move);
                }
            }
        }
        assertEquals(List.of(), faults);
    }

    @Test
    void terviseametReadsEveryInsurerAndWritesNothing() throws SQLException {
        List<String> faults = new ArrayList<>();
        try (Connection c = connect(ActingInsurer.ALL_READ_ONLY)) {
            for (Relation r : seeded()) {
                for (String insurer : List.of(A, B)) {
                    if (count(c, "select count(*) from " + q(r.name()) + " where insurer_code = ?", insurer) == 0) {
                        faults.add(r.name() + ": Terviseamet does not see the rows of " + insurer);
                    }
                }
                if (r.view()) {
                    continue;
                }
                expectNoRows(faults, r, "update", attempt(c, "update " + q(r.name())
                        + " set insurer_code = insurer_code where insurer_code in (?, ?)", A, B));
                expectNoRows(faults, r, "delete", attempt(c, "delete from " + q(r.name())
                        + " where insurer_code in (?, ?)", A, B));
                for (String label : List.of(A, ActingInsurer.ALL_READ_ONLY)) {
                    expectRefused(faults, r, "insert as Terviseamet of a row labelled '" + label + "'",
                            attempt(c, insertCopy(c, r.name()), rowOf(r.name(), A), label));
                }
            }
        }
        assertEquals(List.of(), faults);
    }

    @Test
    void aConnectionActingForNobodyReadsAndWritesNothing() throws SQLException {
        List<String> faults = new ArrayList<>();
        for (String nobody : new String[] {ActingInsurer.NOBODY, NEVER_SET}) {
            String who = nobody == null ? "a session that never set tokvs.insurer" : "a session acting for nobody";
            try (Connection c = connect(nobody)) {
                for (Relation r : seeded()) {
                    long seen = count(c, "select count(*) from " + q(r.name()));
                    if (seen > 0) {
                        faults.add(r.name() + ": " + who + " sees " + seen + " rows");
                    }
                    if (r.view()) {
                        continue;
                    }
                    expectNoRows(faults, r, "update by " + who, attempt(c, "update " + q(r.name())
                            + " set insurer_code = insurer_code where insurer_code in (?, ?)", A, B));
                    expectNoRows(faults, r, "delete by " + who, attempt(c, "delete from " + q(r.name())
                            + " where insurer_code in (?, ?)", A, B));
                    for (String label : List.of(A, ActingInsurer.NOBODY)) {
                        expectRefused(faults, r, "insert by " + who + " of a row labelled '" + label + "'",
                                attempt(c, insertCopy(c, r.name()), rowOf(r.name(), A), label));
                    }
                }
            }
        }
        assertEquals(List.of(), faults);
    }

    // --- the catalogue

    private List<Relation> tenant(Predicate<Relation> filter) throws SQLException {
        List<Relation> result = new ArrayList<>();
        try (Connection c = connect(ActingInsurer.NOBODY);
                PreparedStatement s = c.prepareStatement("select c.relname, c.relkind = 'v', c.relrowsecurity,"
                        + " c.relforcerowsecurity, exists (select 1 from pg_trigger g join pg_proc p on p.oid = g.tgfoid"
                        + " where g.tgrelid = c.oid and p.proname = 'forbid_change')"
                        + " from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                        + " join pg_attribute a on a.attrelid = c.oid and a.attname = 'insurer_code' and not a.attisdropped"
                        + " where n.nspname = current_schema() and c.relkind in ('r', 'p', 'f', 'm', 'v')"
                        + " order by c.relname");
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                Relation r = new Relation(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3), rs.getBoolean(4),
                        rs.getBoolean(5));
                if (filter.test(r)) {
                    result.add(r);
                }
            }
        }
        return result;
    }

    /** Every tenant table and view, once each is known to hold rows of both insurers (else the attack proves nothing). */
    private List<Relation> seeded() throws SQLException {
        List<Relation> all = tenant(r -> true);
        List<String> empty = new ArrayList<>();
        try (Connection c = connect(ActingInsurer.ALL_READ_ONLY)) {
            for (Relation r : all) {
                for (String insurer : List.of(A, B)) {
                    if (count(c, "select count(*) from " + q(r.name()) + " where insurer_code = ?", insurer) == 0) {
                        empty.add(r.name() + " has no row of " + insurer);
                    }
                }
            }
        }
        assertEquals(List.of(), empty, "give every tenant table a row in TenantRows");
        assertFalse(all.isEmpty());
        return all;
    }

    private List<Relation> seededTables() throws SQLException {
        return seeded().stream().filter(r -> !r.view()).toList();
    }

    // --- attacks

    /** What a statement did: rows touched, or the error it was refused with. */
    record Outcome(int rows, SQLException error) {

        boolean refusedByRowLevelSecurity() {
            return error != null && "42501".equals(error.getSQLState()) && error.getMessage().contains("row-level security");
        }

        /** A table the portal's role may only read (the §4 query log, written by its function alone). */
        boolean refusedByPrivilege() {
            return error != null && "42501".equals(error.getSQLState()) && error.getMessage().contains("permission denied for table");
        }

        boolean refusedAsImmutable() {
            return error != null && error.getMessage().contains("rows are immutable");
        }

        @Override
        public String toString() {
            return error == null ? rows + " rows" : error.getSQLState() + " " + error.getMessage().lines().findFirst().orElse("");
        }
    }

    private static Outcome attempt(Connection c, String sql, Object... params) throws SQLException {
        c.setAutoCommit(false);
        try (PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            return new Outcome(s.executeUpdate(), null);
        } catch (SQLException e) {
            return new Outcome(0, e);
        } finally {
            c.rollback();
            c.setAutoCommit(true);
        }
    }

    private static void expectNoRows(List<String> faults, Relation t, String what, Outcome outcome) {
        if ((outcome.error() != null && !outcome.refusedByPrivilege()) || outcome.rows() != 0) {
            faults.add(t.name() + ": " + what + " of another's rows reached them: " + outcome);
        }
    }

    private static void expectRefused(List<String> faults, Relation t, String what, Outcome outcome) {
        if (!outcome.refusedByRowLevelSecurity() && !outcome.refusedByPrivilege()) {
            faults.add(t.name() + ": " + what + " was not refused by row-level security: " + outcome);
        }
    }

    /** An insert of one row given as JSON, with insurer_code replaced; every column that may be written is copied. */
    private static String insertCopy(Connection c, String table) throws SQLException {
        String columns = strings(c, "select attname from pg_attribute where attrelid = ?::regclass and attnum > 0"
                + " and not attisdropped and attidentity <> 'a' and attgenerated = '' order by attnum", table)
                .stream().map(column -> q(column[0])).collect(Collectors.joining(", "));
        return "insert into " + q(table) + " (" + columns + ") select " + columns + " from jsonb_populate_record(null::"
                + q(table) + ", ?::jsonb || jsonb_build_object('insurer_code', ?::text))";
    }

    /** One row of the insurer, as JSON, read the way Terviseamet reads. */
    private String rowOf(String table, String insurer) throws SQLException {
        try (Connection c = connect(ActingInsurer.ALL_READ_ONLY)) {
            return strings(c, "select to_jsonb(t)::text from " + q(table) + " t where insurer_code = ? limit 1", insurer)
                    .get(0)[0];
        }
    }

    // --- plain JDBC, outside the portal's pools, so no attack leaves anything on a connection the portal uses

    private Connection connect(String tenant) throws SQLException {
        return sessions.asPortal(tenant);
    }

    private static String q(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
