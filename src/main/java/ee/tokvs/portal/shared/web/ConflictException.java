package ee.tokvs.portal.shared.web;

/** Someone else saved the record after this user opened it; their change must not be overwritten. */
public class ConflictException extends RuntimeException {

    public ConflictException() {
        super("the record changed since it was opened", null, false, false);
    }
}
