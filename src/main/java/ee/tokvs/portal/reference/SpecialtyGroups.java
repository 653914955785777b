package ee.tokvs.portal.reference;

import ee.tokvs.portal.shared.i18n.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The specialty groups (erialarühmad, V18) the dashboards and the claim list filter and group by: every surgical
 * specialty together, and so on. Reference data without tenants, a handful of rows, kept by {@link ReferenceCache}.
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
    ReferenceCache cache;

    /** Every group in its order, with its specialties. */
    public List<Group> all() {
        return cache.current().groups();
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
