package ee.tokvs.portal.dashboard;

import ee.tokvs.portal.reference.CodeList;
import ee.tokvs.portal.reference.CodeLists;
import ee.tokvs.portal.reference.SpecialtyGroups;
import ee.tokvs.portal.reference.RegisterNames;
import ee.tokvs.portal.shared.i18n.Figures;
import ee.tokvs.portal.shared.i18n.Language;
import ee.tokvs.portal.shared.i18n.UiTexts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A dashboard filter in words, written at the top of an exported figure so that the file says what its numbers
 * are of: one line per filter, its label and its value in the reader's language ("Periood", "01.01.2015–31.12.2016";
 * "Eriala", "üldkirurgia, ortopeedia"). A filter not set reads "all", so that a reader of the file knows nothing was
 * left out unsaid.
 */
@ApplicationScoped
public class FilterWords {

    @Inject
    UiTexts texts;

    @Inject
    CodeLists codeLists;

    @Inject
    RegisterNames names;

    @Inject
    SpecialtyGroups specialtyGroups;

    /** The filter's lines, in the order of the page's filter form. */
    public List<List<String>> of(DashboardFilter filter, Language language) {
        Lines lines = new Lines(language);
        String period = Figures.date(filter.from()) + "–" + Figures.date(filter.to());
        lines.add("dash_period", filter.period() == null ? period
                : texts.text(filter.period().messageKey(), language) + " (" + period + ")");
        lines.add("dash_basis", texts.text(filter.basis().messageKey(), language));
        lines.add("dash_grain", texts.text(filter.grain().messageKey(), language));
        lines.insurers("dash_filter_insurer", filter.insurers());
        lines.add("dash_filter_riskProfile", lines.joined(filter.riskProfiles().stream().map(code -> "UNKNOWN".equals(code)
                ? texts.text("dash_unknown_profile", language) : codeLists.label(CodeList.RISK_PROFILE, code, language.locale))
                .toList()));
        lines.add("dash_filter_specialtyGroup", lines.joined(filter.specialtyGroups().stream()
                .map(code -> specialtyGroups.label(code, language)).toList()));
        lines.codes("dash_filter_specialty", CodeList.SPECIALTY, filter.specialties());
        lines.codes("dash_filter_incidentType", CodeList.INCIDENT_TYPE, filter.incidentTypes());
        lines.codes("dash_filter_severity", CodeList.SEVERITY, filter.severities());
        return lines.lines;
    }

    /** The lines being written, each a label (a message key) and a value. */
    private final class Lines {

        final Language language;
        final List<List<String>> lines = new ArrayList<>();

        Lines(Language language) {
            this.language = language;
        }

        void add(String labelKey, String value) {
            lines.add(List.of(texts.text(labelKey, language), value));
        }

        /** Codes of a code list as their labels, or "all" for none. */
        void codes(String labelKey, CodeList list, Collection<String> codes) {
            add(labelKey, joined(codes.stream().map(code -> codeLists.label(list, code, language.locale)).toList()));
        }

        /** Insurers by name (their registry code if the register does not know it), or "all" for none. */
        void insurers(String labelKey, Collection<String> registryCodes) {
            add(labelKey, joined(registryCodes.stream().map(names::insurer).toList()));
        }

        String joined(List<String> values) {
            return values.isEmpty() ? texts.text("dash_all", language) : values.stream().collect(Collectors.joining(", "));
        }
    }
}
