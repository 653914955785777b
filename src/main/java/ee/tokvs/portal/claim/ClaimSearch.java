package ee.tokvs.portal.claim;

import io.quarkus.panache.common.Parameters;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The claim list's search: the address's filter, all of it optional, read into typed values on the day it
 * runs. {@code date} reads a filter date, null when there is none or it cannot be used.
 */
public record ClaimSearch(ClaimFilter filter, LocalDate today, Function<String, LocalDate> date,
        Function<List<String>, List<String>> specialtiesOf) {

    /**
     * The data-quality lists the dashboards count and link to. Which claims are on each is defined once, by the
     * view claim_attention ({@link ClaimAttention}), which both this list and the dashboards' counts read.
     */
    public enum Attention {
        /** Incident type or severity still being specified 90 days after receipt. */
        STILL_SPECIFIED,
        /** Handling not finished and no reserve set. */
        OPEN_WITHOUT_RESERVE,
        /** Handling finished but no finished date. */
        FINISHED_WITHOUT_DATE;

        public static Attention parse(String value) {
            for (Attention attention : values()) {
                if (attention.name().equals(value)) {
                    return attention;
                }
            }
            return null;
        }
    }

    public static final int PAGE_SIZE = 25;
    /** At most this many claims go into one export: the file is made whole before it is sent. */
    public static final int EXPORT_LIMIT = 100_000;
    private static final int EXPORT_PAGE = 1_000;

    /** A coded column's order: its code list's, from the entry {@link #SORT_JOINS} joins as {@code o}. */
    private static final String IN_CODE_LIST_ORDER = "o.sortOrder";
    /**
     * The entry of a coded column's code, joined for its order: one hash join over the code list, where a subquery per
     * claim would look each up again (the load bench's sorted lists spent their time there).
     */
    private static final Map<String, String> SORT_JOINS = Map.of(
            "status", codeListEntry("CLAIM_STATUS", "c.status"),
            "incidentType", codeListEntry("INCIDENT_TYPE", "c.incidentType"),
            "severity", codeListEntry("SEVERITY", "c.severity"));
    /** The columns the list sorts by, each as what it orders by (several expressions for one column). */
    static final Map<String, List<String>> SORTS = Map.of(
            "number", List.of("c.claimNumber"),
            "received", List.of("c.receivedDate"),
            "incident", List.of("c.incidentDate"),
            "status", List.of(IN_CODE_LIST_ORDER),
            "incidentType", List.of(IN_CODE_LIST_ORDER),
            "severity", List.of(IN_CODE_LIST_ORDER),
            "open", List.of("c.handlingFinished", "c.finishedDate"),
            "paid", List.of(ClaimMoney.PAID),
            "reserved", List.of(ClaimMoney.RESERVED));
    /** The columns whose heading sorts the latest or largest first. */
    static final Set<String> LARGEST_FIRST = Set.of("received", "incident", "paid", "reserved");

    /** A claim in the list, with its paid and reserved sums. */
    public record Row(Claim claim, BigDecimal paid, BigDecimal reserved) {
    }

    /** A page of the list (from 0), how many claims there are in all, and their paid and reserved sums. */
    public record Result(List<Row> rows, int page, int total, BigDecimal paid, BigDecimal reserved) {

        public int pages() {
            return Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }

        public boolean hasNext() {
            return page + 1 < pages();
        }

        /** The page's number as shown, from 1. */
        public int number() {
            return page + 1;
        }

        public int previous() {
            return page - 1;
        }

        public int next() {
            return page + 1;
        }

        public int last() {
            return pages() - 1;
        }

        public int exportLimit() {
            return EXPORT_LIMIT;
        }

        /** Whether the claims found fit into one export. */
        public boolean exportable() {
            return total > 0 && total <= EXPORT_LIMIT;
        }
    }

    /** The first page of the claims under one contract of an insurer (the contract's page lists them). */
    public static Result underContract(String contractNumber, String insurerCode) {
        ClaimFilter filter = new ClaimFilter();
        filter.contractNumber = contractNumber;
        filter.insurer = List.of(insurerCode);
        // no dates, lists or groups to read
        return new ClaimSearch(filter, null, typed -> null, groups -> List.of()).run();
    }

    private record Where(String clause, Parameters params) {
    }

    /** The page asked for (the last where it asks for one beyond), with the count and sums of all found. */
    public Result run() {
        Where where = where();
        ClaimMoney.Found found = ClaimMoney.found(where.clause(), where.params());
        int total = Math.toIntExact(found.claims());
        int page = Math.min(filter.pageNumber(), Math.max(0, (total - 1) / PAGE_SIZE));
        return new Result(rows(where, page * PAGE_SIZE, PAGE_SIZE), page, total, found.paid(), found.reserved());
    }

    /** Every claim found, in the list's order, a thousand at a time (the session cleared between them). */
    public void forEach(Consumer<Row> sink) {
        Where where = where();
        for (int first = 0; ; first += EXPORT_PAGE) {
            List<Row> rows = rows(where, first, EXPORT_PAGE);
            rows.forEach(sink);
            Claim.getEntityManager().clear();
            if (rows.size() < EXPORT_PAGE) {
                return;
            }
        }
    }

    /** How many claims the filter finds. */
    public long count() {
        Where where = where();
        return Claim.count("from Claim c where " + where.clause(), where.params());
    }

    private List<Row> rows(Where where, int first, int max) {
        String direction = filter.descending() ? " desc" : " asc";
        String order = SORTS.get(filter.sortKey()).stream().map(e -> e + direction).collect(Collectors.joining(", "));
        // The page's ids first, then those claims with their sums: read whole, or with the sums in the select list,
        // every claim the offset skips would be read and summed too (the load bench's later pages spent their time
        // there).
        var query = Claim.getEntityManager().createQuery("select c.id from Claim c"
                + SORT_JOINS.getOrDefault(filter.sortKey(), "") + " where " + where.clause() + " order by " + order
                + ", c.id" + direction, Long.class);
        where.params().map().forEach(query::setParameter);
        List<Long> ids = query.setFirstResult(first).setMaxResults(max).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Row> rows = Claim.getEntityManager().createQuery("select c, " + ClaimMoney.PAID + ", "
                + ClaimMoney.RESERVED + " from Claim c join fetch c.contract where c.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultStream()
                .map(r -> new Row((Claim) r[0], (BigDecimal) r[1], (BigDecimal) r[2]))
                .collect(Collectors.toMap(r -> r.claim().id, r -> r));
        // in the page's order; a claim removed between the two reads is left out
        return ids.stream().filter(rows::containsKey).map(rows::get).toList();
    }

    private static String codeListEntry(String list, String code) {
        return " left join CodeListEntry o on o.key.list = ee.tokvs.portal.reference.CodeList." + list
                + " and o.key.code = " + code;
    }

    private Where where() {
        LocalDate receivedFrom = date.apply(filter.receivedFrom);
        LocalDate receivedTo = date.apply(filter.receivedTo);
        LocalDate incidentFrom = date.apply(filter.incidentFrom);
        LocalDate incidentTo = date.apply(filter.incidentTo);
        Attention attention = Attention.parse(filter.attention);
        Boolean open = filter.openOnly();
        StringBuilder where = new StringBuilder(ClaimMoney.EVERY_CLAIM);
        Parameters params = new Parameters();
        equal(where, params, "status", filter.status);
        in(where, params, "incidentType", ClaimFilter.chosen(filter.incidentType));
        in(where, params, "severity", ClaimFilter.chosen(filter.severity));
        List<String> specialties = new java.util.ArrayList<>(ClaimFilter.chosen(filter.specialty));
        List<String> groups = ClaimFilter.chosen(filter.specialtyGroup);
        if (!groups.isEmpty()) {
            specialties.addAll(specialtiesOf.apply(groups));
            // a group with no specialties matches nothing, not everything
            specialties.add("");
        }
        in(where, params, "specialty", specialties);
        containing(where, params, "claimNumber", filter.claimNumber);
        containing(where, params, "incidentNumber", filter.incidentNumber);
        equal(where, params, "contract.contractNumber", filter.contractNumber);
        // Only Terviseamet sees several insurers; for an insurer's own user this can only narrow to itself.
        in(where, params, "insurerCode", ClaimFilter.chosen(filter.insurer));
        range(where, params, "incidentDate", incidentFrom, incidentTo);
        List<String> profiles = ClaimFilter.chosen(filter.riskProfile);
        if (!profiles.isEmpty()) {
            // The risk profile of the policyholder of the contract's current version; UNKNOWN where it has none.
            String ofCurrent = "from CurrentContractVersion v, HealthcareProvider p where v.contractId = c.contract.id"
                    + " and p.registryCode = v.policyholderCode and p.riskProfile";
            List<String> known = profiles.stream().filter(p -> !"UNKNOWN".equals(p)).toList();
            List<String> either = new java.util.ArrayList<>();
            if (profiles.contains("UNKNOWN")) {
                either.add("not exists (select 1 " + ofCurrent + " is not null)");
            }
            if (!known.isEmpty()) {
                either.add("exists (select 1 " + ofCurrent + " in :riskProfile)");
                params.and("riskProfile", known);
            }
            where.append(" and (").append(String.join(" or ", either)).append(")");
        }
        if (attention != null) {
            where.append(" and exists (select 1 from ClaimAttention a where a.claimId = c.id and a.attention = :attention"
                    + " and a.dueOn <= :today)");
            params.and("attention", attention.name()).and("today", today);
        }
        // The dashboards' money figures: the claims with a payout or reserve of a damage type, or a recovery
        // received or outstanding of a recovery type, net of corrections as the figures count them (dash_claim_money).
        if (filter.damageType != null && !filter.damageType.isBlank()) {
            where.append(" and exists (select 1 from ClaimMoney m where m.claimId = c.id and m.measure in ('PAID', 'RESERVED')"
                    + " and m.type = :damageType)");
            params.and("damageType", filter.damageType.strip());
        }
        if (filter.recoveryType != null && !filter.recoveryType.isBlank()) {
            where.append(" and exists (select 1 from ClaimMoney m where m.claimId = c.id"
                    + " and m.measure in ('RECOVERED', 'OUTSTANDING') and m.type = :recoveryType)");
            params.and("recoveryType", filter.recoveryType.strip());
        }
        if (open != null) {
            where.append(" and c.handlingFinished = :finished");
            params.and("finished", !open);
        }
        range(where, params, "receivedDate", receivedFrom, receivedTo);
        return new Where(where.toString(), params);
    }

    /** Values containing the text given, in any case. */
    private static void containing(StringBuilder where, Parameters params, String path, String value) {
        if (value != null && !value.isBlank()) {
            where.append(" and lower(c.").append(path).append(") like :").append(path).append(" escape '!'");
            params.and(path, "%" + value.strip().toLowerCase(java.util.Locale.ROOT).replaceAll("[!%_]", "!$0") + "%");
        }
    }

    private static void range(StringBuilder where, Parameters params, String path, LocalDate from, LocalDate to) {
        if (from != null) {
            where.append(" and c.").append(path).append(" >= :").append(path).append("From");
            params.and(path + "From", from);
        }
        if (to != null) {
            where.append(" and c.").append(path).append(" <= :").append(path).append("To");
            params.and(path + "To", to);
        }
    }

    private static void in(StringBuilder where, Parameters params, String path, List<String> values) {
        if (!values.isEmpty()) {
            String name = path.replace('.', '_');
            where.append(" and c.").append(path).append(" in :").append(name);
            params.and(name, values);
        }
    }

    private static void equal(StringBuilder where, Parameters params, String path, String value) {
        if (value != null && !value.isBlank()) {
            String name = path.replace('.', '_');
            where.append(" and c.").append(path).append(" = :").append(name);
            params.and(name, value.strip());
        }
    }
}
