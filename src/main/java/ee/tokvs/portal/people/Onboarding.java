package ee.tokvs.portal.people;

import static ee.tokvs.portal.people.People.call;
import static ee.tokvs.portal.shared.web.JsonMaker.JSON;

import ee.tokvs.portal.access.PortalRole;
import ee.tokvs.portal.people.Invitations.Invitation;
import ee.tokvs.portal.people.People.Person;
import ee.tokvs.portal.people.People.Team;
import ee.tokvs.portal.reference.Insurer;
import ee.tokvs.portal.reference.InsurerService;
import ee.tokvs.portal.reference.ReferenceLog;
import ee.tokvs.portal.reference.RepresentativeCompany;
import ee.tokvs.portal.reference.RepresentativeCompanyService;
import ee.tokvs.portal.shared.rules.Findings;
import ee.tokvs.portal.shared.rules.RuleViolationException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.OrganizationResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.OrganizationRepresentation;

/**
 * Terviseamet's admin onboards an organisation, an insurer or a representative company: its row in the register (for
 * an insurer, the portal's tenant), its organisation in Keycloak with its registry code and kind (made, or linked
 * where Keycloak has it already), and an invitation to its first admin. And closes an insurer whose licence ended:
 * the register keeps it (licence revoked) with all its data, Keycloak's organisation is switched off, and its people
 * lose their insurer roles and their sessions.
 */
@ApplicationScoped
public class Onboarding {

    /** The roles of an insurer's people, which closing it takes away. */
    private static final List<PortalRole> INSURER_ROLES = List.of(PortalRole.INSURER_STAFF, PortalRole.INSURER_ADMIN);
    private static final Logger LOG = Logger.getLogger(Onboarding.class);

    /** What Terviseamet onboards: the Keycloak organisation's {@code kind}, and the role of its first admin. */
    public enum Kind {
        INSURER("insurer", "Kindlustusandja (insurer)", PortalRole.INSURER_ADMIN),
        REPRESENTATIVE("representative", "Volitatud isik (authorised representative)", PortalRole.REPRESENTATIVE_ADMIN);

        public final String attribute;
        final String description;
        final PortalRole firstAdmin;

        Kind(String attribute, String description, PortalRole firstAdmin) {
            this.attribute = attribute;
            this.description = description;
            this.firstAdmin = firstAdmin;
        }

        /** The kind's name in the onboarding form's list. */
        public String messageKey() {
            return "people_org_kind_option_" + name();
        }
    }

    /**
     * An organisation of the register, with its licence (insurers only, else null) and whether Keycloak has its
     * organisation, and whether that is switched on.
     */
    public record Tenant(String registryCode, String name, Insurer.LicenceStatus licence, boolean inKeycloak,
            boolean enabled) {
    }

    @Inject
    People people;

    @Inject
    PeopleChanges changes;

    @Inject
    Invitations invitations;

    @Inject
    InsurerService insurers;

    @Inject
    RepresentativeCompanyService companies;

    @Inject
    ReferenceLog log;

    /** The organisations of the registers, by name: the insurers, then the representative companies. */
    public Map<Kind, List<Tenant>> tenants() {
        Map<String, Boolean> organisations = call(() -> people.realm().organizations()
                .search(null, false, 0, 1000, false)).stream()
                .filter(o -> registryCode(o) != null)
                .collect(Collectors.toMap(Onboarding::registryCode, o -> !Boolean.FALSE.equals(o.isEnabled()),
                        (a, b) -> a && b));
        return Map.of(Kind.INSURER, Insurer.listByName().stream()
                        .map(i -> tenant(i.registryCode, i.name, i.licenceStatus, organisations)).toList(),
                Kind.REPRESENTATIVE, RepresentativeCompany.<RepresentativeCompany>list("order by name").stream()
                        .map(c -> tenant(c.registryCode, c.name, null, organisations)).toList());
    }

    /**
     * Adds (or updates) the organisation in its register, makes its Keycloak organisation or links (and switches on)
     * the one with its registry code, when that is of the same kind, and invites its first admin. Any refusal or
     * failure on the way leaves neither the register row nor an organisation this call made.
     */
    @Transactional
    public void onboard(Kind kind, String rawCode, String name, Invitation firstAdmin) {
        String registryCode = kind == Kind.INSURER
                ? insurers.save(rawCode, name, Insurer.LicenceStatus.ACTIVE.name()).registryCode
                : companies.save(rawCode, name).registryCode;
        Optional<Team> linked = people.team(registryCode);
        String made = null;
        if (linked.isPresent()) {
            link(kind, registryCode, linked.get().organisation());
        } else {
            made = createOrganisation(kind, registryCode, name.strip());
        }
        try {
            invitations.invite(registryCode, firstAdmin, List.of(kind.firstAdmin));
        } catch (RuntimeException e) {
            if (made != null) {
                deleteOrganisation(made, e);
            }
            throw e;
        }
    }

