package ee.tokvs.portal.demo;

import ee.tokvs.portal.access.RowLevelSecurity;
import ee.tokvs.portal.audit.WorkingDays;
import ee.tokvs.portal.reference.RegistryCode;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

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
    private static final double LATE_SHARE = 0.07;
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx");

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
            Tables tables;
            List<Provider> providers;
            List<InsurerRef> insurers;
            long providersAdded;
            try (Connection connection = source.getConnection()) {
                tables = new Tables(activeCodes(connection));
                providersAdded = insertProviders(connection, providerRandom);
                providers = loadProviders(connection);
                insurers = activeInsurers(connection);
            }
            if (providers.isEmpty() || insurers.isEmpty()) {
                LOG.warnf("No demo register data generated: %d providers, %d active insurers", providers.size(), insurers.size());
                return new Summary(providersAdded, 0, 0, 0, 0, 0, 0, 0, 0, 0);
            }
            WorkCalendar calendar = new WorkCalendar(today, now);
            List<List<PlannedContract>> contractsByInsurer = planContracts(providers, insurers, calendar, contractRandom);
            int[] claimsByInsurer = shareClaims(claims, contractsByInsurer, calendar);
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

    // ---- reference data ----------------------------------------------------------------------------------

    private static Map<String, Set<String>> activeCodes(Connection connection) throws SQLException {
        Map<String, Set<String>> codes = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select list, code from code_list_entry where retired_on is null");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                codes.computeIfAbsent(rs.getString(1), list -> new HashSet<>()).add(rs.getString(2));
            }
        }
        return codes;
    }

    private record Provider(String code, String riskProfile, double claimWeight) {
    }

    private record InsurerRef(String code, String prefix, String actorUsername, String actorName) {
    }

    /** Providers per risk profile: many family doctors and dentists, few hospitals (per 100). */
    private static final Map<String, Double> PROFILE_MIX = linked(
            "DENTAL_CARE", 35.0, "FAMILY_MEDICINE", 30.0, "SPECIALIST_OUTPATIENT", 15.0, "OTHER_PROVIDER", 7.0,
            "NURSING_CARE", 5.0, "REHABILITATION", 5.0, "GENERAL_HOSPITAL", 1.6, "EMERGENCY_MEDICAL", 0.8,
            "LARGE_HOSPITAL", 0.6);

    /** Relative number of claims per insured day: a large hospital sees far more incidents than a dentist. */
    private static final Map<String, Double> CLAIM_WEIGHT = linked(
            "LARGE_HOSPITAL", 60.0, "GENERAL_HOSPITAL", 15.0, "EMERGENCY_MEDICAL", 6.0, "SPECIALIST_OUTPATIENT", 1.5,
            "DENTAL_CARE", 1.2, "FAMILY_MEDICINE", 1.0, "NURSING_CARE", 1.0, "REHABILITATION", 0.6,
            "OTHER_PROVIDER", 0.4);

    private static final double MAX_CLAIM_WEIGHT = 60.0;

    private static long insertProviders(Connection connection, SplittableRandom random) throws SQLException {
        List<String> profiles = new ArrayList<>();
        double total = PROFILE_MIX.values().stream().mapToDouble(Double::doubleValue).sum();
        for (Map.Entry<String, Double> e : PROFILE_MIX.entrySet()) {
            long n = Math.round(PROVIDERS * e.getValue() / total);
            for (int i = 0; i < n && profiles.size() < PROVIDERS; i++) {
                profiles.add(e.getKey());
            }
        }
        while (profiles.size() < PROVIDERS) {
            profiles.add("FAMILY_MEDICINE");
        }
        shuffle(profiles, random);
        String[] codes = new String[PROVIDERS];
        String[] names = new String[PROVIDERS];
        String[] riskProfiles = profiles.toArray(String[]::new);
        Set<String> taken = existingNames(connection);
        for (int i = 0; i < PROVIDERS; i++) {
            String seven = Integer.toString(Integer.parseInt(PROVIDER_CODE_FROM.substring(0, 7)) + i);
            codes[i] = seven + RegistryCode.checkDigit(seven);
            names[i] = ProviderNames.unique(riskProfiles[i], random, taken);
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into healthcare_provider"
                + " (registry_code, name, risk_profile, known)"
                + " select code, name, profile, true from unnest(?::text[], ?::text[], ?::text[]) as p (code, name, profile)"
                + " on conflict (registry_code) do nothing")) {
            insert.setArray(1, connection.createArrayOf("text", codes));
            insert.setArray(2, connection.createArrayOf("text", names));
            insert.setArray(3, connection.createArrayOf("text", riskProfiles));
            return insert.executeUpdate();
        }
    }

    private static Set<String> existingNames(Connection connection) throws SQLException {
        Set<String> names = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement("select name from healthcare_provider where name is not null");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static List<Provider> loadProviders(Connection connection) throws SQLException {
        List<Provider> providers = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select registry_code, risk_profile"
                + " from healthcare_provider where registry_code between ? and ? and known order by registry_code")) {
            select.setString(1, PROVIDER_CODE_FROM);
            select.setString(2, PROVIDER_CODE_TO);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    String profile = rs.getString(2);
                    providers.add(new Provider(rs.getString(1), profile, CLAIM_WEIGHT.getOrDefault(profile, 1.0)));
                }
            }
        }
        return providers;
    }

    private static List<InsurerRef> activeInsurers(Connection connection) throws SQLException {
        List<InsurerRef> insurers = new ArrayList<>();
        Set<String> prefixes = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select registry_code, name from insurer where licence_status = 'ACTIVE' order by registry_code");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                String code = rs.getString(1);
                String prefix = prefix(rs.getString(2), code);
                for (int n = 2; !prefixes.add(prefix); n++) {
                    prefix = prefix.replaceAll("\\d+$", "") + n;
                }
                insurers.add(switch (code) {
                    case DemoData.POHJALA -> new InsurerRef(code, prefix, "pohjala.staff", "Kati Kask");
                    case DemoData.LAANEMERE -> new InsurerRef(code, prefix, "laanemere.staff", "Liis Lepp");
                    default -> new InsurerRef(code, prefix, "demo.loader", "Demoandmed");
                });
            }
        }
        return insurers;
    }

    /** The insurer's initials for its numbers: "Põhjala Kindlustus AS" numbers its contracts PK-…. */
    static String prefix(String name, String registryCode) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("[^A-Za-z ]", "");
        StringBuilder initials = new StringBuilder();
        for (String word : ascii.trim().split("\\s+")) {
            if (!word.isEmpty() && !Set.of("AS", "OU", "SE", "AB", "SA", "TU").contains(word.toUpperCase(Locale.ROOT))
                    && initials.length() < 2) {
                initials.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return initials.isEmpty() ? "D" + registryCode.substring(5) : initials.toString();
    }

    // ---- contracts ---------------------------------------------------------------------------------------

    /** Insured sums, per event and aggregate per period, in euros. */
    private static final long[][] SUM_TIERS = {{100_000, 300_000}, {250_000, 750_000}, {500_000, 2_000_000}};

    private record Version(int no, String kind, LocalDate changeDate, LocalDate start, LocalDate end, int tier,
            long aggregate) {

        long perEvent() {
            return SUM_TIERS[tier][0];
        }
    }

    private static final class PlannedContract {
        final Provider provider;
        final Version first;
        Version second;
        String number;
        long id;

        PlannedContract(Provider provider, Version first) {
            this.provider = provider;
            this.first = first;
        }

        Version current() {
            return second == null ? first : second;
        }
    }

    /**
     * Each provider holds a chain of (mostly) yearly contracts from its first start until the next one would
     * be concluded after today; now and then it moves to another insurer at renewal. The first provider of
     * each insurer is insured from the day the law came into force, so every day has a contract to claim under.
     */
    private static List<List<PlannedContract>> planContracts(List<Provider> providers, List<InsurerRef> insurers,
            WorkCalendar calendar, SplittableRandom random) {
        double[] share = new double[insurers.size()];
        for (int i = 0; i < share.length; i++) {
            share[i] = 1.0 / (i + 1);
        }
        List<List<PlannedContract>> byInsurer = new ArrayList<>();
        insurers.forEach(i -> byInsurer.add(new ArrayList<>()));
        for (int p = 0; p < providers.size(); p++) {
            Provider provider = providers.get(p);
            boolean anchor = p < insurers.size();
            int insurer = anchor ? p : pick(share, random);
            LocalDate start = anchor ? LAW_IN_FORCE : firstStart(calendar.today, random);
            int tier = tierFor(provider.riskProfile(), random);
            while (true) {
                LocalDate changeDate = calendar.workingDayOnOrBefore(start.minusDays(random.nextDouble() < 0.15 ? 0 : random.nextInt(1, 31)));
                if (changeDate.isAfter(calendar.today)) {
                    break;
                }
                LocalDate end = random.nextDouble() < 0.92 ? start.plusYears(1).minusDays(1) : start.plusMonths(6).minusDays(1);
                PlannedContract contract = new PlannedContract(provider,
                        new Version(1, "CONCLUSION", changeDate, start, end, tier, SUM_TIERS[tier][1]));
                contract.second = secondVersion(contract.first, calendar, random);
                byInsurer.get(insurer).add(contract);
                if (!anchor && random.nextDouble() < 0.04) {
                    break; // the provider closed or left the market
                }
                if (!anchor && random.nextDouble() < 0.08) {
                    insurer = pick(share, random);
                }
                if (random.nextDouble() < 0.08 && tier < SUM_TIERS.length - 1) {
                    tier++;
                }
                start = contract.current().end().plusDays(1);
            }
        }
        for (int i = 0; i < insurers.size(); i++) {
            List<PlannedContract> contracts = byInsurer.get(i);
            contracts.sort(Comparator.comparing((PlannedContract c) -> c.first.changeDate()).thenComparing(c -> c.provider.code()));
            for (int n = 0; n < contracts.size(); n++) {
                PlannedContract c = contracts.get(n);
                c.number = String.format(Locale.ROOT, "%s-%d-%06d", insurers.get(i).prefix(), c.first.start().getYear(), n + 1);
            }
        }
        return byInsurer;
    }

    private static LocalDate firstStart(LocalDate today, SplittableRandom random) {
        double u = random.nextDouble();
        if (u < 0.40) {
            return LAW_IN_FORCE;
        }
        if (u < 0.88) {
            LocalDate start = LAW_IN_FORCE.plusDays(random.nextInt(1, 365));
            return random.nextBoolean() ? start.withDayOfMonth(1) : start;
        }
        // providers that opened later
        long days = Math.max(1, ChronoUnit.DAYS.between(LAW_IN_FORCE.plusYears(1), today));
        return LAW_IN_FORCE.plusYears(1).plusDays(random.nextLong(days));
    }

    private static int tierFor(String profile, SplittableRandom random) {
        double u = random.nextDouble();
        return switch (profile) {
            case "LARGE_HOSPITAL" -> 2;
            case "GENERAL_HOSPITAL", "EMERGENCY_MEDICAL" -> u < 0.7 ? 2 : 1;
            case "SPECIALIST_OUTPATIENT" -> u < 0.6 ? 1 : u < 0.9 ? 0 : 2;
            default -> u < 0.8 ? 0 : 1;
        };
    }

    /** About one contract in five is amended (higher sums) or extended (later end) during its period. */
    private static Version secondVersion(Version first, WorkCalendar calendar, SplittableRandom random) {
        if (random.nextDouble() >= 0.22) {
            return null;
        }
        LocalDate from = first.start().isAfter(first.changeDate()) ? first.start() : first.changeDate();
        LocalDate to = first.end().isBefore(calendar.today) ? first.end().minusDays(1) : calendar.today;
        if (from.isAfter(to)) {
            return null;
        }
        LocalDate changeDate = calendar.workingDayWithin(from.plusDays(random.nextLong(ChronoUnit.DAYS.between(from, to) + 1)), from, to);
        if (random.nextBoolean()) {
            LocalDate end = first.end().plusMonths(random.nextInt(1, 7));
            return new Version(2, "EXTENSION", changeDate, first.start(), end, first.tier(), first.aggregate());
        }
        if (first.tier() < SUM_TIERS.length - 1) {
            int tier = first.tier() + 1;
            return new Version(2, "AMENDMENT", changeDate, first.start(), first.end(), tier, SUM_TIERS[tier][1]);
        }
        return new Version(2, "AMENDMENT", changeDate, first.start(), first.end(), first.tier(), first.aggregate() * 3 / 2);
    }

    /** Claims per insurer in proportion to its insured, risk-weighted days. */
    private static int[] shareClaims(int claims, List<List<PlannedContract>> byInsurer, WorkCalendar calendar) {
        double[] weight = new double[byInsurer.size()];
        double total = 0;
        for (int i = 0; i < weight.length; i++) {
            for (PlannedContract c : byInsurer.get(i)) {
                weight[i] += c.provider.claimWeight() * calendar.coveredDays(c.current());
            }
            total += weight[i];
        }
        int[] share = new int[weight.length];
        int given = 0;
        int largest = 0;
        for (int i = 0; i < weight.length; i++) {
            share[i] = total == 0 ? 0 : (int) Math.floor(claims * weight[i] / total);
            given += share[i];
            largest = weight[i] > weight[largest] ? i : largest;
        }
        share[largest] += claims - given;
        return share;
    }

    // ---- one insurer -------------------------------------------------------------------------------------

    private Summary generateFor(DataSource source, InsurerRef insurer, List<PlannedContract> contracts, int claims,
            WorkCalendar calendar, Tables tables, SplittableRandom random) throws SQLException {
        long started = System.nanoTime();
        try (Connection connection = source.getConnection()) {
            RowLevelSecurity.setInsurer(connection, insurer.code());
            connection.setAutoCommit(false);
            try {
                if (alreadyGenerated(connection, insurer.code())) {
                    connection.rollback();
                    return Summary.NONE;
                }
                Staging staging = new Staging(connection);
                Events events = new Events(insurer, calendar, random.split());
                long versions = writeContracts(staging, insurer, contracts, events);
                ClaimMaker maker = new ClaimMaker(insurer, contracts, calendar, tables, claims, random.split());
                long[] counts = new long[5];
                while (maker.hasNext()) {
                    List<PlannedClaim> chunk = maker.nextChunk(CHUNK);
                    writeClaims(staging, insurer, chunk, events, counts);
                }
                connection.commit();
                Summary summary = new Summary(0, contracts.size(), versions, counts[0], counts[1], counts[2], counts[3],
                        counts[4], events.written, events.late);
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

    private static long writeContracts(Staging staging, InsurerRef insurer, List<PlannedContract> contracts, Events events)
            throws SQLException {
        if (contracts.isEmpty()) {
            return 0;
        }
        Rows rows = new Rows();
        for (PlannedContract c : contracts) {
            rows.row(insurer.code(), c.number);
        }
        Map<String, Long> ids = staging.insertReturningIds("contract", "insurer_code, contract_number", "contract_number", rows);
        Rows versions = new Rows();
        long count = 0;
        for (PlannedContract c : contracts) {
            c.id = ids.get(c.number);
            for (Version v : c.second == null ? List.of(c.first) : List.of(c.first, c.second)) {
                versions.row(c.id, insurer.code(), v.no(), v.kind(), v.changeDate(), c.provider.code(), v.start(), v.end(),
                        money(v.perEvent() * 100), money(v.aggregate() * 100));
                count++;
                String action = v.no() == 1 ? "CONTRACT_CONCLUDED" : "CONTRACT_" + v.kind();
                events.add("CONTRACT", c.id, c.number, action, v.changeDate(), contractChanges(c, v));
            }
        }
        staging.insert("contract_version", "contract_id, insurer_code, version_no, change_kind, change_date,"
                + " policyholder_code, period_start, period_end, sum_per_event, sum_aggregate", versions);
        events.flush(staging);
        return count;
    }

    private static String contractChanges(PlannedContract c, Version v) {
        Json json = new Json();
        if (v.no() == 1) {
            json.change("policyholderCode", null, c.provider.code());
            json.change("periodStart", null, v.start().toString());
            json.change("periodEnd", null, v.end().toString());
            json.change("sumPerEvent", null, money(v.perEvent() * 100));
            json.change("sumAggregate", null, money(v.aggregate() * 100));
        } else {
            Version before = c.first;
            if (!before.end().equals(v.end())) {
                json.change("periodEnd", before.end().toString(), v.end().toString());
            }
            if (before.perEvent() != v.perEvent()) {
                json.change("sumPerEvent", money(before.perEvent() * 100), money(v.perEvent() * 100));
            }
            if (before.aggregate() != v.aggregate()) {
                json.change("sumAggregate", money(before.aggregate() * 100), money(v.aggregate() * 100));
            }
        }
        return json.toString();
    }

    /** Writes a chunk of claims and everything under them; counts[] = claims, payouts, recoveries, reserves, outstanding. */
    private static void writeClaims(Staging staging, InsurerRef insurer, List<PlannedClaim> chunk, Events events,
            long[] counts) throws SQLException {
        Rows claims = new Rows();
        for (PlannedClaim c : chunk) {
            claims.row(insurer.code(), c.number, c.contract.id, c.received, c.incidentNumber, c.incident, c.status,
                    c.incidentType, c.severity, c.specialty, c.competence, c.finished != null, c.finished);
        }
        Map<String, Long> ids = staging.insertReturningIds("claim", "insurer_code, claim_number, contract_id, received_date,"
                + " incident_number, incident_date, status, incident_type, severity, specialty, additional_competence,"
                + " handling_finished, finished_date", "claim_number", claims);

        Rows payouts = new Rows();
        Rows recoveries = new Rows();
        Rows reserves = new Rows();
        Rows outstanding = new Rows();
        for (PlannedClaim c : chunk) {
            long id = ids.get(c.number);
            // Received as submitted; the decision and the end of handling each come as a change of their own.
            boolean decidedLater = c.decided != null && c.decided.isAfter(c.received);
            Json created = new Json()
                    .change("incidentDate", null, c.incident.toString())
                    .change("status", null, decidedLater ? "SUBMITTED" : c.status)
                    .change("incidentType", null, c.incidentType)
                    .change("severity", null, c.severity);
            events.add("CLAIM", id, c.number, "CLAIM_CREATED", c.received, created.toString());
            if (decidedLater) {
                events.add("CLAIM", id, c.number, "CLAIM_CHANGED", c.decided,
                        new Json().change("status", "SUBMITTED", c.status).toString());
            }
            if (c.finished != null) {
                events.add("CLAIM", id, c.number, "CLAIM_CHANGED", c.finished, new Json()
                        .change("handlingFinished", "false", "true")
                        .change("finishedDate", null, c.finished.toString()).toString());
            }
            for (Item p : c.payouts) {
                payouts.row(id, insurer.code(), p.date(), p.type(), money(p.cents()), pct(p.generalPct()), pct(p.eventPct()));
                events.add("CLAIM", id, c.number, "PAYOUT_ADDED", p.date(), itemChanges(p));
            }
            for (Item r : c.recoveries) {
                recoveries.row(id, insurer.code(), r.date(), r.type(), money(r.cents()));
                events.add("CLAIM", id, c.number, "RECOVERY_ADDED", r.date(), itemChanges(r));
            }
            for (Item r : c.reserves) {
                reserves.row(id, insurer.code(), r.type(), money(r.cents()), r.date());
                events.add("CLAIM", id, c.number, "RESERVE_SET", r.date(), itemChanges(r));
            }
            for (Item o : c.outstanding) {
                outstanding.row(id, insurer.code(), o.type(), money(o.cents()), o.date());
                events.add("CLAIM", id, c.number, "OUTSTANDING_RECOVERY_SET", o.date(), itemChanges(o));
            }
        }
        staging.insert("payout", "claim_id, insurer_code, paid_on, damage_type, amount, general_reduction_pct,"
                + " event_reduction_pct", payouts);
        staging.insert("recovery", "claim_id, insurer_code, received_on, recovery_type, amount", recoveries);
        staging.insert("reserve", "claim_id, insurer_code, damage_type, amount, set_on", reserves);
        staging.insert("outstanding_recovery", "claim_id, insurer_code, recovery_type, amount, set_on", outstanding);
        events.flush(staging);
        counts[0] += claims.count;
        counts[1] += payouts.count;
        counts[2] += recoveries.count;
        counts[3] += reserves.count;
        counts[4] += outstanding.count;
    }

    private static String itemChanges(Item item) {
        Json json = new Json()
                .change("itemDate", null, item.date().toString())
                .change("itemType", null, item.type())
                .change("itemAmount", null, money(item.cents()));
        if (item.generalPct() != null) {
            json.change("generalReductionPct", null, pct(item.generalPct()));
            json.change("eventReductionPct", null, pct(item.eventPct()));
        }
        return json.toString();
    }

    // ---- claims ------------------------------------------------------------------------------------------

    private record Item(LocalDate date, String type, long cents, Integer generalPct, Integer eventPct) {

        Item(LocalDate date, String type, long cents) {
            this(date, type, cents, null, null);
        }
    }

    private static final class PlannedClaim {
        String number;
        PlannedContract contract;
        LocalDate received;
        LocalDate incident;
        String incidentNumber;
        String status;
        String incidentType;
        String severity;
        String specialty;
        String competence;
        /** When the insurer decided whether it is an insured event (null while submitted). */
        LocalDate decided;
        LocalDate finished;
        final List<Item> payouts = new ArrayList<>(4);
        final List<Item> recoveries = new ArrayList<>(0);
        final List<Item> reserves = new ArrayList<>(0);
        final List<Item> outstanding = new ArrayList<>(0);
    }

    /** Non-pecuniary compensation caps by severity in cents (TOKVS §19); I and PENDING get none. */
    private static final Map<String, Long> NON_PECUNIARY_CAP_CENTS = Map.of(
            "II", 50_000L, "III", 200_000L, "IV", 500_000L, "V", 1_500_000L, "VI", 3_000_000L);

    /**
     * Makes one insurer's claims in received-date order, spread evenly from the day the law came into force
     * to today. Each incident picks a contract in force on its date, a large hospital's far more often than a
     * dentist's.
     */
    private static final class ClaimMaker {
        private final InsurerRef insurer;
        private final List<PlannedContract> contracts;
        private final WorkCalendar calendar;
        private final Tables tables;
        private final int total;
        private final SplittableRandom random;
        /** Decision dates draw from a stream of their own, so the claims and their money stay as they were. */
        private final SplittableRandom decisions;
        /** Per day since the law came into force, the contracts whose period covers it. */
        private final int[][] covering;
        private final int span;
        private int made;
        private int claimSeq;
        private int incidentSeq;

        ClaimMaker(InsurerRef insurer, List<PlannedContract> contracts, WorkCalendar calendar, Tables tables, int total,
                SplittableRandom random) {
            this.insurer = insurer;
            this.contracts = contracts;
            this.calendar = calendar;
            this.tables = tables;
            this.total = total;
            this.random = random;
            this.decisions = new SplittableRandom(Long.parseLong(insurer.code()));
            this.span = (int) ChronoUnit.DAYS.between(LAW_IN_FORCE, calendar.today);
            this.covering = coverage();
            if (total > 0 && contracts.isEmpty()) {
                throw new IllegalStateException("insurer " + insurer.code() + " has claims but no contracts");
            }
        }

        private int[][] coverage() {
            int[] sizes = new int[span + 1];
            for (PlannedContract c : contracts) {
                for (int d = from(c); d <= to(c); d++) {
                    sizes[d]++;
                }
            }
            int[][] days = new int[span + 1][];
            for (int d = 0; d <= span; d++) {
                days[d] = new int[sizes[d]];
                sizes[d] = 0;
            }
            for (int i = 0; i < contracts.size(); i++) {
                PlannedContract c = contracts.get(i);
                for (int d = from(c); d <= to(c); d++) {
                    days[d][sizes[d]++] = i;
                }
            }
            return days;
        }

        private int from(PlannedContract c) {
            return (int) Math.max(0, ChronoUnit.DAYS.between(LAW_IN_FORCE, c.current().start()));
        }

        private int to(PlannedContract c) {
            return (int) Math.min(span, ChronoUnit.DAYS.between(LAW_IN_FORCE, c.current().end()));
        }

        boolean hasNext() {
            return made < total;
        }

        List<PlannedClaim> nextChunk(int size) {
            List<PlannedClaim> chunk = new ArrayList<>(size + 3);
            while (chunk.size() < size && made < total) {
                int group = random.nextDouble() < 0.04 ? random.nextInt(2, 4) : 1;
                group = Math.min(group, total - made);
                incident(group, chunk);
                made += group;
            }
            return chunk;
        }

        /** One incident (kahjujuhtum) and its claims: usually one, sometimes several injured people. */
        private void incident(int claims, List<PlannedClaim> out) {
            int day = (int) Math.min(span, (long) ((made + random.nextDouble()) * (span + 1) / total));
            LocalDate received = LAW_IN_FORCE.plusDays(day);
            int incidentDay = Math.max(0, day - reportingLag());
            if (covering[incidentDay].length == 0) {
                incidentDay = firstCoveredDay(incidentDay, day);
            }
            PlannedContract contract = pickContract(covering[incidentDay]);
            LocalDate incident = LAW_IN_FORCE.plusDays(incidentDay);
            String incidentNumber = String.format(Locale.ROOT, "%s-J-%d-%07d", insurer.prefix(), incident.getYear(), ++incidentSeq);
            String profile = contract.provider.riskProfile();
            String properType = tables.incidentType(profile).pick(random);
            for (int k = 0; k < claims; k++) {
                PlannedClaim claim = new PlannedClaim();
                claim.contract = contract;
                claim.incident = incident;
                claim.incidentNumber = incidentNumber;
                claim.received = k == 0 ? received : min(calendar.today, received.plusDays(random.nextInt(0, 31)));
                claim.number = String.format(Locale.ROOT, "%s-N-%d-%07d", insurer.prefix(), claim.received.getYear(), ++claimSeq);
                describe(claim, profile, properType);
                money(claim);
                out.add(claim);
            }
        }

        private int firstCoveredDay(int from, int to) {
            for (int d = from; d <= to; d++) {
                if (covering[d].length > 0) {
                    return d;
                }
            }
            for (int d = from; d >= 0; d--) {
                if (covering[d].length > 0) {
                    return d;
                }
            }
            throw new IllegalStateException("insurer " + insurer.code() + " has no contract in force by day " + to);
        }

        /** Days from the incident to the claim: mostly weeks, sometimes years (a complication found late). */
        private int reportingLag() {
            double u = random.nextDouble();
            if (u < 0.45) {
                return random.nextInt(0, 15);
            }
            if (u < 0.75) {
                return random.nextInt(15, 91);
            }
            if (u < 0.92) {
                return random.nextInt(91, 366);
            }
            return random.nextInt(366, 1001);
        }

        private PlannedContract pickContract(int[] candidates) {
            PlannedContract chosen = null;
            for (int tries = 0; tries < 400; tries++) {
                chosen = contracts.get(candidates[random.nextInt(candidates.length)]);
                if (random.nextDouble() * MAX_CLAIM_WEIGHT < chosen.provider.claimWeight()) {
                    break;
                }
            }
            return chosen;
        }

        private void describe(PlannedClaim claim, String profile, String properType) {
            long age = ChronoUnit.DAYS.between(claim.received, calendar.today);
            double submitted = age < 30 ? 0.85 : age < 90 ? 0.5 : age < 180 ? 0.25 : age < 365 ? 0.08 : 0.03;
            double u = random.nextDouble();
            claim.status = u < submitted ? "SUBMITTED"
                    : random.nextDouble() < 55.0 / 85.0 ? "INSURED_EVENT" : "NOT_INSURED_EVENT";
            claim.incidentType = switch (claim.status) {
                case "SUBMITTED" -> random.nextDouble() < 0.4 ? tables.beingSpecified : properType;
                case "NOT_INSURED_EVENT" -> {
                    double v = random.nextDouble();
                    yield v < 0.15 ? tables.other : v < 0.25 ? tables.beingSpecified : properType;
                }
                default -> properType;
            };
            double pending = switch (claim.status) {
                case "SUBMITTED" -> 0.6;
                case "NOT_INSURED_EVENT" -> 0.12;
                default -> 0.04;
            };
            claim.severity = random.nextDouble() < pending ? tables.pending : tables.severity(profile).pick(random);
            claim.specialty = claim.status.equals("SUBMITTED") && random.nextDouble() < 0.1 ? null
                    : tables.specialty(profile).pick(random);
            Weighted competences = claim.specialty == null ? null : tables.competences.get(claim.specialty);
            claim.competence = competences != null && random.nextDouble() < 0.1 ? competences.pick(random) : null;
            boolean finished = switch (claim.status) {
                case "NOT_INSURED_EVENT" -> random.nextDouble() < (age > 60 ? 0.9 : 0.4);
                case "INSURED_EVENT" -> {
                    double p = age > 365 ? 0.65 : age > 180 ? 0.4 : age > 60 ? 0.15 : 0.03;
                    if (claim.severity.equals("V") || claim.severity.equals("VI")) {
                        p *= 0.5; // serious cases run long: periodic payouts, disputes
                    }
                    yield random.nextDouble() < p;
                }
                default -> false;
            };
            if (finished) {
                int handling = claim.status.equals("NOT_INSURED_EVENT") ? random.nextInt(14, 121) : random.nextInt(45, 541);
                claim.finished = calendar.workingDayWithin(min(calendar.today, claim.received.plusDays(handling)),
                        claim.received, calendar.today);
            }
            if (!claim.status.equals("SUBMITTED")) {
                // a decision within weeks (a refusal sooner), never after the end of handling or today
                LocalDate last = claim.finished != null ? claim.finished : calendar.today;
                int days = claim.status.equals("NOT_INSURED_EVENT") ? decisions.nextInt(5, 61) : decisions.nextInt(10, 121);
                claim.decided = calendar.workingDayWithin(min(last, claim.received.plusDays(days)), claim.received, last);
            }
        }

        private void money(PlannedClaim claim) {
            boolean open = claim.finished == null;
            LocalDate last = open ? calendar.today : claim.finished;
            if (claim.status.equals("INSURED_EVENT")) {
                payouts(claim, last);
                if (random.nextDouble() < 0.08) {
                    recoveries(claim, last);
                }
                if (random.nextDouble() < (claim.recoveries.isEmpty() ? 0.02 : 0.3)) {
                    outstanding(claim, last);
                }
            }
            boolean reserved = claim.status.equals("INSURED_EVENT") ? random.nextDouble() < 0.95
                    : claim.status.equals("SUBMITTED") && random.nextDouble() < 0.7;
            if (open && reserved) {
                reserves(claim);
            }
        }

        private void payouts(PlannedClaim claim, LocalDate last) {
            int n = pickCount(0.4, 0.3, 0.2);
            LocalDate from = min(last, claim.received.plusDays(7));
            LocalDate[] dates = new LocalDate[n];
            for (int i = 0; i < n; i++) {
                dates[i] = calendar.workingDayWithin(between(from, last), from, last);
            }
            Arrays.sort(dates);
            long cap = NON_PECUNIARY_CAP_CENTS.getOrDefault(claim.severity, 0L);
            long nonPecuniary = 0;
            Weighted types = tables.damage(claim.severity);
            for (LocalDate date : dates) {
                String type = types.pick(random);
                if (type.equals("NON_PECUNIARY") && cap - nonPecuniary < 5_000) {
                    type = tables.fallbackDamage;
                }
                if (type.equals("NON_PECUNIARY")) {
                    long remaining = cap - nonPecuniary;
                    long cents = Math.max(5_000, remaining * random.nextInt(30, 101) / 100 / 1_000 * 1_000);
                    cents = Math.min(cents, remaining);
                    nonPecuniary += cents;
                    claim.payouts.add(new Item(date, type, cents));
                } else if (type.equals("PERMANENT_INCAPACITY") && random.nextBoolean()) {
                    int general = random.nextDouble() < 0.15 ? 100 : random.nextInt(40, 100);
                    int event = Math.max(5, general * random.nextInt(25, 101) / 100);
                    claim.payouts.add(new Item(date, type, amount(type, claim.severity), general, event));
                } else {
                    claim.payouts.add(new Item(date, type, amount(type, claim.severity)));
                }
            }
        }

        /** A plausible payout in cents: treatment costs hundreds to thousands, loss of maintenance far more. */
        private long amount(String damageType, String severity) {
            boolean serious = severity.equals("IV") || severity.equals("V") || severity.equals("VI");
            return switch (damageType) {
                case "TREATMENT_COSTS" -> logUniform(80, serious ? 25_000 : 6_000);
                case "INCREASED_NEEDS" -> logUniform(150, serious ? 12_000 : 4_000);
                case "TEMPORARY_INCAPACITY" -> logUniform(200, serious ? 15_000 : 8_000);
                case "PERMANENT_INCAPACITY" -> logUniform(3_000, 60_000);
                case "FUNERAL_COSTS" -> logUniform(1_500, 6_000);
                case "LOSS_OF_MAINTENANCE" -> logUniform(3_000, 50_000);
                default -> logUniform(50, 2_500);
            };
        }

        private long logUniform(double fromEuros, double toEuros) {
            double euros = Math.exp(Math.log(fromEuros) + random.nextDouble() * (Math.log(toEuros) - Math.log(fromEuros)));
            return Math.max(1, Math.round(euros * 100));
        }

        private void recoveries(PlannedClaim claim, LocalDate last) {
            LocalDate from = claim.payouts.get(0).date();
            long paid = claim.payouts.stream().mapToLong(Item::cents).sum();
            int n = random.nextDouble() < 0.2 ? 2 : 1;
            for (int i = 0; i < n; i++) {
                String type = tables.recoveryType.pick(random);
                long cents = type.equals("DEDUCTIBLE")
                        ? new long[] {10_000, 20_000, 30_000, 50_000, 100_000}[random.nextInt(5)]
                        : Math.max(5_000, paid * random.nextInt(20, 101) / 100);
                LocalDate date = calendar.workingDayWithin(between(from, last), from, last);
                claim.recoveries.add(new Item(date, type, -cents));
            }
            claim.recoveries.sort(Comparator.comparing(Item::date));
        }

        private void outstanding(PlannedClaim claim, LocalDate last) {
            String type = tables.recoveryType.pick(random);
            long cents = random.nextDouble() < 0.05 ? 0 : logUniform(100, 5_000);
            LocalDate date = calendar.workingDayWithin(between(claim.received, last), claim.received, last);
            claim.outstanding.add(new Item(date, type, cents));
        }

        /** The current estimate per damage type, sometimes with an earlier estimate before it. */
        private void reserves(PlannedClaim claim) {
            LocalDate today = calendar.today;
            int types = random.nextDouble() < 0.35 ? 2 : 1;
            Weighted damage = tables.damage(claim.severity);
            Set<String> used = new HashSet<>();
            long cap = NON_PECUNIARY_CAP_CENTS.getOrDefault(claim.severity, 0L);
            long nonPecuniaryLeft = cap - claim.payouts.stream()
                    .filter(p -> p.type().equals("NON_PECUNIARY")).mapToLong(Item::cents).sum();
            for (int t = 0; t < types * 3 && used.size() < types; t++) {
                String type = damage.pick(random);
                if (type.equals("NON_PECUNIARY") && nonPecuniaryLeft < 10_000) {
                    type = tables.fallbackDamage;
                }
                if (!used.add(type)) {
                    continue;
                }
                long estimate = type.equals("NON_PECUNIARY")
                        ? Math.max(10_000, nonPecuniaryLeft * random.nextInt(30, 101) / 100 / 10_000 * 10_000)
                        : roundHundreds(reserveAmount(type, claim.severity));
                LocalDate first = calendar.workingDayWithin(min(today, claim.received.plusDays(random.nextInt(0, 31))),
                        claim.received, today);
                if (random.nextDouble() < 0.3 && first.isBefore(today)) {
                    LocalDate second = calendar.workingDayWithin(between(first.plusDays(1), today), first.plusDays(1), today);
                    long earlier = type.equals("NON_PECUNIARY") ? estimate
                            : roundHundreds(estimate * random.nextInt(50, 151) / 100);
                    long revised = random.nextDouble() < 0.1 ? 0 : estimate;
                    claim.reserves.add(new Item(first, type, earlier));
                    claim.reserves.add(new Item(second, type, revised));
                } else {
                    claim.reserves.add(new Item(first, type, estimate));
                }
            }
        }

        private long reserveAmount(String damageType, String severity) {
            return switch (damageType) {
                case "PERMANENT_INCAPACITY" -> logUniform(10_000, 150_000);
                case "LOSS_OF_MAINTENANCE" -> logUniform(20_000, 200_000);
                case "FUNERAL_COSTS" -> logUniform(2_000, 6_000);
                case "OTHER_PECUNIARY" -> logUniform(200, 5_000);
                default -> amount(damageType, severity) * 2;
            };
        }

        private static long roundHundreds(long cents) {
            return Math.max(10_000, Math.round(cents / 10_000.0) * 10_000);
        }

        private int pickCount(double one, double two, double three) {
            double u = random.nextDouble();
            return u < one ? 1 : u < one + two ? 2 : u < one + two + three ? 3 : 4;
        }

        private LocalDate between(LocalDate from, LocalDate to) {
            long days = ChronoUnit.DAYS.between(from, to);
            return days <= 0 ? from : from.plusDays(random.nextLong(days + 1));
        }
    }

    // ---- submission events -------------------------------------------------------------------------------

    /**
     * The submission events of one insurer (§3): submitted on the business day or by its one-working-day
     * deadline, a realistic few late, none in the future.
     */
    private static final class Events {
        private final InsurerRef insurer;
        private final WorkCalendar calendar;
        private final SplittableRandom random;
        private Rows rows = new Rows();
        long written;
        long late;

        Events(InsurerRef insurer, WorkCalendar calendar, SplittableRandom random) {
            this.insurer = insurer;
            this.calendar = calendar;
            this.random = random;
        }

        void add(String recordType, long recordId, String label, String action, LocalDate businessDate, String changes) {
            LocalDate deadline = calendar.deadline(businessDate);
            LocalDate day;
            double u = random.nextDouble();
            if (u < LATE_SHARE) {
                day = deadline.plusDays(random.nextInt(1, 11));
            } else if (u < LATE_SHARE + 0.55 && calendar.isWorkingDay(businessDate)) {
                day = businessDate;
            } else {
                day = deadline;
            }
            Instant submittedAt = day.atTime(8, 0).plusSeconds(random.nextInt(11 * 3600)).atZone(WorkingDays.TALLINN).toInstant();
            if (submittedAt.isAfter(calendar.now)) {
                // not yet submitted in reality; say it went in earlier today, or on the business day
                Instant from = businessDate.atTime(8, 0).atZone(WorkingDays.TALLINN).toInstant();
                if (from.isAfter(calendar.now)) {
                    from = businessDate.atStartOfDay(WorkingDays.TALLINN).toInstant();
                }
                long seconds = Math.max(0, calendar.now.getEpochSecond() - from.getEpochSecond());
                submittedAt = from.plusSeconds(random.nextLong(seconds + 1));
            }
            boolean isLate = WorkingDays.isLate(deadline, submittedAt.atZone(WorkingDays.TALLINN));
            rows.row(insurer.code(), recordType, recordId, label, action, insurer.actorUsername(), insurer.actorName(),
                    null, businessDate, deadline, TIMESTAMP.format(submittedAt.atOffset(ZoneOffset.UTC)), isLate, changes);
            written++;
            if (isLate) {
                late++;
            }
        }

        void flush(Staging staging) throws SQLException {
            staging.insert("submission_event", "insurer_code, record_type, record_id, record_label, action,"
                    + " actor_username, actor_name, actor_org_code, business_date, deadline, submitted_at, late, changes", rows);
            rows = new Rows();
        }
    }

    /** Today, now, and working days with their deadlines, looked up once per date. */
    private static final class WorkCalendar {
        final LocalDate today;
        final Instant now;
        private final Map<LocalDate, Boolean> workingDays = new HashMap<>();
        private final Map<LocalDate, LocalDate> deadlines = new HashMap<>();

        WorkCalendar(LocalDate today, Instant now) {
            this.today = today;
            this.now = now;
        }

        boolean isWorkingDay(LocalDate day) {
            return workingDays.computeIfAbsent(day, WorkingDays::isWorkingDay);
        }

        LocalDate deadline(LocalDate businessDate) {
            return deadlines.computeIfAbsent(businessDate, WorkingDays::deadlineFor);
        }

        LocalDate workingDayOnOrBefore(LocalDate day) {
            LocalDate d = day;
            while (!isWorkingDay(d)) {
                d = d.minusDays(1);
            }
            return d;
        }

        /** Money moves and decisions are made on working days: the nearest one within [from, to], else the day itself. */
        LocalDate workingDayWithin(LocalDate day, LocalDate from, LocalDate to) {
            for (LocalDate d = day; !d.isAfter(to) && d.isBefore(day.plusDays(7)); d = d.plusDays(1)) {
                if (isWorkingDay(d)) {
                    return d;
                }
            }
            for (LocalDate d = day.minusDays(1); !d.isBefore(from) && d.isAfter(day.minusDays(7)); d = d.minusDays(1)) {
                if (isWorkingDay(d)) {
                    return d;
                }
            }
            return day;
        }

        long coveredDays(Version v) {
            LocalDate from = v.start().isBefore(LAW_IN_FORCE) ? LAW_IN_FORCE : v.start();
            LocalDate to = v.end().isAfter(today) ? today : v.end();
            return Math.max(0, ChronoUnit.DAYS.between(from, to) + 1);
        }
    }

    // ---- code lists as weighted choices ------------------------------------------------------------------

    /** Weighted choices over the code lists, keeping only codes that are active in the database. */
    private static final class Tables {
        final String beingSpecified;
        final String other;
        final String pending;
        final String fallbackDamage;
        final Weighted recoveryType;
        final Map<String, Weighted> competences = new HashMap<>();
        private final Map<String, Set<String>> active;
        private final Map<String, Weighted> incidentTypes = new HashMap<>();
        private final Map<String, Weighted> severities = new HashMap<>();
        private final Map<String, Weighted> specialties = new HashMap<>();
        private final Map<String, Weighted> damageTypes = new HashMap<>();

        Tables(Map<String, Set<String>> active) {
            this.active = active;
            beingSpecified = required("INCIDENT_TYPE", "BEING_SPECIFIED");
            other = required("INCIDENT_TYPE", "OTHER");
            pending = required("SEVERITY", "PENDING");
            fallbackDamage = required("DAMAGE_TYPE", "TREATMENT_COSTS");
            recoveryType = weighted("RECOVERY_TYPE", "DEDUCTIBLE", 55, "OTHER_INSURER", 15, "PREMIUM_UNPAID", 10,
                    "RISK_CONCEALED", 10, "CAUSER_INTOXICATED", 10);
            Weighted proper = weighted("INCIDENT_TYPE", "DIAGNOSIS_OR_TREATMENT_ERROR", 45, "ORGANISATIONAL_DUTY_BREACH", 14,
                    "INFECTION", 12, "MEDICINE_ERROR", 10, "DOCUMENTATION_ERROR", 8, "DEVICE_FAILURE", 7, "TRANSPORT", 4);
            incidentTypes.put("", proper);
            incidentTypes.put("EMERGENCY_MEDICAL", weighted("INCIDENT_TYPE", "DIAGNOSIS_OR_TREATMENT_ERROR", 40,
                    "TRANSPORT", 30, "ORGANISATIONAL_DUTY_BREACH", 15, "MEDICINE_ERROR", 10, "DEVICE_FAILURE", 5));
            incidentTypes.put("NURSING_CARE", weighted("INCIDENT_TYPE", "ORGANISATIONAL_DUTY_BREACH", 35, "INFECTION", 25,
                    "MEDICINE_ERROR", 20, "DIAGNOSIS_OR_TREATMENT_ERROR", 15, "DOCUMENTATION_ERROR", 5));
            incidentTypes.put("DENTAL_CARE", weighted("INCIDENT_TYPE", "DIAGNOSIS_OR_TREATMENT_ERROR", 75, "INFECTION", 8,
                    "DEVICE_FAILURE", 7, "DOCUMENTATION_ERROR", 5, "MEDICINE_ERROR", 5));

            Weighted minor = weighted("SEVERITY", "I", 45, "II", 35, "III", 14, "IV", 4, "V", 1.5, "VI", 0.5);
            Weighted hospital = weighted("SEVERITY", "I", 20, "II", 27, "III", 27, "IV", 15, "V", 7, "VI", 4);
            severities.put("", weighted("SEVERITY", "I", 30, "II", 31, "III", 23, "IV", 10, "V", 4, "VI", 2));
            severities.put("DENTAL_CARE", minor);
            severities.put("FAMILY_MEDICINE", minor);
            severities.put("LARGE_HOSPITAL", hospital);
            severities.put("GENERAL_HOSPITAL", hospital);
            severities.put("EMERGENCY_MEDICAL", hospital);

            specialties.put("LARGE_HOSPITAL", weighted("SPECIALTY", "GENERAL_SURGERY", 14, "ORTHOPAEDICS", 12,
                    "OBSTETRICS_GYNAECOLOGY", 10, "INTERNAL_MEDICINE", 8, "EMERGENCY_MEDICINE", 8,
                    "ANAESTHESIOLOGY_INTENSIVE_CARE", 6, "CARDIOLOGY", 5, "ONCOLOGY", 5, "NEUROSURGERY", 4, "NEUROLOGY", 4,
                    "UROLOGY", 4, "PAEDIATRICS", 4, "CARDIOTHORACIC_SURGERY", 3, "VASCULAR_SURGERY", 3, "RADIOLOGY", 3,
                    "PAEDIATRIC_SURGERY", 2, "OPHTHALMOLOGY", 2, "OTORHINOLARYNGOLOGY", 2, "PSYCHIATRY", 2,
                    "PLASTIC_RECONSTRUCTIVE_SURGERY", 2, "GASTROENTEROLOGY", 2, "INFECTIOUS_DISEASES", 2, "NURSING", 2,
                    "PULMONOLOGY", 1, "NEPHROLOGY", 1, "HAEMATOLOGY", 1));
            specialties.put("GENERAL_HOSPITAL", weighted("SPECIALTY", "GENERAL_SURGERY", 18, "INTERNAL_MEDICINE", 14,
                    "OBSTETRICS_GYNAECOLOGY", 10, "ORTHOPAEDICS", 10, "EMERGENCY_MEDICINE", 10,
                    "ANAESTHESIOLOGY_INTENSIVE_CARE", 4, "PAEDIATRICS", 4, "NURSING", 4, "NEUROLOGY", 3, "GERIATRICS", 3,
                    "CARDIOLOGY", 3, "RADIOLOGY", 2, "PSYCHIATRY", 2));
            specialties.put("SPECIALIST_OUTPATIENT", weighted("SPECIALTY", "OPHTHALMOLOGY", 15,
                    "OBSTETRICS_GYNAECOLOGY", 12, "DERMATOVENEREOLOGY", 10, "OTORHINOLARYNGOLOGY", 10, "ORTHOPAEDICS", 10,
                    "PLASTIC_RECONSTRUCTIVE_SURGERY", 8, "PSYCHIATRY", 6, "CARDIOLOGY", 5, "UROLOGY", 5, "ENDOCRINOLOGY", 4,
                    "NEUROLOGY", 4, "GASTROENTEROLOGY", 4, "RADIOLOGY", 4, "PAEDIATRICS", 4, "RHEUMATOLOGY", 3,
                    "OCCUPATIONAL_HEALTH", 3, "LABORATORY_MEDICINE", 2, "ORAL_MAXILLOFACIAL_SURGERY", 2,
                    "CLINICAL_GENETICS", 1));
            specialties.put("FAMILY_MEDICINE", weighted("SPECIALTY", "FAMILY_MEDICINE", 92, "NURSING", 8));
            specialties.put("DENTAL_CARE", weighted("SPECIALTY", "DENTISTRY", 90, "ORAL_MAXILLOFACIAL_SURGERY", 10));
            specialties.put("NURSING_CARE", weighted("SPECIALTY", "NURSING", 80, "GERIATRICS", 20));
            specialties.put("EMERGENCY_MEDICAL", weighted("SPECIALTY", "EMERGENCY_MEDICINE", 95,
                    "ANAESTHESIOLOGY_INTENSIVE_CARE", 5));
            specialties.put("REHABILITATION", weighted("SPECIALTY", "PHYSIATRY_REHABILITATION", 85, "ORTHOPAEDICS", 10,
                    "NEUROLOGY", 5));
            specialties.put("", weighted("SPECIALTY", "PSYCHIATRY", 25, "LABORATORY_MEDICINE", 20, "RADIOLOGY", 20,
                    "OCCUPATIONAL_HEALTH", 20, "PATHOLOGY", 10, "CLINICAL_MICROBIOLOGY", 5));

            competence("PAEDIATRICS", "PAEDIATRICS_ALLERGOLOGY", 3, "NEONATOLOGY", 3, "PAEDIATRIC_NEUROLOGY", 2,
                    "PAEDIATRIC_CARDIOLOGY", 1, "PAEDIATRIC_NEPHROLOGY", 1, "PAEDIATRIC_ENDOCRINOLOGY", 1);
            competence("PSYCHIATRY", "CHILD_ADOLESCENT_PSYCHIATRY", 1);
            competence("INTERNAL_MEDICINE", "INTERNAL_MEDICINE_ALLERGOLOGY", 1);
            competence("RADIOLOGY", "NUCLEAR_MEDICINE", 1);
            competence("ANAESTHESIOLOGY_INTENSIVE_CARE", "PAIN_MEDICINE", 1);
            competence("NEUROLOGY", "CLINICAL_NEUROPHYSIOLOGY", 1);
            competence("OTORHINOLARYNGOLOGY", "PHONIATRICS", 1);

            damageTypes.put("I", weighted("DAMAGE_TYPE", "TREATMENT_COSTS", 60, "TEMPORARY_INCAPACITY", 20,
                    "OTHER_PECUNIARY", 12, "INCREASED_NEEDS", 8));
            damageTypes.put("PENDING", damageTypes.get("I"));
            Weighted moderate = weighted("DAMAGE_TYPE", "TREATMENT_COSTS", 35, "NON_PECUNIARY", 30,
                    "TEMPORARY_INCAPACITY", 18, "INCREASED_NEEDS", 9, "OTHER_PECUNIARY", 8);
            damageTypes.put("II", moderate);
            damageTypes.put("III", moderate);
            Weighted serious = weighted("DAMAGE_TYPE", "TREATMENT_COSTS", 25, "NON_PECUNIARY", 25,
                    "TEMPORARY_INCAPACITY", 15, "PERMANENT_INCAPACITY", 15, "INCREASED_NEEDS", 12, "OTHER_PECUNIARY", 8);
            damageTypes.put("IV", serious);
            damageTypes.put("V", serious);
            damageTypes.put("VI", weighted("DAMAGE_TYPE", "NON_PECUNIARY", 25, "LOSS_OF_MAINTENANCE", 20,
                    "FUNERAL_COSTS", 15, "TREATMENT_COSTS", 15, "PERMANENT_INCAPACITY", 10, "INCREASED_NEEDS", 8,
                    "OTHER_PECUNIARY", 7));
        }

        Weighted incidentType(String profile) {
            return incidentTypes.getOrDefault(profile, incidentTypes.get(""));
        }

        Weighted severity(String profile) {
            return severities.getOrDefault(profile, severities.get(""));
        }

        Weighted specialty(String profile) {
            return specialties.getOrDefault(profile, specialties.get(""));
        }

        Weighted damage(String severity) {
            return damageTypes.getOrDefault(severity, damageTypes.get("I"));
        }

        private String required(String list, String code) {
            if (!active.getOrDefault(list, Set.of()).contains(code)) {
                throw new IllegalStateException("code list " + list + " has no active code " + code);
            }
            return code;
        }

        private void competence(String specialty, Object... pairs) {
            Weighted w = Weighted.of(active.getOrDefault("ADDITIONAL_COMPETENCE", Set.of()), pairs);
            if (!w.isEmpty()) {
                competences.put(specialty, w);
            }
        }

        private Weighted weighted(String list, Object... pairs) {
            Weighted w = Weighted.of(active.getOrDefault(list, Set.of()), pairs);
            if (w.isEmpty()) {
                throw new IllegalStateException("code list " + list + " has none of the codes the demo data uses");
            }
            return w;
        }
    }

    private static final class Weighted {
        private final String[] codes;
        private final double[] cumulative;

        private Weighted(String[] codes, double[] cumulative) {
            this.codes = codes;
            this.cumulative = cumulative;
        }

        /** From pairs of code and weight, keeping the codes in {@code allowed}. */
        static Weighted of(Set<String> allowed, Object... pairs) {
            List<String> codes = new ArrayList<>();
            List<Double> sums = new ArrayList<>();
            double sum = 0;
            for (int i = 0; i < pairs.length; i += 2) {
                String code = (String) pairs[i];
                if (allowed.contains(code)) {
                    sum += ((Number) pairs[i + 1]).doubleValue();
                    codes.add(code);
                    sums.add(sum);
                }
            }
            return new Weighted(codes.toArray(String[]::new), sums.stream().mapToDouble(Double::doubleValue).toArray());
        }

        boolean isEmpty() {
            return codes.length == 0;
        }

        String pick(SplittableRandom random) {
            double u = random.nextDouble() * cumulative[cumulative.length - 1];
            for (int i = 0; i < cumulative.length; i++) {
                if (u < cumulative[i]) {
                    return codes[i];
                }
            }
            return codes[codes.length - 1];
        }
    }

    // ---- provider names ----------------------------------------------------------------------------------

    /** Estonian-sounding provider names by risk profile, e.g. "Tartu Hambakliinik OÜ", "Kask Perearstikeskus OÜ". */
    private static final class ProviderNames {
        private static final String[] PLACES = {"Tallinna", "Tartu", "Pärnu", "Narva", "Viljandi", "Rakvere",
            "Kuressaare", "Haapsalu", "Jõhvi", "Valga", "Võru", "Paide", "Rapla", "Põlva", "Jõgeva", "Kärdla", "Keila",
            "Saue", "Elva", "Tapa", "Türi", "Otepää", "Sillamäe", "Maardu", "Kohtla-Järve", "Kesklinna", "Kristiine",
            "Mustamäe", "Lasnamäe", "Nõmme", "Pirita", "Kalamaja", "Kadrioru", "Annelinna", "Karlova", "Supilinna",
            "Tammelinna", "Rae", "Viimsi", "Harku", "Kiili", "Saku", "Sindi", "Kehtna", "Kilingi-Nõmme", "Mõisaküla",
            "Abja", "Antsla", "Räpina", "Kunda", "Loksa", "Kallaste", "Mustvee", "Põltsamaa", "Suure-Jaani", "Kose",
            "Jüri", "Tabasalu", "Paldiski", "Orissaare", "Lihula", "Märjamaa", "Vändra", "Tõrva", "Rõuge", "Järva",
            "Lääne", "Ida", "Põhja", "Lõuna", "Emajõe", "Toome", "Ülemiste", "Vabaduse", "Raekoja", "Kalevi"};
        private static final String[] SURNAMES = {"Tamm", "Saar", "Sepp", "Mägi", "Kask", "Kukk", "Rebane", "Ilves",
            "Pärn", "Koppel", "Kuusk", "Lepik", "Oja", "Raudsepp", "Kõiv", "Vaher", "Lepp", "Järv", "Luik", "Kaasik",
            "Karu", "Kivi", "Mets", "Teder", "Põder", "Lill", "Laur", "Kallas", "Org", "Valk", "Unt", "Männik",
            "Kuusik", "Aas", "Paju", "Vares", "Nurk", "Toom", "Rand", "Kütt", "Hunt", "Jõgi", "Kangur", "Uibo",
            "Sild", "Kruus", "Ots", "Parts", "Roos", "Vill", "Soosaar", "Allik", "Tomson", "Lõhmus", "Kivistik",
            "Pihlak", "Arro", "Meri", "Liiv", "Tuisk", "Kolk", "Remmel", "Saks", "Holm", "Raud", "Orav", "Lind"};
        private static final String[] FIRST_NAMES = {"Mari", "Kadri", "Tiina", "Kristi", "Anne", "Piret", "Triin",
            "Liina", "Helen", "Katrin", "Jaan", "Peeter", "Toomas", "Andres", "Margus", "Rein", "Urmas", "Mart", "Tõnu",
            "Priit", "Ene", "Maie", "Sirje", "Ülle", "Aivar", "Siim", "Kaire", "Merike", "Eve", "Heli"};

        static String unique(String profile, SplittableRandom random, Set<String> taken) {
            for (int attempt = 0; attempt < 40; attempt++) {
                String name = name(profile, random);
                if (taken.add(name)) {
                    return name;
                }
            }
            for (int n = 2; ; n++) {
                String name = name(profile, random).replaceFirst(" (OÜ|SA|AS)$", " " + n + " $1");
                if (taken.add(name)) {
                    return name;
                }
            }
        }

        private static String name(String profile, SplittableRandom random) {
            String place = PLACES[random.nextInt(PLACES.length)];
            String surname = SURNAMES[random.nextInt(SURNAMES.length)];
            String person = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + " " + surname;
            int v = random.nextInt(4);
            return switch (profile) {
                case "LARGE_HOSPITAL" -> place + (v < 2 ? " Keskhaigla SA" : v == 2 ? " Regionaalhaigla SA" : " Kliinikum SA");
                case "GENERAL_HOSPITAL" -> place + (v < 2 ? " Haigla SA" : v == 2 ? " Üldhaigla SA" : " Maakonnahaigla SA");
                case "DENTAL_CARE" -> switch (v) {
                    case 0 -> place + " Hambakliinik OÜ";
                    case 1 -> surname + " Hambaravi OÜ";
                    case 2 -> "Hambaarst " + person + " OÜ";
                    default -> place + " Hambaravikeskus OÜ";
                };
                case "FAMILY_MEDICINE" -> switch (v) {
                    case 0 -> surname + " Perearstikeskus OÜ";
                    case 1 -> place + " Perearstid OÜ";
                    case 2 -> "Perearst " + person + " OÜ";
                    default -> place + " Tervisekeskus OÜ";
                };
                case "SPECIALIST_OUTPATIENT" -> {
                    String[] kinds = {"Silmakliinik", "Nahakliinik", "Ortopeediakliinik", "Naistekliinik", "Kõrvakliinik",
                        "Eriarstikeskus", "Südamekliinik", "Meestekliinik", "Vaimse Tervise Keskus"};
                    yield (v < 2 ? place : surname) + " " + kinds[random.nextInt(kinds.length)] + " OÜ";
                }
                case "NURSING_CARE" -> v < 2 ? place + " Õendusabi OÜ" : v == 2 ? place + " Hooldusravikeskus SA"
                        : "Koduõde " + person + " OÜ";
                case "EMERGENCY_MEDICAL" -> place + (v < 2 ? " Kiirabi SA" : " Kiirabi OÜ");
                case "REHABILITATION" -> v < 2 ? place + " Taastusravikeskus OÜ" : v == 2 ? surname + " Füsioteraapia OÜ"
                        : place + " Taastusravi OÜ";
                default -> {
                    String[] kinds = {"Psühhoteraapia", "Labor", "Logopeedia", "Kuulmiskeskus", "Diagnostikakeskus",
                        "Töötervishoid", "Nõustamiskeskus"};
                    yield (v < 2 ? place : surname) + " " + kinds[random.nextInt(kinds.length)] + " OÜ";
                }
            };
        }
    }

    // ---- writing ----------------------------------------------------------------------------------------

    /**
     * PostgreSQL refuses COPY into tables under row-level security, so rows are copied into a temporary
     * table (dropped at commit) and moved with one INSERT … SELECT, which the policies check as usual.
     */
    private static final class Staging {
        private final Connection connection;
        private final CopyManager copy;
        private final Set<String> created = new HashSet<>();

        Staging(Connection connection) throws SQLException {
            this.connection = connection;
            this.copy = connection.unwrap(PGConnection.class).getCopyAPI();
        }

        void insert(String table, String columns, Rows rows) throws SQLException {
            if (rows.count == 0) {
                return;
            }
            stage(table, columns, rows);
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("insert into " + table + " (" + columns + ") select " + columns + " from gen_" + table);
                statement.execute("truncate gen_" + table);
            }
        }

        /** Inserts and returns the new rows' ids by their number (contract or claim number). */
        Map<String, Long> insertReturningIds(String table, String columns, String numberColumn, Rows rows) throws SQLException {
            Map<String, Long> ids = new HashMap<>((int) rows.count * 2);
            if (rows.count == 0) {
                return ids;
            }
            stage(table, columns, rows);
            try (Statement statement = connection.createStatement()) {
                try (ResultSet rs = statement.executeQuery("insert into " + table + " (" + columns + ") select " + columns
                        + " from gen_" + table + " returning id, " + numberColumn)) {
                    while (rs.next()) {
                        ids.put(rs.getString(2), rs.getLong(1));
                    }
                }
                statement.execute("truncate gen_" + table);
            }
            if (ids.size() != rows.count) {
                throw new IllegalStateException("expected " + rows.count + " new " + table + " rows, got " + ids.size());
            }
            return ids;
        }

        private void stage(String table, String columns, Rows rows) throws SQLException {
            if (created.add(table)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("create temporary table gen_" + table + " on commit drop as select " + columns
                            + " from " + table + " with no data");
                }
            }
            rows.copyInto(copy, "copy gen_" + table + " (" + columns + ") from stdin");
        }
    }

    // ---- COPY text format --------------------------------------------------------------------------------

    /** Rows in PostgreSQL's COPY text format. */
    private static final class Rows {
        private final StringBuilder text = new StringBuilder(1 << 16);
        long count;

        void row(Object... fields) {
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) {
                    text.append('\t');
                }
                Object f = fields[i];
                if (f == null) {
                    text.append("\\N");
                } else if (f instanceof Boolean b) {
                    text.append(b ? 't' : 'f');
                } else {
                    escape(f.toString());
                }
            }
            text.append('\n');
            count++;
        }

        private void escape(String s) {
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                switch (ch) {
                    case '\\' -> text.append("\\\\");
                    case '\t' -> text.append("\\t");
                    case '\n' -> text.append("\\n");
                    case '\r' -> text.append("\\r");
                    default -> text.append(ch);
                }
            }
        }

        void copyInto(CopyManager copy, String sql) throws SQLException {
            CopyIn in = copy.copyIn(sql);
            try {
                int slice = 1 << 16;
                for (int from = 0; from < text.length(); from += slice) {
                    byte[] bytes = text.substring(from, Math.min(text.length(), from + slice)).getBytes(StandardCharsets.UTF_8);
                    in.writeToCopy(bytes, 0, bytes.length);
                }
                in.endCopy();
            } finally {
                if (in.isActive()) {
                    in.cancelCopy();
                }
            }
            text.setLength(0);
        }
    }

    /** A submission event's change list: [{"field":…,"before":…,"after":…}]. Values are codes, dates and numbers. */
    private static final class Json {
        private final StringBuilder text = new StringBuilder("[");

        Json change(String field, String before, String after) {
            if (text.length() > 1) {
                text.append(',');
            }
            text.append("{\"field\":").append(quote(field)).append(",\"before\":").append(quote(before))
                    .append(",\"after\":").append(quote(after)).append('}');
            return this;
        }

        private static String quote(String value) {
            return value == null ? "null" : '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }

        @Override
        public String toString() {
            return text + "]";
        }
    }

    // ---- small helpers -----------------------------------------------------------------------------------

    /** Cents as a numeric with two decimals: -12345 → "-123.45". */
    static String money(long cents) {
        long abs = Math.abs(cents);
        long rest = abs % 100;
        return (cents < 0 ? "-" : "") + abs / 100 + (rest < 10 ? ".0" : ".") + rest;
    }

    private static String pct(Integer pct) {
        return pct == null ? null : pct + ".00";
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static int pick(double[] weights, SplittableRandom random) {
        double sum = Arrays.stream(weights).sum();
        double u = random.nextDouble() * sum;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    private static Map<String, Double> linked(Object... pairs) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Double) pairs[i + 1]);
        }
        return map;
    }

    /**
     * Fresh statistics after a bulk load, as after any COPY: without them the planner takes the new tables for
     * nearly empty and plans the dashboards' aggregates as if they were.
     */
    private static void analyze(DataSource source) throws SQLException {
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("analyze healthcare_provider, contract, contract_version, claim, payout, recovery, reserve,"
                    + " outstanding_recovery, submission_event");
        }
    }
}
