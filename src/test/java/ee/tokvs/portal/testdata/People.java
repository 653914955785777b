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
        return insurer.equals(DemoData.POHJALA) ? POHJALA_STAFF : insurer.equals(DemoData.LAANEMERE) ? LAANEMERE_STAFF
                : ofOwnInsurer(insurer, "staff.", "Töötaja ", PortalRole.INSURER_STAFF);
    }

    /** Who grants and revokes the insurer's mandates. */
    public static Actor adminOf(String insurer) {
        return insurer.equals(DemoData.POHJALA) ? POHJALA_ADMIN : insurer.equals(DemoData.LAANEMERE) ? LAANEMERE_ADMIN
                : ofOwnInsurer(insurer, "admin.", "Haldur ", PortalRole.INSURER_ADMIN);
    }

    private static Actor ofOwnInsurer(String insurer, String user, String name, PortalRole role) {
        return new Actor(user + insurer, name + insurer, role,
                new Organisation("insurer-" + insurer, insurer, Organisation.Kind.INSURER), null);
    }
}
