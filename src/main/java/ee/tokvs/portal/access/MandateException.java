package ee.tokvs.portal.access;

/** A representative reached a register page without the mandate it needs. */
public class MandateException extends RuntimeException {

    public enum Reason {
        /** The chosen insurer's mandate was revoked, ended or expired. */
        LOST,
        /** No insurer chosen yet. */
        NONE_CHOSEN,
        /** The mandate allows queries only. */
        NO_SUBMIT_SCOPE;

        public String messageKey() {
            return "error_mandate_" + name();
        }
    }

    private final Reason reason;

    public MandateException(Reason reason) {
        super("mandate: " + reason, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
