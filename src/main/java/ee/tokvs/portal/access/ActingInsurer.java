package ee.tokvs.portal.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Whose data this request works on, decided once per request: the insurer of an insurer's user;
 * every insurer, read-only, for Terviseamet; nobody otherwise. The ORM's tenant filter and PostgreSQL's
 * row-level security both take it from here, so no query has to remember it.
 */
@RequestScoped
public class ActingInsurer {

    /** Terviseamet's view: every insurer's rows, for reading only. */
    public static final String ALL_READ_ONLY = "*";
    /** No insurer: matches no row, and no row can be written. */
    public static final String NOBODY = "";

    @Inject
    CurrentUser currentUser;

    private String tenant;

    /** The registry code of the insurer acted for, {@link #ALL_READ_ONLY} or {@link #NOBODY}. */
    public String tenant() {
        if (tenant == null) {
            tenant = decide();
        }
        return tenant;
    }

    public Optional<String> insurerCode() {
        String t = tenant();
        return t.equals(ALL_READ_ONLY) || t.equals(NOBODY) ? Optional.empty() : Optional.of(t);
    }

    private String decide() {
        PortalRole role = currentUser.role().orElse(null);
        if (role == null) {
            return NOBODY;
        }
        return switch (role) {
            case INSURER_ADMIN, INSURER_STAFF -> currentUser.organisation()
                    .filter(o -> o.kind() == Organisation.Kind.INSURER)
                    .map(Organisation::registryCode)
                    .orElse(NOBODY);
            case TERVISEAMET_ADMIN, TERVISEAMET_ANALYST -> currentUser.organisation()
                    .filter(o -> o.kind() == Organisation.Kind.AUTHORITY)
                    .map(o -> ALL_READ_ONLY)
                    .orElse(NOBODY);
            // Representatives act for an insurer only through a valid mandate (the mandates feature).
            case REPRESENTATIVE -> NOBODY;
        };
    }
}
