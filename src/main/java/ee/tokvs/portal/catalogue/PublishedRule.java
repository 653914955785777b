package ee.tokvs.portal.catalogue;

import ee.tokvs.portal.shared.i18n.Language;
import ee.tokvs.portal.shared.i18n.RuleMessages;
import ee.tokvs.portal.shared.rules.Rule;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A rule as the catalogue publishes it, on its page and over the API: code, level, field (a JSON pointer, "" for
 * the whole record, "*" for the field being checked), the legal basis (null when there is none, with the reason
 * in {@code noLegalBasis}), and the message in the reader's language with its placeholders {0}, {1} … unfilled.
 */
public record PublishedRule(String code, String level, String field, @Schema(nullable = true) String legalBasis,
        @Schema(nullable = true) String noLegalBasis, String message) {

    public static List<PublishedRule> all(RuleMessages messages, Language language) {
        return RuleCatalogue.all().stream().map(rule -> of(rule, messages, language)).toList();
    }

    static PublishedRule of(Rule rule, RuleMessages messages, Language language) {
        String field = rule.field().equals(Rule.AT_USE) || rule.field().equals(Rule.WHOLE) ? rule.field()
                : "/" + rule.field();
        return new PublishedRule(rule.key(), rule.level().name(), field, rule.legalBasis().reference(),
                rule.legalBasis().withoutBecause(), messages.template(rule.key(), language));
    }

    /** For the page: the message key naming the field when it is not one field. */
    public String fieldKey() {
        return field.equals(Rule.AT_USE) ? "field_at_use" : field.isEmpty() ? "field_whole" : null;
    }

    public String levelKey() {
        return "level_" + level;
    }
}
