package ee.tokvs.portal.shared.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * UI texts for what Java writes outside templates (the header row of a downloaded file), from the same
 * bundles the pages use.
 */
@ApplicationScoped
public class UiTexts {

    /** The page bundles, whose keys do not overlap. */
    private static final String[] BUNDLES = {"msg", "upload", "mandate", "dash", "stat", "claim", "reference", "query",
            "audit", "worklist", "people"};

    private final Map<Language, Properties> bundles = new EnumMap<>(Language.class);

    public UiTexts() {
        for (Language language : Language.values()) {
            Properties texts = new Properties();
            for (String bundle : BUNDLES) {
                texts.putAll(RuleMessages.load("/messages/" + bundle + "_" + language.code + ".properties"));
            }
            bundles.put(language, texts);
        }
    }

    public String text(String key, Language language) {
        String text = bundles.get(language).getProperty(key);
        if (text == null) {
            throw new IllegalArgumentException("no UI text " + key);
        }
        return text;
    }
}
