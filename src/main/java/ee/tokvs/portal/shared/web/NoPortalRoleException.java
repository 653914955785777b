package ee.tokvs.portal.shared.web;

/** A signed-in user whom Keycloak gave none of the portal's roles. */
public class NoPortalRoleException extends RuntimeException {

    public NoPortalRoleException() {
        super("the user has no portal role", null, false, false);
    }
}
