package ee.tokvs.portal.access;

import ee.tokvs.portal.shared.time.Clocks;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;

/**
 * Whose data this request works on, decided once per request: the insurer of an insurer's user;
 * every insurer, read-only, for Terviseamet; nobody otherwise. The ORM's tenant filter and PostgreSQL's
 * row-level security both take it from here, so no query has to remember it.
 */
@RequestScoped
@Named("acting")
public class ActingInsurer {

    /** Terviseamet's view: every insurer's rows, for reading only. */
    public static final String ALL_READ_ONLY = "*";
    /** No insurer: matches no row, and no row can be written. */
    public static final String NOBODY = "";

    /** The cookie in which a representative's choice of insurer travels; checked against mandates each request. */
    public static final String CHOICE_COOKIE = "tokvs_acting";
    /** The header in which a representative's system names the insurer it calls the API for. */
    public static final String REPRESENTED_PARTY = "Represented-Party";
    static final String API_PATH = "/api/";

    @Inject
    CurrentUser currentUser;

    @Inject
    MandateLookup mandates;

    @Inject
    CurrentVertxRequest vertxRequest;

    @Inject
    Clock clock;

    private String tenant;
    private MandateLookup.ValidMandate mandate;
    private boolean mandateLost;
    private String assumedChoice;

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
            // representative-admin is a composite of representative, so its holder is a representative first
            case REPRESENTATIVE, REPRESENTATIVE_ADMIN -> throughMandate();
        };
    }

    /** A representative acts for the insurer it chose, and only while its company holds a valid mandate. */
    private String throughMandate() {
        String chosen = chosenInsurer();
        Organisation company = currentUser.representativeCompany().orElse(null);
        if (chosen == null || company == null) {
            return NOBODY;
        }
        mandate = mandates.validFor(company.registryCode(), chosen, Clocks.today(clock)).orElse(null);
        if (mandate == null) {
            mandateLost = true;
            return NOBODY;
        }
        return mandate.insurerCode();
    }

    private String chosenInsurer() {
        if (assumedChoice != null) {
            return assumedChoice;
        }
        var current = vertxRequest.getCurrent();
        if (current == null) {
            return null;
        }
        // X-Road states the represented party; a system with a token names it in a header of each call, a browser
        // in its cookie
        Optional<SystemCaller> system = currentUser.systemCaller();
        String chosen = system.isPresent() ? system.get().representedInsurer()
                : current.request().path().startsWith(API_PATH) ? current.request().getHeader(REPRESENTED_PARTY)
                : Optional.ofNullable(current.request().getCookie(CHOICE_COOKIE)).map(Cookie::getValue).orElse(null);
        return chosen == null || !chosen.matches("\\d{8}") ? null : chosen;
    }

    /**
     * Makes a background job's own request context act as the person who started it, deciding the insurer
     * exactly as for their request (a representative's choice is checked against its mandates again).
     */
    void assume(Actor actor) {
        if (tenant != null) {
            throw new IllegalStateException("the acting insurer of this context is already decided");
        }
        currentUser.assume(actor);
        assumedChoice = actor.chosenInsurer();
    }

    /** The mandate a representative acts under this request, if any. */
    public Optional<MandateLookup.ValidMandate> mandate() {
        tenant();
        return Optional.ofNullable(mandate);
    }

    /** A representative chose an insurer whose mandate is no longer valid (revoked, ended, expired). */
    public boolean mandateLost() {
        tenant();
        return mandateLost;
    }

    /** For the banner: the insurer a representative acts for, or null. */
    public String representedInsurer() {
        return mandate().map(m -> m.insurerName() + " (" + m.insurerCode() + ")").orElse(null);
    }

    /**
     * For long work (an upload) that must not outlive a mandate: whether the acting insurer may still be
     * submitted for, asking the mandates afresh rather than trusting what this context decided earlier.
     */
    public boolean stillMaySubmit() {
        if (currentUser.role().orElse(null) != PortalRole.REPRESENTATIVE) {
            return maySubmit();
        }
        Optional<String> company = representativeCompany();
        return company.isPresent() && insurerCode().isPresent()
                && mandates.validFor(company.get(), insurerCode().get(), Clocks.today(clock))
                        .map(MandateLookup.ValidMandate::maySubmit).orElse(false);
    }

    /**
     * As {@link #stillMaySubmit()}, read in the caller's transaction on its connection and locked until it ends
     * ({@link MandateLookup#holdsForSubmit}): for work that commits many rows at once.
     */
    public boolean stillMaySubmit(Connection transaction) throws SQLException {
        if (currentUser.role().orElse(null) != PortalRole.REPRESENTATIVE) {
            return maySubmit();
        }
        Optional<String> company = representativeCompany();
        return company.isPresent() && insurerCode().isPresent()
                && mandates.holdsForSubmit(transaction, company.get(), insurerCode().get(), Clocks.today(clock));
    }

    /** The registry code of a representative's company, as its token names it. */
    private Optional<String> representativeCompany() {
        return currentUser.representativeCompany().map(Organisation::registryCode);
    }

    /**
     * Whether this request may ask the §4 questions for the acting insurer: its own people, or a representative whose
     * mandate allows queries. Terviseamet asks nothing: it sees the register itself.
     */
    public boolean mayQuery() {
        return may(MandateLookup.ValidMandate::mayQuery);
    }

    /** Whether this request may enter or change the acting insurer's register. */
    public boolean maySubmit() {
        return may(MandateLookup.ValidMandate::maySubmit);
    }

    /** The insurer's own people may; a representative as far as its mandate's scope allows. */
    private boolean may(java.util.function.Predicate<MandateLookup.ValidMandate> scope) {
        PortalRole role = currentUser.role().orElse(null);
        if (role == PortalRole.INSURER_ADMIN || role == PortalRole.INSURER_STAFF) {
            return insurerCode().isPresent();
        }
        return role == PortalRole.REPRESENTATIVE && mandate().map(scope::test).orElse(false);
    }
}
