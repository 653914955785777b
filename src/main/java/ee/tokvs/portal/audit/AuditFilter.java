package ee.tokvs.portal.audit;

import org.jboss.resteasy.reactive.RestQuery;

/**
 * The submission log's filter and page as the address carries them (the log's own form, its pager, the dashboards'
 * links): text as typed, so that the form shows back what could not be read; {@link AuditSearch} reads it.
 */
public class AuditFilter {

    /** "true" for the late submissions only. */
    @RestQuery
    public String late;
    /** An insurer's registry code: Terviseamet's choice; an insurer sees its own log anyway. */
    @RestQuery
    public String insurer;
    /** The first and last business date (the day the data came into being or changed), either may be missing. */
    @RestQuery
    public String from;
    @RestQuery
    public String to;
    @RestQuery
    public String page;

    /** The page asked for, counted from 0; the first where the number is missing or unreadable. */
    int pageNumber() {
        try {
            return page == null ? 0 : Math.max(0, Integer.parseInt(page.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
