package ee.tokvs.portal.contract;

import io.quarkus.panache.common.Parameters;
import java.time.LocalDate;
import java.util.List;

/** The contract list's search: number, policyholder code or name, insurance period overlap; paged. */
public record ContractSearch(String q, LocalDate from, LocalDate to, int page) {

    public static final int PAGE_SIZE = 25;

    /** One page of current versions, and whether another page follows. */
    public record Result(List<ContractVersion> rows, boolean hasNext, int total) {
    }

    public Result run() {
        StringBuilder where = new StringBuilder(
                "exists (select 1 from CurrentContractVersion cur where cur.versionId = v.id)");
        Parameters params = new Parameters();
        if (q != null && !q.isBlank()) {
            where.append(" and (lower(v.contract.contractNumber) like :q or v.policyholderCode like :q"
                    + " or exists (select 1 from HealthcareProvider p where p.registryCode = v.policyholderCode"
                    + " and lower(p.name) like :q))");
            params.and("q", "%" + q.strip().toLowerCase() + "%");
        }
        if (from != null) {
            where.append(" and v.periodEnd >= :from");
            params.and("from", from);
        }
        if (to != null) {
            where.append(" and v.periodStart <= :to");
            params.and("to", to);
        }
        var query = ContractVersion.<ContractVersion>find("from ContractVersion v join fetch v.contract where " + where
                + " order by v.contract.contractNumber", params);
        long total = ContractVersion.count("from ContractVersion v where " + where, params);
        List<ContractVersion> rows = query.page(Math.max(page, 0), PAGE_SIZE).list();
        return new Result(rows, (long) (Math.max(page, 0) + 1) * PAGE_SIZE < total, Math.toIntExact(total));
    }
}
