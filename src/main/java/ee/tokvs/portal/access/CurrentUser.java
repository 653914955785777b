package ee.tokvs.portal.access;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is making this request: name, portal role and organisation, read once from the token the request was
 * authenticated by (a person's ID token, a system's access token at the API) and the security identity, or for a
 * member's system calling through X-Road from what its authentication states ({@link SystemCaller}). Templates reach
 * it as {@code inject:currentUser}.
 */
@RequestScoped
@Named("currentUser")
public class CurrentUser {

    @Inject
    SecurityIdentity identity;

    @Inject
    OrganisationNames names;

    @Inject
    CurrentVertxRequest vertxRequest;

    private Optional<Organisation> organisation;
    private Optional<String> organisationName;
    /** Set instead of a login when background work continues what a request started. */
    private Actor assumed;

    public boolean isAuthenticated() {
        return assumed != null || !identity.isAnonymous();
    }

    public String username() {
        if (assumed != null) {
            return assumed.username();
        }
        if (systemCaller().isPresent()) {
            return systemCaller().get().username();
        }
        return isAuthenticated() ? claim("preferred_username", identity.getPrincipal().getName()) : "";
    }

    /** A member's system calling through X-Road, rather than a person or a token. */
    public Optional<SystemCaller> systemCaller() {
        return assumed != null ? Optional.empty() : SystemCaller.of(identity);
    }

    public String displayName() {
        if (assumed != null) {
            return assumed.displayName();
        }
        if (systemCaller().isPresent()) {
            return username();
        }
        return isAuthenticated() ? claim("name", username()) : "";
    }

    public Optional<PortalRole> role() {
        return assumed != null ? assumed.optionalRole() : PortalRole.primaryOf(identity.getRoles());
    }

    /** This person, to hand to background work; a representative's chosen insurer travels along. */
    public Actor actor() {
        return new Actor(username(), displayName(), role().orElse(null), organisation().orElse(null),
                Arc.container().instance(ActingInsurer.class).get().insurerCode().orElse(null));
    }

    /** Makes a background job's own request context act as the person who started it. */
    void assume(Actor actor) {
        if (assumed != null || organisation != null) {
            throw new IllegalStateException("the user of this context is already decided");
        }
        assumed = actor;
        organisation = actor.optionalOrganisation();
    }

    /** Whether a background job acts for the person who started it (an upload), not the person's own request. */
    public boolean isOnBehalf() {
        return assumed != null;
    }

    /**
     * The client system calling the API in this request (its OAuth client id), or empty for a person at a page
     * and for background work.
     */
    public Optional<String> apiClient() {
        var current = vertxRequest.getCurrent();
        if (assumed != null || current == null || !current.request().path().startsWith(ActingInsurer.API_PATH)) {
            return Optional.empty();
        }
        return Optional.of(claim("azp", username()));
    }

    /** Insurers keep the register, representatives while acting for one; Terviseamet reads it across insurers. */
    public boolean seesRegister() {
        PortalRole r = role().orElse(null);
        if (r == PortalRole.REPRESENTATIVE) {
            return Arc.container().instance(ActingInsurer.class).get().mandate().isPresent();
        }
        return r != null;
    }

    /** Insurers' people, and representatives while acting for one, send files of contracts and claims. */
    public boolean sendsUploads() {
        PortalRole r = role().orElse(null);
        return r == PortalRole.INSURER_STAFF || r == PortalRole.INSURER_ADMIN
                || (r == PortalRole.REPRESENTATIVE && seesRegister());
    }

    /** An insurer's admin keeps its mandates; Terviseamet sees them all. */
    public boolean managesMandates() {
        return role().map(r -> r == PortalRole.INSURER_ADMIN || r == PortalRole.TERVISEAMET_ADMIN
                || r == PortalRole.TERVISEAMET_ANALYST).orElse(false);
    }

    /** An insurer's or a representative company's admin manages its organisation's people (#20). */
    public boolean managesPeople() {
        return peopleAdminRole().isPresent();
    }

