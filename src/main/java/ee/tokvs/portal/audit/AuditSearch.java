package ee.tokvs.portal.audit;

import ee.tokvs.portal.shared.i18n.Figures;
import ee.tokvs.portal.shared.rules.Fields;
import ee.tokvs.portal.shared.rules.Findings;
import ee.tokvs.portal.shared.web.FormFields;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import java.time.LocalDate;
import java.util.List;

/**
 * The submission log's search, read from its {@link AuditFilter}: newest first, optionally only the late submissions,
 * one insurer's (Terviseamet's choice) and the business dates of a period, either end open. A date that cannot be read
 * is left out and reported at its field; the form shows it back as typed so that it can be corrected.
 *
 * @param insurer the registry code chosen, or null for every insurer the reader sees
 * @param fromText what the "from" field shows: a date read, in the page's format, or the text as typed
 * @param page the page shown, from 0
 */
public record AuditSearch(boolean lateOnly, String insurer, LocalDate from, LocalDate to, String fromText,
        String toText, int page) {

    public static final int PAGE_SIZE = 50;
    static final String FROM = "from";
    static final String TO = "to";
    /** The filter's date fields with their labels, in the page's order. */
    static final FormFields FIELDS = FormFields.of().field(FROM, "audit_from").field(TO, "audit_to");
    /** Further back than anyone pages by hand; keeps the offset far from overflowing. */
    private static final int LAST_PAGE = 100_000;

    /** A page of events and whether an older one follows. */
    public record Result(List<SubmissionEvent> events, boolean hasNext) {
    }

    /**
     * The filter read; dates that cannot be read become findings at their fields. Only a reader of every insurer's
     * log chooses an insurer: for an insurer's own admin the choice is left out (row-level security shows its own).
     */
    static AuditSearch read(AuditFilter filter, boolean everyInsurer, Findings findings) {
        String insurer = Fields.text(filter.insurer);
        LocalDate from = Fields.date(findings, FROM, filter.from, false);
        LocalDate to = Fields.date(findings, TO, filter.to, false);
        return new AuditSearch("true".equals(Fields.text(filter.late)),
                everyInsurer && insurer != null && insurer.matches("\\d{8}") ? insurer : null, from, to,
                shown(from, filter.from), shown(to, filter.to), Math.min(filter.pageNumber(), LAST_PAGE));
    }

    private static String shown(LocalDate date, String typed) {
        return date != null ? Figures.date(date) : typed == null ? "" : typed.strip();
    }

    Result run() {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (lateOnly) {
            where.append(" and late = true");
        }
        if (insurer != null) {
            where.append(" and insurerCode = :insurer");
            params.and("insurer", insurer);
        }
        if (from != null) {
            where.append(" and businessDate >= :from");
            params.and(FROM, from);
        }
        if (to != null) {
            where.append(" and businessDate <= :to");
            params.and(TO, to);
        }
        int first = page * PAGE_SIZE;
        // a page and one more row, to know whether another page follows (Page.of(page, PAGE_SIZE + 1) would start each
        // later page one row further on, skipping a row per page)
        List<SubmissionEvent> events = SubmissionEvent.<SubmissionEvent>find(where.toString(),
                Sort.descending("submittedAt", "id"), params).range(first, first + PAGE_SIZE).list();
        boolean hasNext = events.size() > PAGE_SIZE;
        return new Result(hasNext ? events.subList(0, PAGE_SIZE) : events, hasNext);
    }

    /** Whether the log is narrowed to an insurer or a period: what the notice above it says. */
    public boolean narrowed() {
        return insurer != null || from != null || to != null;
    }

    /** The address of another page of this search: every filter kept, dates as ISO dates. */
    public String address(int otherPage) {
        StringBuilder address = new StringBuilder("/audit?");
        if (lateOnly) {
            address.append("late=true&");
        }
        if (insurer != null) {
            address.append("insurer=").append(insurer).append('&');
        }
        if (from != null) {
            address.append("from=").append(from).append('&');
        }
        if (to != null) {
            address.append("to=").append(to).append('&');
        }
        return address.append("page=").append(otherPage).toString();
    }
}
