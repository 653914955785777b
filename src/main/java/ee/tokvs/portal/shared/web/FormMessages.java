package ee.tokvs.portal.shared.web;

import ee.tokvs.portal.shared.i18n.Language;
import ee.tokvs.portal.shared.i18n.RuleMessages;
import ee.tokvs.portal.shared.rules.CommonRules;
import ee.tokvs.portal.shared.rules.Finding;
import ee.tokvs.portal.shared.rules.Findings;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A form's findings worded in the user's language, by field, for the template to put beside each field; the summary
 * lists them in the order of the form's fields.
 */
public final class FormMessages {

    /** One worded message, the field it belongs to, and the rule that found it (its key, the API's error code). */
    public record Message(String field, String rule, String text, boolean error) {
    }

    private final Map<String, List<Message>> byField = new LinkedHashMap<>();
    private final boolean hasErrors;
    private final boolean hasWarnings;
    private final List<String> general = new ArrayList<>();

    private FormMessages(Findings findings, Function<Finding, String> wording, FormFields fields) {
        List<Finding> inFieldOrder = findings.all().stream()
                .sorted(Comparator.comparingInt(f -> fields.position(f.field()))).toList();
        for (Finding f : inFieldOrder) {
            byField.computeIfAbsent(f.field(), k -> new ArrayList<>())
                    .add(new Message(f.field(), f.messageKey(), wording.apply(f), f.isError()));
        }
        hasErrors = findings.hasErrors();
        hasWarnings = findings.hasWarnings();
    }

    public static FormMessages none() {
        return new FormMessages(new Findings(), f -> null, FormFields.of());
    }

    /** Each finding worded by {@code wording}, in the order of the form's {@code fields}, each field's in the rules' order. */
    public static FormMessages of(Findings findings, Function<Finding, String> wording, FormFields fields) {
        return new FormMessages(findings, wording, fields);
    }

    /** Someone else saved the record first: said above the form, which keeps what the user typed. */
    public static FormMessages conflict(RuleMessages words, Language language) {
        FormMessages messages = none();
        messages.general.add(words.format(CommonRules.CONFLICT.at(), language));
        return messages;
    }

    public List<Message> of(String field) {
        return byField.getOrDefault(field, List.of());
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public boolean hasError(String field) {
        return of(field).stream().anyMatch(Message::error);
    }

    public List<Message> all() {
        return byField.values().stream().flatMap(List::stream).toList();
    }

    public List<String> general() {
        return general;
    }

    public boolean isEmpty() {
        return byField.isEmpty() && general.isEmpty();
    }

    public boolean hasErrors() {
        return hasErrors;
    }

    /** Only warnings: the user may confirm them and save. */
    public boolean onlyWarnings() {
        return hasWarnings && !hasErrors;
    }
}
