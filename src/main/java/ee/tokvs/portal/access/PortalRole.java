package ee.tokvs.portal.access;

import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;

/**
 * The portal's roles as Keycloak's realm roles. Declaration order is precedence: a user holding several
 * roles lands on the home of the first one.
 */
public enum PortalRole {
    INSURER_ADMIN(Names.INSURER_ADMIN, Home.INSURER),
    INSURER_STAFF(Names.INSURER_STAFF, Home.INSURER),
    REPRESENTATIVE(Names.REPRESENTATIVE, Home.REPRESENTATIVE),
    /** Composite of {@code representative} in Keycloak: its holder is a representative first, and manages people. */
    REPRESENTATIVE_ADMIN(Names.REPRESENTATIVE_ADMIN, Home.REPRESENTATIVE),
    TERVISEAMET_ADMIN(Names.TERVISEAMET_ADMIN, Home.TERVISEAMET),
    TERVISEAMET_ANALYST(Names.TERVISEAMET_ANALYST, Home.TERVISEAMET);

    /** Role names as compile-time constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String INSURER_STAFF = "insurer-staff";
        public static final String INSURER_ADMIN = "insurer-admin";
        public static final String REPRESENTATIVE = "representative";
        public static final String REPRESENTATIVE_ADMIN = "representative-admin";
        public static final String TERVISEAMET_ANALYST = "terviseamet-analyst";
        public static final String TERVISEAMET_ADMIN = "terviseamet-admin";

        private Names() {
        }
    }

    /** The three landing pages; each role has exactly one. */
    public enum Home {
        INSURER("/insurer"), REPRESENTATIVE("/representative"), TERVISEAMET("/terviseamet");

        public final String path;

        Home(String path) {
            this.path = path;
        }
    }

    public final String id;
    public final Home home;

    PortalRole(String id, Home home) {
        this.id = id;
        this.home = home;
    }

    /** The portal role with this Keycloak role name, if it is one. */
    public static Optional<PortalRole> byId(String id) {
        return Arrays.stream(values()).filter(role -> role.id.equals(id)).findFirst();
    }

    /** The role that decides a user's landing page, if the user has any portal role at all. */
    public static Optional<PortalRole> primaryOf(Collection<String> roleIds) {
        return Arrays.stream(values()).filter(role -> roleIds.contains(role.id)).findFirst();
    }

    /** Message key of the role's display name. */
    public String messageKey() {
        return "role_" + name().toLowerCase();
    }
}
