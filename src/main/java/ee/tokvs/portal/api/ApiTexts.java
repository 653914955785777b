package ee.tokvs.portal.api;

import ee.tokvs.portal.shared.i18n.Language;
import ee.tokvs.portal.shared.i18n.RuleMessages;
import ee.tokvs.portal.shared.rules.Finding;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * The API's words in the caller's language, chosen by {@code Accept-Language} (Estonian unless English is
 * preferred): problem titles from {@code messages/api_*.properties}, findings as the rules word them everywhere.
 */
@ApplicationScoped
public class ApiTexts {

    private static final List<Locale.LanguageRange> NONE = List.of();

    private final Map<Language, Properties> bundles = new EnumMap<>(Language.class);

    @Inject
    RuleMessages ruleMessages;

    public ApiTexts() {
        for (Language language : Language.values()) {
            bundles.put(language, RuleMessages.load("/messages/api_" + language.code + ".properties"));
        }
    }

    /** The first of the portal's languages in the caller's preference; Estonian when none is named. */
    public static Language languageOf(String acceptLanguage) {
        List<Locale.LanguageRange> ranges;
        try {
            ranges = acceptLanguage == null || acceptLanguage.isBlank() ? NONE : Locale.LanguageRange.parse(acceptLanguage);
        } catch (IllegalArgumentException e) {
            ranges = NONE;
        }
        for (Locale.LanguageRange range : ranges) {
            for (Language language : Language.values()) {
                if (range.getWeight() > 0 && (range.getRange().equals(language.code)
                        || range.getRange().startsWith(language.code + "-"))) {
                    return language;
                }
            }
        }
        return Language.DEFAULT;
    }

    String text(Language language, String key, Object... args) {
        String text = bundles.get(language).getProperty(key);
        if (text == null) {
            throw new IllegalStateException("no API text " + key);
        }
        for (int i = 0; i < args.length; i++) {
            text = text.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return text;
    }

    ApiProblem.Item item(Finding finding, Language language) {
        return item("", finding, language);
    }

    /** A finding of the record at {@code record} (a JSON pointer, "" for the body itself). */
    ApiProblem.Item item(String record, Finding finding, Language language) {
        return new ApiProblem.Item(finding.messageKey(), record + pointer(finding.field()),
                ruleMessages.format(finding, language));
    }

    /** A form field name as a JSON pointer into the request body. */
    static String pointer(String field) {
        return field == null || field.isEmpty() ? "" : "/" + field.replace("~", "~0").replace("/", "~1");
    }

    /** The caller's own record of this number does not exist; another insurer's answers exactly the same. */
    ApiProblem notFound(String acceptLanguage, String code, String number) {
        return problem(languageOf(acceptLanguage), 404, code, number);
    }

    /** A value of the body that cannot be read as what it must be: 400, with the one finding at its pointer. */
    ApiProblem fieldProblem(Language language, String code, String pointer) {
        ApiProblem problem = problem(language, 400, code, pointer.isEmpty() ? "/" : pointer);
        return problem.withFindings(List.of(new ApiProblem.Item(code, pointer, problem.detail())), List.of());
    }

    /** The web layer refused the call before it started (no role, no valid mandate). */
    ApiProblem forbidden(String acceptLanguage) {
        return problem(languageOf(acceptLanguage), 403, "forbidden");
    }

    ApiProblem problem(Language language, int status, String code, Object... args) {
        return ApiProblem.of(status, code, text(language, "api_" + code + "_title"), text(language, "api_" + code, args));
    }
}
