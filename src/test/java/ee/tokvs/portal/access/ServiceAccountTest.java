package ee.tokvs.portal.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.MemberRepresentation;
import org.keycloak.representations.idm.OrganizationRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;

/**
 * The portal's own account at Keycloak's admin API (the service account of tokvs-portal-admin, realm-config/), against
 * the real Keycloak: it finds an organisation by its registry code and reads its members, which managing people needs
 * (#20), and is refused what it must not do: read the realm's clients, change its roles, or touch another realm.
 */
@QuarkusTest
class ServiceAccountTest {

    @Inject
    Keycloak keycloak;

    @Test
    void findsAnOrganisationByItsRegistryCodeAndReadsItsMembers() {
        RealmResource realm = keycloak.realm("tokvs");
        List<OrganizationRepresentation> found = realm.organizations().searchByAttribute("registryCode:10000018");
        assertEquals(List.of("pohjala"), found.stream().map(OrganizationRepresentation::getAlias).toList());
        List<String> members = realm.organizations().get(found.get(0).getId()).members().list(0, 100).stream()
                .map(MemberRepresentation::getUsername).toList();
        assertTrue(members.containsAll(List.of("pohjala.staff", "pohjala.admin")), "Põhjala's people: " + members);
        assertTrue(!members.contains("laanemere.staff"), "no other insurer's people: " + members);
    }

    @Test
    void isRefusedTheRealmsClientsAndRolesAndEveryOtherRealm() {
        RealmResource realm = keycloak.realm("tokvs");
        refused(() -> realm.clients().findAll());
        RoleRepresentation role = new RoleRepresentation();
        role.setName("made-up-by-the-portal");
        refused(() -> realm.roles().create(role));
        refused(() -> keycloak.realm("master").users().count());
    }

    private static void refused(Executable call) {
        WebApplicationException e = assertThrows(WebApplicationException.class, call);
        assertEquals(403, e.getResponse().getStatus(), e.getMessage());
    }
}
