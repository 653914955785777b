package ee.tokvs.portal.claim;

import io.quarkus.panache.common.Parameters;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

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

    public record Result(List<Claim> rows, boolean hasNext, int total) {
    }

    public Result run() {
        LocalDate receivedFrom = date.apply(filter.receivedFrom);
        LocalDate receivedTo = date.apply(filter.receivedTo);
        LocalDate incidentFrom = date.apply(filter.incidentFrom);
        LocalDate incidentTo = date.apply(filter.incidentTo);
        Attention attention = Attention.parse(filter.attention);
        Boolean open = filter.openOnly();
        StringBuilder where = new StringBuilder("1 = 1");
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
        equal(where, params, "incidentNumber", filter.incidentNumber);
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
        // received or outstanding of a recovery type.
        if (filter.damageType != null && !filter.damageType.isBlank()) {
            where.append(" and (exists (select 1 from Payout p where p.claim = c and p.damageType = :damageType)"
                    + " or exists (select 1 from Reserve r where r.claim = c and r.damageType = :damageType))");
            params.and("damageType", filter.damageType.strip());
        }
        if (filter.recoveryType != null && !filter.recoveryType.isBlank()) {
            where.append(" and (exists (select 1 from Recovery r where r.claim = c and r.recoveryType = :recoveryType)"
                    + " or exists (select 1 from OutstandingRecovery o where o.claim = c and o.recoveryType = :recoveryType))");
            params.and("recoveryType", filter.recoveryType.strip());
        }
        if (open != null) {
            where.append(" and c.handlingFinished = :finished");
            params.and("finished", !open);
        }
        range(where, params, "receivedDate", receivedFrom, receivedTo);
        int page = filter.pageNumber();
        long total = Claim.count("from Claim c where " + where, params);
        List<Claim> rows = Claim.<Claim>find("from Claim c join fetch c.contract where " + where
                + " order by c.receivedDate desc, c.id desc", params).page(page, PAGE_SIZE).list();
        return new Result(rows, (long) (page + 1) * PAGE_SIZE < total, Math.toIntExact(total));
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
