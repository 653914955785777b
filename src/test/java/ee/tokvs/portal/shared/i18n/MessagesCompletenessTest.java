package ee.tokvs.portal.shared.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

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

    /** Every bundle in messages/, read from the folder itself, so a new one cannot be left out. */
    static List<String> bundles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/messages"))) {
            List<String> bundles = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith("_et.properties"))
                    .map(n -> n.substring(0, n.length() - "_et.properties".length())).sorted().toList();
            assertTrue(bundles.size() > 10, "the bundles were found: " + bundles);
            return bundles;
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void bothLanguagesHaveEveryKey(String bundle) throws IOException {
        Properties et = load(bundle, "et");
        Properties en = load(bundle, "en");
        assertEquals(new TreeSet<>(et.stringPropertyNames()), new TreeSet<>(en.stringPropertyNames()));
    }

    @ParameterizedTest
    @MethodSource("bundles")
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
