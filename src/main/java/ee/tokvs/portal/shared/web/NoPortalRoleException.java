package ee.tokvs.portal.shared.web;

/** A signed-in user whom Keycloak gave none of the portal's roles. */
public class NoPortalRoleException extends RefusedException {

    public NoPortalRoleException() {
        super("the user has no portal role");
    }

    @Override
    public String messageKey() {
        return "error_403_no_role";
    }
}
