package ee.tokvs.portal.reference;

import ee.tokvs.portal.shared.i18n.UiLocale;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The code lists as one request sees them (one picture of {@link ReferenceCache} for the whole request), for
 * checking codes and for labelling them in the user's language.
 */
@RequestScoped
@Named("codes")
public class CodeLists {

    @Inject
    UiLocale ui;

    @Inject
    ReferenceCache cache;

    private ReferenceData data;

    /** The list's entries by code, in the list's order. */
    public Map<String, CodeListEntry> entries(CodeList list) {
        if (data == null) {
            data = cache.current();
        }
        return data.entries(list);
    }

    public Optional<CodeListEntry> find(CodeList list, String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(entries(list).get(code));
    }

    /** Entries offered for new data: the active ones, plus the one a record already has. */
    public List<CodeListEntry> choices(CodeList list, String current) {
        return entries(list).values().stream()
                .filter(e -> !e.isRetired() || e.code().equals(current))
                .toList();
    }

    public String label(CodeList list, String code, Locale locale) {
        return find(list, code).map(e -> e.label(locale)).orElse(code == null ? "" : code);
    }

    /** For templates: a code's label in the page's language ({@code inject:codes.label('SEVERITY', code)}). */
    public String label(String list, String code) {
        return label(CodeList.valueOf(list), code, ui.locale());
    }

    /** One option of a select: its code, its label in the page's language, and whether it is the one chosen. */
    public record Option(String code, String label, boolean selected) {
    }

    /**
     * For templates: the options a select offers, the record's current code among them even if retired, and marked
     * chosen. A specialty's additional competence names its specialty beside it. Made here whole, so that a list of a
     * hundred options asks the template for nothing outside each option.
     */
    public List<Option> options(String list, String current) {
        Locale locale = ui.locale();
        return choices(CodeList.valueOf(list), current).stream()
                .map(e -> new Option(e.code(), e.parentCode == null ? e.label(locale)
                        : e.label(locale) + " (" + label(CodeList.SPECIALTY, e.parentCode, locale) + ")",
                        e.code().equals(current)))
                .toList();
    }

    /**
     * Whether a code may be used: an active entry, or a retired one that the record already had (a retired
     * entry stays valid on old records).
     */
    public boolean allows(CodeList list, String code, String previous) {
        return find(list, code).map(e -> !e.isRetired() || code.equals(previous)).orElse(false);
    }
}
