package ee.tokvs.portal.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PortalRoleTest {

    @Test
    void eachRoleHasItsHome() {
        assertEquals("/insurer", PortalRole.primaryOf(List.of("insurer-staff")).orElseThrow().home.path);
        assertEquals("/insurer", PortalRole.primaryOf(List.of("insurer-admin")).orElseThrow().home.path);
        assertEquals("/representative", PortalRole.primaryOf(List.of("representative")).orElseThrow().home.path);
        assertEquals("/terviseamet", PortalRole.primaryOf(List.of("terviseamet-analyst")).orElseThrow().home.path);
        assertEquals("/terviseamet", PortalRole.primaryOf(List.of("terviseamet-admin")).orElseThrow().home.path);
    }

    @Test
    void theMorePrivilegedRoleDecidesWhenAUserHasSeveral() {
        assertEquals(PortalRole.INSURER_ADMIN, PortalRole.primaryOf(List.of("insurer-staff", "insurer-admin")).orElseThrow());
        assertEquals(PortalRole.TERVISEAMET_ADMIN,
                PortalRole.primaryOf(List.of("terviseamet-analyst", "terviseamet-admin")).orElseThrow());
    }

    @Test
    void aRepresentativeCompanysAdminIsARepresentativeFirst() {
        // representative-admin is a composite of representative: the token carries both
        assertEquals(PortalRole.REPRESENTATIVE,
                PortalRole.primaryOf(List.of("representative-admin", "representative")).orElseThrow());
        assertEquals("/representative", PortalRole.primaryOf(List.of("representative-admin")).orElseThrow().home.path);
    }

    @Test
    void keycloaksOwnRolesAreNotPortalRoles() {
        assertTrue(PortalRole.primaryOf(List.of("offline_access", "uma_authorization", "default-roles-tokvs")).isEmpty());
    }
}
