package ee.tokvs.portal.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The demo register is a function of its seed and its day: planning the same providers and insurers twice
 * from one seed gives the same contracts, claims and money, line for line. Planned in memory over the
 * database's code lists, so nothing is written and the rows other tests add do not matter.
 */
@QuarkusTest
class DemoRegisterPlanTest {

    private static final String[] PROFILES = {"DENTAL_CARE", "FAMILY_MEDICINE", "LARGE_HOSPITAL", "NURSING_CARE",
        "SPECIALIST_OUTPATIENT", "EMERGENCY_MEDICAL", "GENERAL_HOSPITAL", "REHABILITATION", "OTHER_PROVIDER"};

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theSameSeedPlansTheSameRegister() throws SQLException {
        CodeTables tables;
        try (Connection connection = dataSource.getConnection()) {
            tables = CodeTables.load(connection);
        }

        List<String> first = plan(tables, 42);
        List<String> again = plan(tables, 42);

        assertTrue(first.size() > 400, "contracts and 400 claims: " + first.size());
        assertEquals(first, again);
        assertNotEquals(first, plan(tables, 43));
    }

    /** Every planned contract and claim with its money, one line each, in the order they would be written. */
    private static List<String> plan(CodeTables tables, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<DemoProviders.Provider> providers = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            String profile = PROFILES[i % PROFILES.length];
            providers.add(new DemoProviders.Provider(String.format("8%07d", i), profile, profile.endsWith("HOSPITAL") ? 30 : 1));
        }
        List<DemoInsurer> insurers = List.of(new DemoInsurer("10000018", "PK", "pohjala.staff", "Kati Kask"),
                new DemoInsurer("10000024", "LK", "laanemere.staff", "Liis Lepp"));
        WorkCalendar calendar = new WorkCalendar(LocalDate.of(2026, 6, 15), Instant.parse("2026-06-15T09:30:00Z"));
        List<List<PlannedContract>> contracts = ContractPlanner.plan(providers, insurers, calendar, random.split());
        int[] claims = ContractPlanner.shareClaims(400, contracts, calendar);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < insurers.size(); i++) {
            for (PlannedContract c : contracts.get(i)) {
                lines.add(c.number + " " + c.provider.code() + " " + c.first + " " + c.second);
            }
            ClaimMaker maker = new ClaimMaker(insurers.get(i), contracts.get(i), calendar, tables, claims[i], random.split());
            while (maker.hasNext()) {
                for (PlannedClaim c : maker.nextChunk(50)) {
                    lines.add(String.join(" ", c.number, c.contract.number, c.incidentNumber, String.valueOf(c.incident),
                            String.valueOf(c.received), c.status, c.incidentType, c.severity, c.specialty, c.competence,
                            String.valueOf(c.decided), String.valueOf(c.finished), c.payouts.toString(),
                            c.recoveries.toString(), c.reserves.toString(), c.outstanding.toString()));
                }
            }
        }
        return lines;
    }
}
