package ee.tokvs.portal.shared.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Estonian and English are both complete: the same keys, no empty text, the same placeholders. */
public class MessagesCompletenessTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    public static Properties load(String bundle, String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesCompletenessTest.class.getResourceAsStream("/messages/" + bundle + "_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @ValueSource(strings = {"msg", "upload", "mandate", "dash", "rules", "session", "input", "claim", "contract", "reference", "home", "audit", "api"})
    void bothLanguagesHaveEveryKey(String bundle) throws IOException {
        Properties et = load(bundle, "et");
        Properties en = load(bundle, "en");
        assertEquals(new TreeSet<>(et.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"msg", "upload", "mandate", "dash", "rules", "session", "input", "claim", "contract", "reference", "home", "audit", "api"})
    void noTextIsEmptyAndPlaceholdersMatch(String bundle) throws IOException {
        Properties et = load(bundle, "et");
        Properties en = load(bundle, "en");
        for (String key : et.stringPropertyNames()) {
            assertTrue(!et.getProperty(key).isBlank() && !en.getProperty(key, "").isBlank(), key + " is empty");
            assertEquals(placeholders(et.getProperty(key)), placeholders(en.getProperty(key)), key + " placeholders differ");
        }
    }

    public static TreeSet<String> placeholders(String text) {
        TreeSet<String> names = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
