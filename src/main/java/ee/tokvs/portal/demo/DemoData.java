package ee.tokvs.portal.demo;

import ee.tokvs.portal.reference.HealthcareProvider;
import ee.tokvs.portal.reference.Insurer;
import ee.tokvs.portal.reference.RepresentativeCompany;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The demo organisations behind the demo accounts in {@code realm-config/}: loaded at start-up when
 * {@code tokvs.demo.enabled} is set ({@code ./portal run} and the tests), and safe to load again.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);

    /** Registry codes as in realm-config/tokvs-realm.json. */
    public static final String POHJALA = "10000018";
    public static final String LAANEMERE = "10000024";
    public static final String KAHJUABI = "11000015";
    public static final String PROVIDER_LARGE_HOSPITAL = "90000015";
    public static final String PROVIDER_DENTAL = "90000021";
    public static final String PROVIDER_FAMILY = "90000080";

    @ConfigProperty(name = "tokvs.demo.enabled")
    boolean enabled;

    /** How many claims the register generator makes (0: none); it runs once per database. */
    @ConfigProperty(name = "tokvs.demo.claims")
    int claims;

    @Inject
    DemoRegisterGenerator generator;

    void onStart(@Observes StartupEvent event) {
        if (!enabled) {
            return;
        }
        QuarkusTransaction.requiringNew().run(this::organisations);
        if (claims > 0) {
            // Outside any transaction: the generator commits per insurer on connections of its own.
            generator.generate(claims, 20261101L);
        }
    }

    /** The organisations behind the demo accounts, and a few named providers the tests rely on. */
    void organisations() {
        insurer(POHJALA, "Põhjala Kindlustus AS");
        insurer(LAANEMERE, "Läänemere Kindlustus AS");
        insurer("10000030", "Saarte Vastutuskindlustus AS");
        representative(KAHJUABI, "Kahjuabi Partnerid OÜ");
        provider(PROVIDER_LARGE_HOSPITAL, "Põhjaranniku Suurhaigla SA", "LARGE_HOSPITAL");
        provider(PROVIDER_DENTAL, "Kesklinna Hambakliinik OÜ", "DENTAL_CARE");
        provider(PROVIDER_FAMILY, "Tamme Perearstikeskus OÜ", "FAMILY_MEDICINE");
        provider("90000038", "Läänemaa Üldhaigla SA", "GENERAL_HOSPITAL");
        provider("90000044", "Selge Silmakliinik OÜ", "SPECIALIST_OUTPATIENT");
        provider("90000050", "Kodune Õendusabi OÜ", "NURSING_CARE");
        provider("90000067", "Kiirabi Teenused OÜ", "EMERGENCY_MEDICAL");
        provider("90000073", "Taastus Tervis OÜ", "REHABILITATION");
        LOG.info("Demo data is in place");
    }

    private static void insurer(String registryCode, String name) {
        if (Insurer.findByRegistryCode(registryCode).isEmpty()) {
            Insurer insurer = new Insurer();
            insurer.registryCode = registryCode;
            insurer.name = name;
            insurer.persist();
        }
    }

    private static void provider(String registryCode, String name, String riskProfile) {
        if (HealthcareProvider.findByCode(registryCode).isEmpty()) {
            HealthcareProvider provider = new HealthcareProvider();
            provider.registryCode = registryCode;
            provider.name = name;
            provider.riskProfile = riskProfile;
            provider.persist();
        }
    }

    private static void representative(String registryCode, String name) {
        if (RepresentativeCompany.findByRegistryCode(registryCode).isEmpty()) {
            RepresentativeCompany company = new RepresentativeCompany();
            company.registryCode = registryCode;
            company.name = name;
            company.persist();
        }
    }
}