    /**
     * The admin role by which this person manages their organisation's people, if any: an insurer's admin of an
     * insurer, a representative company's admin of a representative company, never across. Not always the primary
     * role: a representative company's admin is a representative first (the role is a composite of it).
     */
    public Optional<PortalRole> peopleAdminRole() {
        if (assumed != null || !isAuthenticated()) {
            return Optional.empty();
        }
        Organisation.Kind kind = organisation().map(Organisation::kind).orElse(null);
        return Stream.of(PortalRole.INSURER_ADMIN, PortalRole.REPRESENTATIVE_ADMIN)
                .filter(r -> identity.hasRole(r.id))
                .filter(r -> r == PortalRole.INSURER_ADMIN ? kind == Organisation.Kind.INSURER
                        : kind == Organisation.Kind.REPRESENTATIVE)
                .findFirst();
    }

    /** Terviseamet's admin onboards and closes insurers (#20). */
    public boolean onboardsOrganisations() {
        return role().map(r -> r == PortalRole.TERVISEAMET_ADMIN).orElse(false);
    }

    /** Terviseamet's people see the reference data; only its admins change it. */
    public boolean keepsReference() {
        return role().map(r -> r == PortalRole.TERVISEAMET_ADMIN || r == PortalRole.TERVISEAMET_ANALYST).orElse(false);
    }

    /** Message key of the role's name, or of "no portal role". */
    public String roleKey() {
        return role().map(PortalRole::messageKey).orElse("role_none");
    }

    public Optional<Organisation> organisation() {
        if (organisation == null) {
            Optional<SystemCaller> system = systemCaller();
            organisation = !isAuthenticated() ? Optional.empty()
                    : system.isPresent() ? Optional.ofNullable(system.get().organisation())
                    : OrganisationClaim.parse(organisationClaim());
        }
        return organisation;
    }

    /** The representative company this person acts through: their organisation, when it is one. */
    public Optional<Organisation> representativeCompany() {
        return organisation().filter(Organisation::isRepresentative);
    }

    /** For templates: INSURER, REPRESENTATIVE, AUTHORITY, or null without an organisation. */
    public String organisationKind() {
        return organisation().map(o -> o.kind().name()).orElse(null);
    }

    public String organisationCode() {
        return organisation().map(Organisation::registryCode).orElse(null);
    }

    /** The registered name, or null where the register has none (Terviseamet, an unregistered code). */
    public String organisationName() {
        if (organisationName == null) {
            organisationName = organisation().flatMap(names::nameOf);
        }
        return organisationName.orElse(null);
    }

    /** The address the login gives (the token's email claim), or null. */
    public String email() {
        String address = claim("email", null);
        return address == null || address.isBlank() ? null : address.strip();
    }

    /**
     * The token this request was authenticated by: the identity's principal. A person's session keeps no access token
     * (application.properties), so the JsonWebToken bean, which is the access token, is not asked for.
     */
    private Optional<JsonWebToken> token() {
        return identity.getPrincipal() instanceof JsonWebToken token ? Optional.of(token) : Optional.empty();
    }

    private Map<String, Object> organisationClaim() {
        Object raw = token().map(token -> token.getClaim(OrganisationClaim.NAME)).orElse(null);
        if (!(raw instanceof JsonObject json)) {
            return null;
        }
        Map<String, Object> result = new LinkedHashMap<>();
        json.forEach((alias, value) -> result.put(alias, toPlain(value)));
        return result;
    }

    private static Object toPlain(JsonValue value) {
        return switch (value.getValueType()) {
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                value.asJsonObject().forEach((k, v) -> map.put(k, toPlain(v)));
                yield map;
            }
            case ARRAY -> value.asJsonArray().stream().map(CurrentUser::toPlain).toList();
            case STRING -> ((JsonString) value).getString();
            default -> value.toString();
        };
    }

    private String claim(String name, String fallback) {
        Object value = token().map(token -> token.getClaim(name)).orElse(null);
        if (value instanceof JsonString json) {
            return json.getString();
        }
        return value == null ? fallback : value.toString();
    }

}
