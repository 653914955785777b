package ee.tokvs.portal.claim;

import java.util.List;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The claim list's filter and page as the address carries them (the list's own form, its pager, the
 * dashboards' links): text as typed, so that the form shows it back; {@link ClaimSearch} reads it.
 */
public class ClaimFilter {

    @RestQuery
    public String status;
    // several values of one are alternatives (the dashboards' several severities, say)
    @RestQuery
    public List<String> incidentType = List.of();
    @RestQuery
    public List<String> severity = List.of();
    @RestQuery
    public List<String> specialty = List.of();
    /** Specialty groups (V18): their specialties join those chosen one by one. */
    @RestQuery
    public List<String> specialtyGroup = List.of();
    /** "true" for claims still being handled, "false" for finished ones; anything else for both. */
    @RestQuery
    public String open;
    @RestQuery
    public String receivedFrom;
    @RestQuery
    public String receivedTo;
    @RestQuery
    public String incidentFrom;
    @RestQuery
    public String incidentTo;
    @RestQuery
    public String contractNumber;
    /** Part of a claim number, any case. */
    @RestQuery
    public String claimNumber;
    /** Part of an incident number, any case. */
    @RestQuery
    public String incidentNumber;
    // The dashboards' drill-downs: the form carries them on as hidden fields.
    @RestQuery
    public List<String> insurer = List.of();
    @RestQuery
    public List<String> riskProfile = List.of();
    /** A {@link ClaimSearch.Attention} name. */
    @RestQuery
    public String attention;
    @RestQuery
    public String damageType;
    @RestQuery
    public String recoveryType;
    @RestQuery
    public String page;
    /** A {@link ClaimSearch#SORTS} key, with a leading "-" for descending; the latest received first if none. */
    @RestQuery
    public String sort;

    /** The one value chosen of a filter, for the list's own single choice; none where there are none or several. */
    public String one(List<String> values) {
        List<String> chosen = chosen(values);
        return chosen.size() == 1 ? chosen.get(0) : null;
    }

    /** The values given, without blanks. */
    static List<String> chosen(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
    }

    /** The message naming a data-quality list, if the list is one. */
    public String attentionKey() {
        ClaimSearch.Attention known = ClaimSearch.Attention.parse(attention);
        return known == null ? null : "claims_attention_" + known.name();
    }

    /** The page asked for, counted from 0; the first where the number is missing or unreadable. */
    public int pageNumber() {
        try {
            return page == null ? 0 : Math.max(0, Integer.parseInt(page));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The column the list is sorted by: the one asked for, or the date received. */
    public String sortKey() {
        return known() ? asked() : "received";
    }

    /** Whether the list runs from the largest (latest) down; so by default, the latest received first. */
    public boolean descending() {
        return !known() || sort.strip().startsWith("-");
    }

    /** The column the address asks to sort by, without its direction. */
    private String asked() {
        return sort == null ? "" : sort.strip().replaceFirst("^-", "");
    }

    private boolean known() {
        return ClaimSearch.SORTS.containsKey(asked());
    }

    /**
     * The sort a column's heading asks for: the other direction where the list is sorted by it already; else dates
     * and money the latest and largest first, words from A.
     */
    public String sortParam(String key) {
        boolean descending = key.equals(sortKey()) ? !descending() : ClaimSearch.LARGEST_FIRST.contains(key);
        return (descending ? "-" : "") + key;
    }

    /** The heading's aria-sort: "ascending" or "descending" on the column sorted by, null on the others. */
    public String ariaSort(String key) {
        return !key.equals(sortKey()) ? null : descending() ? "descending" : "ascending";
    }

    /** Whether only open (true) or only finished (false) claims are asked for; null for both. */
    Boolean openOnly() {
        return "true".equals(open) ? Boolean.TRUE : "false".equals(open) ? Boolean.FALSE : null;
    }
}
