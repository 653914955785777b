package ee.tokvs.portal.testdata;

import ee.tokvs.portal.access.Actor;
import ee.tokvs.portal.access.Organisation;
import ee.tokvs.portal.access.PortalRole;
import ee.tokvs.portal.demo.DemoData;

/**
 * The people test data is entered as: the demo accounts of realm-config/tokvs-realm.json, so a submission event or a
 * mandate of a fixture names a person who exists. An insurer of a test's own gets a staff member and an admin of its
 * own, named after its registry code.
 */
public final class People {

    private static final Organisation POHJALA = new Organisation("pohjala", DemoData.POHJALA, Organisation.Kind.INSURER);
    private static final Organisation LAANEMERE = new Organisation("laanemere", DemoData.LAANEMERE,
            Organisation.Kind.INSURER);

    public static final Actor POHJALA_STAFF = new Actor("pohjala.staff", "Kati Kask", PortalRole.INSURER_STAFF, POHJALA, null);
    public static final Actor POHJALA_ADMIN = new Actor("pohjala.admin", "Andres Tamm", PortalRole.INSURER_ADMIN, POHJALA,
            null);
    public static final Actor LAANEMERE_STAFF = new Actor("laanemere.staff", "Liis Lepp", PortalRole.INSURER_STAFF,
            LAANEMERE, null);
    public static final Actor LAANEMERE_ADMIN = new Actor("laanemere.admin", "Mart Mets", PortalRole.INSURER_ADMIN,
            LAANEMERE, null);
    public static final Actor TA_ADMIN = new Actor("ta.admin", "Toomas Kuusk", PortalRole.TERVISEAMET_ADMIN,
            new Organisation("terviseamet", "70008799", Organisation.Kind.AUTHORITY), null);

    private People() {
    }

    /** Who enters the insurer's contracts and claims. */
    public static Actor staffOf(String insurer) {
        return switch (insurer) {
            case DemoData.POHJALA -> POHJALA_STAFF;
            case DemoData.LAANEMERE -> LAANEMERE_STAFF;
            default -> new Actor("staff." + insurer, "Töötaja " + insurer, PortalRole.INSURER_STAFF, insurerOf(insurer),
                    null);
        };
    }

    /** Who grants and revokes the insurer's mandates. */
    public static Actor adminOf(String insurer) {
        return switch (insurer) {
            case DemoData.POHJALA -> POHJALA_ADMIN;
            case DemoData.LAANEMERE -> LAANEMERE_ADMIN;
            default -> new Actor("admin." + insurer, "Haldur " + insurer, PortalRole.INSURER_ADMIN, insurerOf(insurer),
                    null);
        };
    }

    private static Organisation insurerOf(String registryCode) {
        return new Organisation("insurer-" + registryCode, registryCode, Organisation.Kind.INSURER);
    }
}
