package ee.tokvs.portal.shared.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The portal's two languages. Estonian is the default; English is complete beside it. */
public enum Language {
    ET("et", "Eesti keeles"), EN("en", "In English");

    public static final Language DEFAULT = ET;
    public static final String COOKIE = "tokvs_lang";

    public final String code;
    public final Locale locale;
    /** How the language names itself on the switch, so a reader of it can find it. */
    public final String ownName;

    Language(String code, String ownName) {
        this.code = code;
        this.locale = Locale.forLanguageTag(code);
        this.ownName = ownName;
    }

    public static Optional<Language> fromCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code.equals(code)).findFirst();
    }
}
