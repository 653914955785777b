package ee.tokvs.portal.shared.web;

/** A state-changing request that did not come from the portal's own pages; refused with a 403 page. */
public class CrossSiteRequestException extends RefusedException {

    public enum Reason {
        /** The browser says the request came from another site or origin. */
        CROSS_SITE("error_403_cross_site"),
        /** No token, or not this session's: a forged request, or a page from before the login changed. */
        TOKEN("error_403_csrf");

        public final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    private final Reason reason;

    public CrossSiteRequestException(Reason reason) {
        super(reason.name());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String messageKey() {
        return reason.messageKey;
    }
}
