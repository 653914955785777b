package ee.tokvs.portal.audit;

import ee.tokvs.portal.reference.CodeList;
import ee.tokvs.portal.reference.CodeLists;
import ee.tokvs.portal.shared.i18n.Figures;
import ee.tokvs.portal.shared.i18n.Language;
import ee.tokvs.portal.shared.i18n.UiLocale;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A change's values in the reader's words, wherever a history shows them ({@code inject:changeWords.before(c)}):
 * a code by its label in the code list the field uses, yes/no for a flag, money as "1 234,56 €" / "1,234.56 €", work capacity as a number,
 * dates dd.mm.yyyy, and an empty value said as such. A value the field does not explain (an unknown code, a field
 * not listed here) is shown as it was stored, never an error: the history must always be readable.
 */
@RequestScoped
@Named("changeWords")
public class ChangeWords {

    /**
     * The code list behind each coded field of the claim and contract forms (the field names of {@link Change});
     * a money row's type is a damage type on a payout or reserve and a recovery type on a recovery.
     */
    static final Map<String, List<CodeList>> CODED = Map.of(
            "status", List.of(CodeList.CLAIM_STATUS),
            "incidentType", List.of(CodeList.INCIDENT_TYPE),
            "severity", List.of(CodeList.SEVERITY),
            "specialty", List.of(CodeList.SPECIALTY),
            "additionalCompetence", List.of(CodeList.ADDITIONAL_COMPETENCE),
            "riskProfile", List.of(CodeList.RISK_PROFILE),
            "itemType", List.of(CodeList.DAMAGE_TYPE, CodeList.RECOVERY_TYPE));

    /** Fields holding euros. */
    static final Set<String> MONEY = Set.of("sumPerEvent", "sumAggregate", "itemAmount");

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** The fixed words of a history, in one language. */
    public record Vocabulary(String yes, String no, String empty) {
    }

    /** A code's label in one language, if the list has the code. */
    @FunctionalInterface
    public interface Labels {
        Optional<String> label(CodeList list, String code);
    }

    @Inject
    CodeLists codeLists;

    @Inject
    UiLocale ui;

    private Vocabulary vocabulary;

    public String before(Change change) {
        return word(change.field(), change.before());
    }

    public String after(Change change) {
        return word(change.field(), change.after());
    }

    private String word(String field, String value) {
        if (vocabulary == null) {
            AuditMessages texts = MessageBundles.get(AuditMessages.class, Localized.Literal.of(ui.lang()));
            vocabulary = new Vocabulary(texts.value_yes(), texts.value_no(), texts.value_empty());
        }
        return word(field, value, ui.language(), vocabulary,
                (list, code) -> codeLists.find(list, code).map(e -> e.label(ui.locale())));
    }

    /** One stored value of a field in words; a plain function, so that it can be tested without a server. */
    public static String word(String field, String value, Language language, Vocabulary words, Labels labels) {
        if (value == null || value.isBlank()) {
            return words.empty();
        }
        List<CodeList> lists = CODED.get(field);
        if (lists != null) {
            return lists.stream().map(list -> labels.label(list, value)).flatMap(Optional::stream).findFirst()
                    .orElse(value);
        }
        if ("true".equals(value)) {
            return words.yes();
        }
        if ("false".equals(value)) {
            return words.no();
        }
        if (MONEY.contains(field)) {
            return number(value).map(amount -> Figures.euros(amount, language))
                    .orElse(value);
        }
        if (ISO_DATE.matcher(value).matches()) {
            try {
                return Figures.date(LocalDate.parse(value));
            } catch (DateTimeParseException notADate) {
                return value;
            }
        }
        if (field.endsWith("Pct")) {
            // the field's label says "(%)" already
            return number(value).map(pct -> Figures.number(pct, language)).orElse(value);
        }
        return value;
    }

    private static Optional<BigDecimal> number(String value) {
        try {
            return Optional.of(new BigDecimal(value));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
