package ee.tokvs.portal.shared.i18n;

import ee.tokvs.portal.shared.rules.Finding;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/**
 * The rules' messages in both languages ({@code messages/rules_et.properties}, {@code rules_en.properties}),
 * with positional arguments {0}, {1} … Every channel (form, upload report, API) words findings here.
 */
@ApplicationScoped
public class RuleMessages {

    private final Map<Language, Properties> bundles = new EnumMap<>(Language.class);

    public RuleMessages() {
        for (Language language : Language.values()) {
            bundles.put(language, load("/messages/rules_" + language.code + ".properties"));
        }
    }

    public static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = RuleMessages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** The rule's message as written, with its placeholders {0}, {1} … unfilled: for the published rule catalogue. */
    public String template(String key, Language language) {
        return bundles.get(language).getProperty(key, key);
    }

    public String format(Finding finding, Language language) {
        String template = template(finding.messageKey(), language);
        for (int i = 0; i < finding.args().size(); i++) {
            template = template.replace("{" + i + "}", display(finding.args().get(i), language));
        }
        return template;
    }

    /** Dates as dd.mm.yyyy, amounts with the language's decimal separator, both languages alike. */
    static String display(Object value, Language language) {
        if (value instanceof LocalDate date) {
            return Figures.date(date);
        }
        if (value instanceof BigDecimal amount) {
            return Figures.amount(amount, language);
        }
        return String.valueOf(value);
    }
}
