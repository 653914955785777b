package ee.tokvs.portal.access;

import ee.tokvs.portal.shared.web.RefusedException;

/** A representative reached a register page without the mandate it needs. */
public class MandateException extends RefusedException {

    public enum Reason {
        /** The chosen insurer's mandate was revoked, ended or expired. */
        LOST,
        /** No insurer chosen yet. */
        NONE_CHOSEN,
        /** The mandate allows queries only. */
        NO_SUBMIT_SCOPE,
        /** The mandate allows submitting only, not the §4 queries. */
        NO_QUERY_SCOPE;

        public String messageKey() {
            return "error_mandate_" + name();
        }
    }

    private final Reason reason;

    public MandateException(Reason reason) {
        super("mandate: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String messageKey() {
        return reason.messageKey();
    }
}
