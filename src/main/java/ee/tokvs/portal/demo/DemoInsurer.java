package ee.tokvs.portal.demo;

import ee.tokvs.portal.reference.Insurer.LicenceStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** An insurer the demo register is generated for: its code, the prefix of its numbers, and who submits for it. */
record DemoInsurer(String code, String prefix, String actorUsername, String actorName) {

    /** The active insurers in registry code order; the demo accounts' insurers submit as their demo staff. */
    static List<DemoInsurer> active(Connection connection) throws SQLException {
        List<DemoInsurer> insurers = new ArrayList<>();
        Set<String> prefixes = new HashSet<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select registry_code, name from insurer where licence_status = ? order by registry_code")) {
            select.setString(1, LicenceStatus.ACTIVE.name());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    String code = rs.getString(1);
                    String prefix = prefix(rs.getString(2), code);
                    for (int n = 2; !prefixes.add(prefix); n++) {
                        prefix = prefix.replaceAll("\\d+$", "") + n;
                    }
                    insurers.add(switch (code) {
                        case DemoData.POHJALA -> new DemoInsurer(code, prefix, "pohjala.staff", "Kati Kask");
                        case DemoData.LAANEMERE -> new DemoInsurer(code, prefix, "laanemere.staff", "Liis Lepp");
                        default -> new DemoInsurer(code, prefix, "demo.loader", "Demoandmed");
                    });
                }
            }
        }
        return insurers;
    }

    /** The insurer's initials for its numbers: "Põhjala Kindlustus AS" numbers its contracts PK-…. */
    static String prefix(String name, String registryCode) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("[^A-Za-z ]", "");
        StringBuilder initials = new StringBuilder();
        for (String word : ascii.trim().split("\\s+")) {
            if (!word.isEmpty() && !Set.of("AS", "OU", "SE", "AB", "SA", "TU").contains(word.toUpperCase(Locale.ROOT))
                    && initials.length() < 2) {
                initials.append(Character.toUpperCase(word.charAt(0)));
            }
        }
        return initials.isEmpty() ? "D" + registryCode.substring(5) : initials.toString();
    }
}
