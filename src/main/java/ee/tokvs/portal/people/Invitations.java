package ee.tokvs.portal.people;

import static ee.tokvs.portal.people.People.call;

import ee.tokvs.portal.access.CurrentUser;
import ee.tokvs.portal.access.PortalRole;
import ee.tokvs.portal.people.People.Person;
import ee.tokvs.portal.people.People.Team;
import ee.tokvs.portal.shared.i18n.UiLocale;
import ee.tokvs.portal.shared.rules.Fields;
import ee.tokvs.portal.shared.rules.Findings;
import ee.tokvs.portal.shared.rules.RuleViolationException;
import ee.tokvs.portal.shared.web.FormFields;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.UserRepresentation;

/**
 * An admin invites a colleague into its organisation: the portal creates the person in Keycloak, with the role, and
 * Keycloak e-mails them a link to set their password (docs/security.md, "The portal's service account").
 */
@ApplicationScoped
public class Invitations {

    static final String PERSONAL_CODE = "personalCode";
    static final String FIRST_NAME = "firstName";
    static final String LAST_NAME = "lastName";
    static final String EMAIL = "email";
    static final String ROLE = "role";
    /** How long an invitation's link works: three days, over a weekend's start. */
    private static final int INVITATION_SECONDS = 3 * 24 * 3600;
    private static final Logger LOG = Logger.getLogger(Invitations.class);

    @Inject
    People people;

    @Inject
    PeopleChanges changes;

    @Inject
    CurrentUser currentUser;

    @Inject
    UiLocale ui;

    @ConfigProperty(name = "tokvs.worklist.portal-url")
    String portalUrl;

    @ConfigProperty(name = "quarkus.oidc.client-id")
    String portalClient;

    /** An invitation as typed: who, where to write to, with which role. */
    public record Invitation(String personalCode, String firstName, String lastName, String email, String role) {

        /** The fields in the order people/people.html shows them, with their labels. */
        static final FormFields FIELDS = FormFields.of().field(PERSONAL_CODE, "people_personal_code")
                .field(FIRST_NAME, "people_first_name").field(LAST_NAME, "people_last_name")
                .field(EMAIL, "people_col_email").field(ROLE, "people_col_roles");
    }

    /**
     * Creates the person in Keycloak (username {@code EE} and their personal code, as eID names them), makes them a
     * member of the organisation with the role, and has Keycloak e-mail them a link to set their password. Any step
     * failing undoes the person, so no half-made account is left; the audit row goes with the transaction.
     */
    @Transactional
    public String invite(String registryCode, Invitation invitation) {
        return invite(registryCode, invitation, PeopleRules.givableBy(currentUser.peopleAdminRole()));
    }

    /** As {@link #invite(String, Invitation)}, giving one of these roles (Terviseamet's first admin). */
    @Transactional
    String invite(String registryCode, Invitation invitation, List<PortalRole> givable) {
        Findings findings = new Findings();
        String code = Fields.required(findings, PERSONAL_CODE, invitation.personalCode());
        if (code != null && !PersonalCode.isValid(code)) {
            findings.add(PeopleRules.PERSONAL_CODE_INVALID.at(code));
        }
        String firstName = Fields.required(findings, FIRST_NAME, invitation.firstName());
        String lastName = Fields.required(findings, LAST_NAME, invitation.lastName());
        String email = Fields.required(findings, EMAIL, invitation.email());
        if (email != null && !PeopleRules.isEmail(email)) {
            findings.add(PeopleRules.EMAIL_INVALID.at(email));
        }
        Optional<PortalRole> role = PeopleRules.givable(invitation.role(), givable);
        if (role.isEmpty()) {
            findings.add(PeopleRules.ROLE_NOT_GIVABLE.at(String.valueOf(invitation.role())));
        }
        String username = code == null ? null : PersonalCode.username(code);
        if (!findings.hasErrors() && !call(() -> people.realm().users().search(username, true)).isEmpty()) {
            findings.add(PeopleRules.PERSON_EXISTS.at(code));
        }
        if (findings.hasErrors()) {
            throw new RuleViolationException(findings);
        }
        Team team = changes.teamOf(registryCode);
        Person invited = new Person(null, firstName + " " + lastName, username.toLowerCase(Locale.ROOT),
                email, true, false, List.of(role.get()));
        changes.audit(registryCode, invited, "INVITED", Optional.empty(), role);
        String id = create(username, firstName, lastName, email);
        try {
            call(() -> {
                UserResource user = people.realm().users().get(id);
                People.succeeded(team.organisation().members().addMember(id));
                People.assign(user, List.of(role.get()), role);
                user.executeActionsEmail(portalClient, portalUrl + "/", INVITATION_SECONDS,
                        List.of(People.SET_PASSWORD));
                return null;
            });
        } catch (RuntimeException e) {
            undo(id, e);
            throw e;
        }
        return invited.username();
    }

    private String create(String username, String firstName, String lastName, String email) {
        UserRepresentation person = new UserRepresentation();
        person.setUsername(username);
        person.setFirstName(firstName);
        person.setLastName(lastName);
        person.setEmail(email);
        person.setEnabled(true);
        person.setAttributes(Map.of("locale", List.of(ui.language().code)));
        return call(() -> {
            try (Response created = people.realm().users().create(person)) {
                if (created.getStatus() == Response.Status.CONFLICT.getStatusCode()) {
                    Findings findings = new Findings();
                    findings.add(PeopleRules.EMAIL_TAKEN.at(email));
                    throw new RuleViolationException(findings);
                }
                return CreatedResponseUtil.getCreatedId(created);
            }
        });
    }

    private void undo(String id, RuntimeException cause) {
        try {
            call(() -> {
                people.realm().users().get(id).remove();
                return null;
            });
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
            LOG.errorf("an invited person (Keycloak id %s) was half made and could not be removed: %s", id,
                    e.getMessage());
        }
    }
}
