package ee.tokvs.portal.shared.rules;

import java.util.List;

/**
 * One rule the portal can report, declared once as data: its key (the message key in
 * {@code messages/rules_et.properties} and {@code rules_en.properties}, and the stable error code the API gives),
 * whether it stops the save, the field it is reported at, and the law it rests on. Findings are made only through
 * a rule, so every message a channel shows is in the catalogue ({@code catalogue/RuleCatalogue}).
 *
 * <p>Legal references: "määrus" is the draft regulation on the insurer's report (seed 002, §2 the data, §3 the
 * submission, §4 the access); "TOKVS" the Act; the severity and work-capacity regulations are named as such.
 */
public record Rule(String key, Finding.Level level, String field, LegalBasis legalBasis) {

    /** The field of a generic rule ("not a date"): each use names the field it reports at. */
    public static final String AT_USE = "*";
    /** The record or file as a whole: said above the form, or in the upload report without a column. */
    public static final String WHOLE = "";

    /** What the rule rests on: a reference to the law, or none and why not. */
    public record LegalBasis(String reference, String withoutBecause) {

        public LegalBasis {
            if ((reference == null) == (withoutBecause == null)) {
                throw new IllegalArgumentException("a legal basis is a reference, or none with a reason");
            }
        }
    }

    public static Rule error(String key, String field, LegalBasis legalBasis) {
        return new Rule(key, Finding.Level.ERROR, field, legalBasis);
    }

    public static Rule warning(String key, String field, LegalBasis legalBasis) {
        return new Rule(key, Finding.Level.WARNING, field, legalBasis);
    }

    /** The law the rule rests on, as "määrus §2(2) p 7" or "TOKVS §19". */
    public static LegalBasis law(String reference) {
        return new LegalBasis(reference, null);
    }

    /** No legal basis: a technical or plausibility rule, and why. */
    public static LegalBasis none(String because) {
        return new LegalBasis(null, because);
    }

    /** The finding at the rule's own field. */
    public Finding at(Object... args) {
        if (AT_USE.equals(field)) {
            throw new IllegalStateException(key + " names its field where it is used");
        }
        return new Finding(field, key, level, List.of(args));
    }

    /** The finding of a generic rule at the field where it is used. */
    public Finding atField(String usedAt, Object... args) {
        if (!AT_USE.equals(field)) {
            throw new IllegalStateException(key + " is reported at " + field);
        }
        return new Finding(usedAt, key, level, List.of(args));
    }
}
