package ee.tokvs.portal.claim;

import org.jboss.resteasy.reactive.RestQuery;

/**
 * The claim list's filter and page as the address carries them (the list's own form, its pager, the
 * dashboards' links): text as typed, so that the form shows it back; {@link ClaimSearch} reads it.
 */
public class ClaimFilter {

    @RestQuery
    public String status;
    @RestQuery
    public String incidentType;
    @RestQuery
    public String severity;
    @RestQuery
    public String specialty;
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
    @RestQuery
    public String incidentNumber;
    // The dashboards' drill-downs: the form carries them on as hidden fields.
    @RestQuery
    public String insurer;
    @RestQuery
    public String riskProfile;
    /** A {@link ClaimSearch.Attention} name. */
    @RestQuery
    public String attention;
    @RestQuery
    public String damageType;
    @RestQuery
    public String recoveryType;
    @RestQuery
    public String page;

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

    /** Whether only open (true) or only finished (false) claims are asked for; null for both. */
    Boolean openOnly() {
        return "true".equals(open) ? Boolean.TRUE : "false".equals(open) ? Boolean.FALSE : null;
    }
}
