package ee.tokvs.portal.shared.web;

/**
 * A request the user may not make, for a reason the 403 page tells in the user's language. Features refuse
 * through a subclass of their own; the error pages know only this.
 */
public abstract class RefusedException extends RuntimeException {

    protected RefusedException(String message) {
        super(message, null, false, false);
    }

    /** The message key of the reason, shown on the 403 page. */
    public abstract String messageKey();
}
