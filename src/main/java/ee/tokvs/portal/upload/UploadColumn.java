package ee.tokvs.portal.upload;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A column of an upload file: the field it fills, its Estonian and English names (either is accepted), and
 * whether the header must have it.
 */
public record UploadColumn(String field, String estonian, String english, boolean required) {

    /** Whether a header cell names this column: case, spaces, hyphens and diacritics do not matter. */
    public boolean isNamed(String header) {
        String wanted = normalise(header);
        return wanted.equals(normalise(estonian)) || wanted.equals(normalise(english));
    }

    public String name(boolean estonianNames) {
        return estonianNames ? estonian : english;
    }

    /** A column's name or a record's kind as compared: no accents, lower case, words joined by "_". */
    static String normalise(String header) {
        String plain = Normalizer.normalize(header == null ? "" : header.strip(), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace("\ufeff", "")
                .toLowerCase(Locale.ROOT);
        return plain.replaceAll("[^a-z0-9%]+", "_").replaceAll("^_+|_+$", "");
    }
}
