package ee.tokvs.portal.reference;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference data nearly every page reads, as one consistent picture: the code lists, the specialty groups and
 * the names of the insurers and representative companies. A few hundred rows, read in one go and never changed in
 * place; {@link ReferenceCache} keeps it while PostgreSQL tells it of every change.
 */
public record ReferenceData(Map<CodeList, Map<String, CodeListEntry>> codes, List<SpecialtyGroups.Group> groups,
        List<RegisteredName> insurers, Map<String, String> insurerNames, Map<String, String> companies) {

    /** An organisation of the register as pages name it. */
    public record RegisteredName(String registryCode, String name) {
    }

    /** The entries of a list by code, in the list's order; none for a list without entries. */
    public Map<String, CodeListEntry> entries(CodeList list) {
        return codes.getOrDefault(list, Map.of());
    }

    /** Reads it all on the connection given (reference tables have no tenant). */
    static ReferenceData read(Connection connection) throws SQLException {
        List<RegisteredName> insurers = names(connection, "insurer");
        return new ReferenceData(codes(connection), groups(connection), insurers, byCode(insurers),
                byCode(names(connection, "representative_company")));
    }

    /**
     * Entries made here, never managed by Hibernate: a request that changes an entry changes its own copy, and the
     * pages of every other request keep showing what is committed.
     */
    private static Map<CodeList, Map<String, CodeListEntry>> codes(Connection connection) throws SQLException {
        Map<CodeList, Map<String, CodeListEntry>> codes = new EnumMap<>(CodeList.class);
        try (PreparedStatement statement = connection.prepareStatement("select list, code, parent_code, label_et,"
                + " label_en, sort_order, retired_on from code_list_entry order by list, sort_order, code");
                ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                CodeList list = CodeList.valueOf(rs.getString(1));
                CodeListEntry entry = new CodeListEntry();
                entry.key = new CodeListEntry.Key(list, rs.getString(2));
                entry.parentCode = rs.getString(3);
                entry.labelEt = rs.getString(4);
                entry.labelEn = rs.getString(5);
                entry.sortOrder = rs.getInt(6);
                entry.retiredOn = rs.getObject(7, LocalDate.class);
                codes.computeIfAbsent(list, l -> new LinkedHashMap<>()).put(entry.code(), entry);
            }
        }
        codes.replaceAll((list, entries) -> Collections.unmodifiableMap(entries));
        return Collections.unmodifiableMap(codes);
    }

    private static List<SpecialtyGroups.Group> groups(Connection connection) throws SQLException {
        List<SpecialtyGroups.Group> groups = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("select g.code, g.label_et, g.label_en,"
                + " array(select m.specialty from specialty_group_member m where m.group_code = g.code"
                + " order by m.specialty) from specialty_group g order by g.sort_order, g.code");
                ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                groups.add(new SpecialtyGroups.Group(rs.getString(1), rs.getString(2), rs.getString(3),
                        List.of((String[]) rs.getArray(4).getArray())));
            }
        }
        return List.copyOf(groups);
    }

    /** The organisations of a table (ours: insurer or representative_company) by name. */
    private static List<RegisteredName> names(Connection connection, String table) throws SQLException {
        List<RegisteredName> names = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "select registry_code, name from " + table + " order by name, registry_code");
                ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                names.add(new RegisteredName(rs.getString(1), rs.getString(2)));
            }
        }
        return List.copyOf(names);
    }

    private static Map<String, String> byCode(List<RegisteredName> names) {
        Map<String, String> byCode = new LinkedHashMap<>();
        names.forEach(n -> byCode.put(n.registryCode(), n.name()));
        return Collections.unmodifiableMap(byCode);
    }
}
