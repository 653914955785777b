package ee.tokvs.portal.demo;

import static ee.tokvs.portal.demo.DemoRegisterGenerator.PROVIDERS;
import static ee.tokvs.portal.demo.DemoRegisterGenerator.PROVIDER_CODE_FROM;
import static ee.tokvs.portal.demo.DemoRegisterGenerator.PROVIDER_CODE_TO;

import ee.tokvs.portal.reference.RegistryCode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/** The generated healthcare providers: a realistic mix of risk profiles, each with its own claim rate. */
final class DemoProviders {

    /** A generated provider and how many claims it sees per insured day, relative to the others. */
    record Provider(String code, String riskProfile, double claimWeight) {
    }

    /** Providers per risk profile: many family doctors and dentists, few hospitals (per 100). */
    private static final Map<String, Double> PROFILE_MIX = linked(
            "DENTAL_CARE", 35.0, "FAMILY_MEDICINE", 30.0, "SPECIALIST_OUTPATIENT", 15.0, "OTHER_PROVIDER", 7.0,
            "NURSING_CARE", 5.0, "REHABILITATION", 5.0, "GENERAL_HOSPITAL", 1.6, "EMERGENCY_MEDICAL", 0.8,
            "LARGE_HOSPITAL", 0.6);

    /** Relative number of claims per insured day: a large hospital sees far more incidents than a dentist. */
    private static final Map<String, Double> CLAIM_WEIGHT = linked(
            "LARGE_HOSPITAL", 60.0, "GENERAL_HOSPITAL", 15.0, "EMERGENCY_MEDICAL", 6.0, "SPECIALIST_OUTPATIENT", 1.5,
            "DENTAL_CARE", 1.2, "FAMILY_MEDICINE", 1.0, "NURSING_CARE", 1.0, "REHABILITATION", 0.6,
            "OTHER_PROVIDER", 0.4);

    static final double MAX_CLAIM_WEIGHT = 60.0;

    private DemoProviders() {
    }

    /** Adds the providers that are not there yet; returns how many were added. */
    static long insert(Connection connection, SplittableRandom random) throws SQLException {
        List<String> profiles = new ArrayList<>();
        double total = PROFILE_MIX.values().stream().mapToDouble(Double::doubleValue).sum();
        for (Map.Entry<String, Double> e : PROFILE_MIX.entrySet()) {
            long n = Math.round(PROVIDERS * e.getValue() / total);
            for (int i = 0; i < n && profiles.size() < PROVIDERS; i++) {
                profiles.add(e.getKey());
            }
        }
        while (profiles.size() < PROVIDERS) {
            profiles.add("FAMILY_MEDICINE");
        }
        shuffle(profiles, random);
        String[] codes = new String[PROVIDERS];
        String[] names = new String[PROVIDERS];
        String[] riskProfiles = profiles.toArray(String[]::new);
        Set<String> taken = existingNames(connection);
        for (int i = 0; i < PROVIDERS; i++) {
            String seven = Integer.toString(Integer.parseInt(PROVIDER_CODE_FROM.substring(0, 7)) + i);
            codes[i] = seven + RegistryCode.checkDigit(seven);
            names[i] = ProviderNames.unique(riskProfiles[i], random, taken);
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into healthcare_provider"
                + " (registry_code, name, risk_profile, known)"
                + " select code, name, profile, true from unnest(?::text[], ?::text[], ?::text[]) as p (code, name, profile)"
                + " on conflict (registry_code) do nothing")) {
            insert.setArray(1, connection.createArrayOf("text", codes));
            insert.setArray(2, connection.createArrayOf("text", names));
            insert.setArray(3, connection.createArrayOf("text", riskProfiles));
            return insert.executeUpdate();
        }
    }

    /** The generated providers in the database, in registry code order. */
    static List<Provider> load(Connection connection) throws SQLException {
        List<Provider> providers = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("select registry_code, risk_profile"
                + " from healthcare_provider where registry_code between ? and ? and known order by registry_code")) {
            select.setString(1, PROVIDER_CODE_FROM);
            select.setString(2, PROVIDER_CODE_TO);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    String profile = rs.getString(2);
                    providers.add(new Provider(rs.getString(1), profile, CLAIM_WEIGHT.getOrDefault(profile, 1.0)));
                }
            }
        }
        return providers;
    }

    private static Set<String> existingNames(Connection connection) throws SQLException {
        Set<String> names = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement("select name from healthcare_provider where name is not null");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static <T> void shuffle(List<T> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    private static Map<String, Double> linked(Object... pairs) {
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Double) pairs[i + 1]);
        }
        return map;
    }
}
