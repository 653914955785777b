package ee.tokvs.portal.dashboard;

import ee.tokvs.portal.reference.CodeList;
import ee.tokvs.portal.reference.CodeLists;
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

    /** The filter's lines, in the order of the page's filter form. */
    public List<List<String>> of(DashboardFilter filter, Language language) {
        Lines lines = new Lines(language);
        lines.add("dash_period", Figures.date(filter.from()) + "–" + Figures.date(filter.to()));
        lines.add("dash_basis", texts.text(filter.basis().messageKey(), language));
        lines.add("dash_grain", texts.text(filter.grain().messageKey(), language));
        lines.insurers("dash_insurer", one(filter.insurer()));
        lines.codes("dash_risk_profile", CodeList.RISK_PROFILE, one(filter.riskProfile()));
        lines.codes("field_specialty", CodeList.SPECIALTY, one(filter.specialty()));
        lines.codes("field_incidentType", CodeList.INCIDENT_TYPE, one(filter.incidentType()));
        lines.codes("field_severity", CodeList.SEVERITY, one(filter.severity()));
        return lines.lines;
    }

    private static List<String> one(String code) {
        return code == null ? List.of() : List.of(code);
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

        private String joined(List<String> values) {
            return values.isEmpty() ? texts.text("dash_all", language) : values.stream().collect(Collectors.joining(", "));
        }
    }
}