    /**
     * Closes the insurer. First each member loses their insurer roles and sessions, each audited as it is done (in a
     * transaction of its own, so that what Keycloak did is on record even if a later member fails); then the
     * organisation is switched off and the licence revoked. If Keycloak fails midway, the insurer stays open and
     * closing it again carries on where it stopped. The register keeps the insurer and its data.
     */
    @Transactional
    public void closeInsurer(String registryCode) {
        Insurer insurer = Insurer.findByRegistryCode(registryCode).orElseThrow(NotFoundException::new);
        Optional<Team> team = people.team(registryCode);
        if (team.isPresent()) {
            for (Person member : team.get().members()) {
                UserResource user = people.realm().users().get(member.id());
                List<String> sessions = PeopleChanges.sessionsOf(user);
                call(() -> People.assign(user, INSURER_ROLES, Optional.empty()));
                QuarkusTransaction.requiringNew().run(() -> changes.audit(registryCode, member, "ACCESS_ENDED",
                        member.highestOf(INSURER_ROLES), Optional.empty()));
                changes.endSessions(user, sessions, member);
            }
            OrganizationResource organisation = team.get().organisation();
            call(() -> {
                OrganizationRepresentation closed = organisation.toRepresentation();
                closed.setEnabled(false);
                People.succeeded(organisation.update(closed));
                return null;
            });
        }
        insurers.save(registryCode, insurer.name, Insurer.LicenceStatus.REVOKED.name());
    }

    /** An organisation Keycloak already has: the same kind, or refused; switched on again if it was closed. */
    private void link(Kind kind, String registryCode, OrganizationResource organisation) {
        OrganizationRepresentation existing = call(organisation::toRepresentation);
        List<String> kinds = existing.getAttributes() == null ? null : existing.getAttributes().get("kind");
        if (kinds == null || !kinds.contains(kind.attribute)) {
            Findings findings = new Findings();
            findings.add(PeopleRules.ORGANISATION_KIND_MISMATCH.at(registryCode));
            throw new RuleViolationException(findings);
        }
        if (Boolean.FALSE.equals(existing.isEnabled())) {
            existing.setEnabled(true);
            call(() -> {
                People.succeeded(organisation.update(existing));
                return null;
            });
        }
        log.recordOnly("ORGANISATION", registryCode, "LINKED", JSON.createObjectBuilder()
                .add("kind", kind.attribute).add("keycloakId", existing.getId()).build());
    }

    private static Tenant tenant(String registryCode, String name, Insurer.LicenceStatus licence,
            Map<String, Boolean> organisations) {
        return new Tenant(registryCode, name, licence, organisations.containsKey(registryCode),
                organisations.getOrDefault(registryCode, false));
    }

    private String createOrganisation(Kind kind, String registryCode, String name) {
        OrganizationRepresentation organisation = new OrganizationRepresentation();
        organisation.setName(name);
        organisation.setAlias("org-" + registryCode);
        organisation.setEnabled(true);
        organisation.setDescription(kind.description);
        organisation.setAttributes(Map.of("registryCode", List.of(registryCode), "kind", List.of(kind.attribute)));
        String id = call(() -> {
            try (Response created = people.realm().organizations().create(organisation)) {
                return CreatedResponseUtil.getCreatedId(created);
            }
        });
        log.recordOnly("ORGANISATION", registryCode, "ADDED", JSON.createObjectBuilder()
                .add("kind", kind.attribute).add("name", name).add("keycloakId", id).build());
        return id;
    }

    private void deleteOrganisation(String id, RuntimeException cause) {
        try {
            call(() -> {
                People.succeeded(people.realm().organizations().get(id).delete());
                return null;
            });
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
            LOG.errorf("an organisation made for onboarding (Keycloak id %s) could not be removed: %s", id,
                    e.getMessage());
        }
    }

    private static String registryCode(OrganizationRepresentation organisation) {
        List<String> codes = organisation.getAttributes() == null ? null
                : organisation.getAttributes().get("registryCode");
        return codes == null || codes.isEmpty() ? null : codes.get(0);
    }
}
