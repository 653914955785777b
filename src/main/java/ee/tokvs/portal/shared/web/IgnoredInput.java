package ee.tokvs.portal.shared.web;

import ee.tokvs.portal.shared.rules.Fields;
import ee.tokvs.portal.shared.rules.Findings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The search and filter values of this request that could not be read and were left out, so that the page
 * still shows (without them) and says which they were. Filled by {@link InputGuard} for query parameters
 * with control characters or broken encoding, and by the list pages for dates they cannot use. Templates
 * reach it as {@code inject:ignoredInput}; the layout shows the notice.
 */
@RequestScoped
@Named("ignoredInput")
public class IgnoredInput {

    private static final int SHOWN_LENGTH = 40;

    private final List<String> values = new ArrayList<>();

    public void add(String value) {
        values.add(shown(value));
    }

    /** A filter date: null, with the value noted as ignored, when it is not a date the register can hold. */
    public LocalDate date(String raw) {
        Findings findings = new Findings();
        LocalDate date = Fields.date(findings, "filter", raw, false);
        if (findings.hasErrors()) {
            add(raw);
        }
        return date;
    }

    public boolean any() {
        return !values.isEmpty();
    }

    /** The values as the notice lists them: quoted, shortened, control characters made visible. */
    public String list() {
        return String.join(", ", values.stream().map(v -> "„" + v + "“").toList());
    }

    static String shown(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder shown = new StringBuilder();
        // A lone surrogate comes out of codePoints() as itself, in 0xD800–0xDFFF.
        value.codePoints().limit(SHOWN_LENGTH).forEach(c -> shown.appendCodePoint(
                Character.isISOControl(c) || (c >= 0xD800 && c <= 0xDFFF) ? '\uFFFD' : c));
        return value.codePointCount(0, value.length()) > SHOWN_LENGTH ? shown + "…" : shown.toString();
    }
}
