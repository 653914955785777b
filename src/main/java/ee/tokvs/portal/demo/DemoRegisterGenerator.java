package ee.tokvs.portal.demo;

import ee.tokvs.portal.access.RowLevelSecurity;
import ee.tokvs.portal.shared.time.WorkingDays;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Realistic demo register data in bulk, for {@code ./portal run} and benchmarks: about 1,500 healthcare
 * providers, a few thousand contracts and any number of claims with their payouts, recoveries, reserves,
 * outstanding recoveries and submission events.
 *
 * <p>Deterministic for a seed (and the day it runs on). Rows go in with PostgreSQL COPY, one insurer per
 * transaction on a connection acting for that insurer (row-level security), claims in chunks so memory
 * stays bounded at a million claims. Ids are not allocated up front: a chunk is copied without ids and
 * read back by its numbers through the (insurer_code, number) unique index.
 *
 * <p>The steps, each in a file of its own: {@link DemoProviders} and {@link DemoInsurer} (who), {@link
 * ContractPlanner} (their contracts), {@link ClaimMaker} and {@link ClaimMoney} (claims and their money, with
 * the code frequencies of {@link CodeTables}), {@link InsurerWriter} and {@link SubmissionEvents} (rows and their
 * events, through {@link Staging}'s COPY).
 *
 * <p>Safe to run again: providers already present are kept, and an insurer that already has generated
 * contracts is left alone, so a second run writes nothing and a run that failed half-way completes the rest.
 */
@ApplicationScoped
public class DemoRegisterGenerator {

    private static final Logger LOG = Logger.getLogger(DemoRegisterGenerator.class);

    /** Generated providers' registry codes lie here, clear of the hand-made demo codes (1000xxxx, 9000xxxx). */
    public static final String PROVIDER_CODE_FROM = "80000000";
    public static final String PROVIDER_CODE_TO = "89999999";
    public static final int PROVIDERS = 1_500;

    /** TOKVS is in force from this day; the register holds nothing insured under it earlier. */
    static final LocalDate LAW_IN_FORCE = LocalDate.of(2024, 11, 1);

    private static final int CHUNK = 25_000;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Clock clock;

    /** What one call wrote; all zero when everything was already there. */
    public record Summary(long providers, long contracts, long contractVersions, long claims, long payouts,
            long recoveries, long reserves, long outstandingRecoveries, long submissionEvents, long lateEvents) {

        static final Summary NONE = new Summary(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

        Summary plus(Summary o) {
            return new Summary(providers + o.providers, contracts + o.contracts, contractVersions + o.contractVersions,
                    claims + o.claims, payouts + o.payouts, recoveries + o.recoveries, reserves + o.reserves,
                    outstandingRecoveries + o.outstandingRecoveries, submissionEvents + o.submissionEvents,
                    lateEvents + o.lateEvents);
        }

        public boolean isEmpty() {
            return equals(NONE);
        }
    }

    /**
     * Generates about {@code claims} claims spread over the active insurers. Runs outside any caller's
     * transaction (each insurer commits on its own), so the insurers must already be committed.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Summary generate(int claims, long seed) {
        return generate(dataSource, clock.instant(), claims, seed);
    }

    Summary generate(DataSource source, Instant now, int claims, long seed) {
        if (claims < 0) {
            throw new IllegalArgumentException("claims must not be negative: " + claims);
        }
        long started = System.nanoTime();
        LocalDate today = LocalDate.ofInstant(now, WorkingDays.TALLINN);
        if (today.isBefore(LAW_IN_FORCE.plusDays(7))) {
            throw new IllegalStateException("demo register data needs today to be after " + LAW_IN_FORCE);
        }
        SplittableRandom random = new SplittableRandom(seed);
        SplittableRandom providerRandom = random.split();
        SplittableRandom contractRandom = random.split();
        try {
            CodeTables tables;
            List<DemoProviders.Provider> providers;
            List<DemoInsurer> insurers;
            long providersAdded;
            try (Connection connection = source.getConnection()) {
                tables = CodeTables.load(connection);
                providersAdded = DemoProviders.insert(connection, providerRandom);
                providers = DemoProviders.load(connection);
                insurers = DemoInsurer.active(connection);
            }
            if (providers.isEmpty() || insurers.isEmpty()) {
                LOG.warnf("No demo register data generated: %d providers, %d active insurers", providers.size(), insurers.size());
                return new Summary(providersAdded, 0, 0, 0, 0, 0, 0, 0, 0, 0);
            }
            WorkCalendar calendar = new WorkCalendar(today, now);
            List<List<PlannedContract>> contractsByInsurer = ContractPlanner.plan(providers, insurers, calendar, contractRandom);
            int[] claimsByInsurer = ContractPlanner.shareClaims(claims, contractsByInsurer, calendar);
            Summary total = new Summary(providersAdded, 0, 0, 0, 0, 0, 0, 0, 0, 0);
            for (int i = 0; i < insurers.size(); i++) {
                SplittableRandom insurerRandom = random.split();
                total = total.plus(generateFor(source, insurers.get(i), contractsByInsurer.get(i), claimsByInsurer[i],
                        calendar, tables, insurerRandom));
            }
            if (!total.isEmpty()) {
                analyze(source);
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (total.isEmpty()) {
                LOG.infof("Demo register data already in place (checked in %d ms)", millis);
            } else {
                LOG.infof("Generated demo register data in %d ms: %s", millis, total);
            }
            return total;
        } catch (SQLException e) {
            throw new IllegalStateException("generating demo register data failed", e);
        }
    }

    /** One insurer's contracts and claims in one transaction, as that insurer (row-level security). */
    private Summary generateFor(DataSource source, DemoInsurer insurer, List<PlannedContract> contracts, int claims,
            WorkCalendar calendar, CodeTables tables, SplittableRandom random) throws SQLException {
        long started = System.nanoTime();
        try (Connection connection = source.getConnection()) {
            RowLevelSecurity.setInsurer(connection, insurer.code());
            connection.setAutoCommit(false);
            try {
                if (alreadyGenerated(connection, insurer.code())) {
                    connection.rollback();
                    return Summary.NONE;
                }
                InsurerWriter writer = new InsurerWriter(connection, insurer, calendar, random.split());
                writer.writeContracts(contracts);
                ClaimMaker maker = new ClaimMaker(insurer, contracts, calendar, tables, claims, random.split());
                while (maker.hasNext()) {
                    writer.writeClaims(maker.nextChunk(CHUNK));
                }
                connection.commit();
                Summary summary = new Summary(0, contracts.size(), writer.versions, writer.claims, writer.payouts,
                        writer.recoveries, writer.reserves, writer.outstanding, writer.events.written, writer.events.late);
                LOG.infof("Demo register for insurer %s written in %d ms: %s", insurer.code(),
                        (System.nanoTime() - started) / 1_000_000, summary);
                return summary;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private static boolean alreadyGenerated(Connection connection, String insurerCode) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select exists (select 1 from contract_version"
                + " where insurer_code = ? and policyholder_code between ? and ?)")) {
            select.setString(1, insurerCode);
            select.setString(2, PROVIDER_CODE_FROM);
            select.setString(3, PROVIDER_CODE_TO);
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /**
     * Fresh statistics after a bulk load, as after any COPY: without them the planner takes the new tables for
     * nearly empty and plans the dashboards' aggregates as if they were. The owner's function (V15): the portal's
     * role owns no table, and ANALYZE skips another role's.
     */
    private static void analyze(DataSource source) throws SQLException {
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("select analyze_register()");
        }
    }
}
