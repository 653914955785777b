package ee.tokvs.portal.browser;

/**
 * The demo accounts of realm-config/tokvs-realm.json, with what each should see after logging in.
 * The tests use the same realm as ./portal run, so a realm change shows up here.
 */
public enum DemoAccount {
    POHJALA_STAFF("pohjala.staff", "/insurer", "Kindlustusandja töötaja", "Insurer staff", "Põhjala Kindlustus AS"),
    POHJALA_ADMIN("pohjala.admin", "/insurer", "Kindlustusandja administraator", "Insurer administrator", "Põhjala Kindlustus AS"),
    LAANEMERE_STAFF("laanemere.staff", "/insurer", "Kindlustusandja töötaja", "Insurer staff", "Läänemere Kindlustus AS"),
    LAANEMERE_ADMIN("laanemere.admin", "/insurer", "Kindlustusandja administraator", "Insurer administrator", "Läänemere Kindlustus AS"),
    KAHJUABI_REP("kahjuabi.rep", "/representative", "Volitatud isik", "Authorised representative", "Kahjuabi Partnerid OÜ"),
    KAHJUABI_ADMIN("kahjuabi.admin", "/representative", "Volitatud isik", "Authorised representative",
            "Kahjuabi Partnerid OÜ"),
    TA_ANALYST("ta.analyst", "/terviseamet", "Terviseameti analüütik", "Health Board analyst", "Terviseamet"),
    TA_ADMIN("ta.admin", "/terviseamet", "Terviseameti administraator", "Health Board administrator", "Terviseamet"),
    NO_ROLE("no.role", "/", "Portaali roll puudub", "No portal role", "Asutus puudub");

    public static final String PASSWORD = "demo";

    public final String username;
    public final String homePath;
    public final String roleEt;
    public final String roleEn;
    public final String organisationEt;

    DemoAccount(String username, String homePath, String roleEt, String roleEn, String organisationEt) {
        this.username = username;
        this.homePath = homePath;
        this.roleEt = roleEt;
        this.roleEn = roleEn;
        this.organisationEt = organisationEt;
    }
}
