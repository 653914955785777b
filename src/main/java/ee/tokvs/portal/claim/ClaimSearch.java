package ee.tokvs.portal.claim;

import io.quarkus.panache.common.Parameters;
import java.time.LocalDate;
import java.util.List;

/** The claim list's filters, all optional, and paging. */
public record ClaimSearch(String status, String incidentType, String severity, String specialty, Boolean open,
        LocalDate receivedFrom, LocalDate receivedTo, String contractNumber, String incidentNumber, int page) {

    public static final int PAGE_SIZE = 25;

    public record Result(List<Claim> rows, boolean hasNext, int total) {
    }

    public Result run() {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        equal(where, params, "status", status);
        equal(where, params, "incidentType", incidentType);
        equal(where, params, "severity", severity);
        equal(where, params, "specialty", specialty);
        equal(where, params, "incidentNumber", incidentNumber);
        equal(where, params, "contract.contractNumber", contractNumber);
        if (open != null) {
            where.append(" and c.handlingFinished = :finished");
            params.and("finished", !open);
        }
        if (receivedFrom != null) {
            where.append(" and c.receivedDate >= :receivedFrom");
            params.and("receivedFrom", receivedFrom);
        }
        if (receivedTo != null) {
            where.append(" and c.receivedDate <= :receivedTo");
            params.and("receivedTo", receivedTo);
        }
        long total = Claim.count("from Claim c where " + where, params);
        List<Claim> rows = Claim.<Claim>find("from Claim c join fetch c.contract where " + where
                + " order by c.receivedDate desc, c.id desc", params).page(Math.max(page, 0), PAGE_SIZE).list();
        return new Result(rows, (long) (Math.max(page, 0) + 1) * PAGE_SIZE < total, Math.toIntExact(total));
    }

    private static void equal(StringBuilder where, Parameters params, String path, String value) {
        if (value != null && !value.isBlank()) {
            String name = path.replace('.', '_');
            where.append(" and c.").append(path).append(" = :").append(name);
            params.and(name, value.strip());
        }
    }
}
