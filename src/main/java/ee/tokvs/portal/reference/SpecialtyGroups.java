package ee.tokvs.portal.reference;

import ee.tokvs.portal.shared.i18n.Language;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The specialty groups (erialarühmad, V18) the dashboards and the claim list filter and group by: every surgical
 * specialty together, and so on. Reference data without tenants, a handful of rows, read when a page needs them.
 */
@ApplicationScoped
@Named("specialtyGroups")
public class SpecialtyGroups {

    /** A group, its names and its specialties' codes. */
    public record Group(String code, String labelEt, String labelEn, List<String> specialties) {

        public String label(Language language) {
            return language == Language.EN ? labelEn : labelEt;
        }
    }

    @Inject
    AgroalDataSource dataSource;

    /** Every group in its order, with its specialties. */
    public List<Group> all() {
        List<Group> groups = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("select g.code, g.label_et, g.label_en,"
                        + " array(select m.specialty from specialty_group_member m where m.group_code = g.code"
                        + " order by m.specialty) from specialty_group g order by g.sort_order, g.code");
                ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                groups.add(new Group(rs.getString(1), rs.getString(2), rs.getString(3),
                        List.of((String[]) rs.getArray(4).getArray())));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("specialty groups unreadable: " + e.getMessage(), e);
        }
        return groups;
    }

    /** The specialties of the groups given, in no particular order; none for none. */
    public List<String> specialtiesOf(List<String> groups) {
        return all().stream().filter(g -> groups.contains(g.code())).flatMap(g -> g.specialties().stream()).toList();
    }

    /** A group's name in the language; the code itself for a group no longer known. */
    public String label(String code, Language language) {
        return all().stream().filter(g -> g.code().equals(code)).findFirst().map(g -> g.label(language)).orElse(code);
    }
}
