package ee.tokvs.portal.bench;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The benchmarks at scale (dashboards, §4 queries, open statistics): the demo generator fills a fresh test database
 * with the register; with {@code -Dbench.reuse=true} ({@code TOKVS_BENCH_REUSE=1 ./portal bench …}) a register
 * already generated there is kept and only migrated (the generator runs once per database).
 */
public class DashboardBenchProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("tokvs.demo.claims", System.getProperty("bench.claims", "1000000"),
                "quarkus.flyway.clean-at-start", String.valueOf(!Boolean.getBoolean("bench.reuse")));
    }

    /**
     * After the generator's bulk load, the summaries and the cube are vacuumed and analysed, as autovacuum would within
     * minutes: the period's end days are read by index alone, which needs the pages marked all-visible (unvacuumed,
     * a cut month's view took twice as long).
     */
    static void vacuumAfterBulkLoad(java.sql.Connection owner) throws java.sql.SQLException {
        try (java.sql.Statement statement = owner.createStatement()) {
            statement.execute("vacuum analyze dash_claim, dash_claim_money, dash_contract, dash_submission_day, dash_cube,"
                    + " dash_cube_money, dash_cube_money_type, dash_cube_dim, dash_cube_day, dash_cube_days");
        }
    }
}
