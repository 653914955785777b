package ee.tokvs.portal.shared.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

/**
 * Reads the text a person typed or a file held into typed values, reporting what it cannot read as a
 * finding on that field. Forms, uploads and the API read through here.
 */
public final class Fields {

    // The rules of reading: technical, reported at whichever field could not be read.
    private static final Rule.LegalBasis READING = Rule.none("technical: the text cannot be read as the field's type");

    public static final Rule REQUIRED = Rule.error("rule_required", Rule.AT_USE,
            Rule.none("generic: the record using it says which fields it requires (contracts and claims: määrus §2)"));
    public static final Rule CONTROL_CHARACTER = Rule.error("rule_control_character", Rule.AT_USE,
            Rule.none("technical: no register value holds a control character, and PostgreSQL cannot always store one"));
    public static final Rule NOT_A_DATE = Rule.error("rule_not_a_date", Rule.AT_USE, READING);
    public static final Rule DATE_OUT_OF_RANGE = Rule.error("rule_date_out_of_range", Rule.AT_USE,
            Rule.none("technical: the dates the register can hold"));
    public static final Rule NOT_AN_AMOUNT = Rule.error("rule_not_an_amount", Rule.AT_USE, READING);
    public static final Rule MONEY_CENTS = Rule.error("rule_money_cents", Rule.AT_USE,
            Rule.none("technical: amounts are euros and cents"));
    public static final Rule MONEY_TOO_LARGE = Rule.error("rule_money_too_large", Rule.AT_USE,
            Rule.none("technical: the register's amounts are numeric(14,2)"));
    public static final Rule NOT_YES_NO = Rule.error("rule_not_yes_no", Rule.AT_USE, READING);
    public static final Rule PERCENT_RANGE = Rule.error("rule_percent_range", Rule.AT_USE, READING);

    public static final List<Rule> RULES = List.of(REQUIRED, CONTROL_CHARACTER, NOT_A_DATE, DATE_OUT_OF_RANGE,
            NOT_AN_AMOUNT, MONEY_CENTS, MONEY_TOO_LARGE, NOT_YES_NO, PERCENT_RANGE);

    private static final DateTimeFormatter ESTONIAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final BigDecimal MAX_MONEY = new BigDecimal("999999999999.99");
    /** The dates the register can hold: wider than any real contract or claim, well inside PostgreSQL's range. */
    public static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST_DATE = LocalDate.of(2100, 12, 31);

    private Fields() {
    }

    /** Trimmed text, or null when blank; not checked, so only for values a rule checks afterwards. */
    public static String text(String raw) {
        return raw == null || raw.isBlank() ? null : raw.strip();
    }

    /**
     * A one-line text field: trimmed, null when blank, and refused when it holds a control character (a tab or
     * line break inside the value included), which no register value has and PostgreSQL cannot always store.
     */
    public static String text(Findings findings, String field, String raw) {
        String value = text(raw);
        if (value != null && hasControlCharacter(value, true)) {
            findings.add(CONTROL_CHARACTER.atField(field));
            return null;
        }
        return value;
    }

    public static String required(Findings findings, String field, String raw) {
        if (text(raw) == null) {
            findings.add(REQUIRED.atField(field));
            return null;
        }
        return text(findings, field, raw);
    }

    /**
     * Control characters (C0, DEL, C1) and halves of a surrogate pair without the other half. Tab, carriage
     * return and line feed are text in a multi-line field, not in a one-line one.
     */
    public static boolean hasControlCharacter(String value, boolean oneLine) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c)) {
                if (oneLine || (c != '\t' && c != '\r' && c != '\n')) {
                    return true;
                }
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** ISO (2025-03-31) or Estonian (31.03.2025) dates. */
    public static LocalDate date(Findings findings, String field, String raw, boolean required) {
        String value = required ? required(findings, field, raw) : text(findings, field, raw);
        if (value == null) {
            return null;
        }
        LocalDate date;
        try {
            date = value.contains(".") ? LocalDate.parse(value, ESTONIAN_DATE) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            findings.add(NOT_A_DATE.atField(field, value));
            return null;
        }
        if (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE)) {
            findings.add(DATE_OUT_OF_RANGE.atField(field, value, FIRST_DATE, LAST_DATE));
            return null;
        }
        return date;
    }

    /**
     * Euros with at most two decimals, decimal point or comma, spaces as thousands separators, and one euro sign
     * before or after: what the portal shows ({@code 1 234,56 €}) reads back as it was.
     */
    public static BigDecimal money(Findings findings, String field, String raw, boolean required) {
        String value = required ? required(findings, field, raw) : text(findings, field, raw);
        if (value == null) {
            return null;
        }
        String normalised = decimal(withoutEuroSign(value.replace('\u2212', '-').replaceAll(SPACES, "")));
        try {
            BigDecimal amount = new BigDecimal(normalised);
            if (amount.scale() > 2) {
                findings.add(MONEY_CENTS.atField(field, value));
                return null;
            }
            if (amount.abs().compareTo(MAX_MONEY) > 0) {
                findings.add(MONEY_TOO_LARGE.atField(field, value));
                return null;
            }
            return amount.setScale(2);
        } catch (NumberFormatException e) {
            findings.add(NOT_AN_AMOUNT.atField(field, value));
            return null;
        }
    }

    /** Any space, the no-break ones the portal writes between thousands included (U+00A0, U+2007, U+202F). */
    private static final String SPACES = "[\\s\u00a0\u2007\u202f]";

    /** One euro sign at the start (after any minus) or at the end; a second one stays and makes the value unreadable. */
    static String withoutEuroSign(String value) {
        if (value.endsWith("€")) {
            return value.substring(0, value.length() - 1);
        }
        if (value.startsWith("€")) {
            return value.substring(1);
        }
        if (value.startsWith("-€")) {
            return "-" + value.substring(2);
        }
        return value;
    }

    /**
     * One decimal separator, point or comma: where both appear (1.234,56 or 1,234.56) the last one is the
     * decimal separator and the other groups thousands.
     */
    static String decimal(String value) {
        int comma = value.lastIndexOf(',');
        int point = value.lastIndexOf('.');
        if (comma >= 0 && point >= 0) {
            char thousands = comma > point ? '.' : ',';
            value = value.replace(String.valueOf(thousands), "");
        }
        return value.replace(',', '.');
    }

    /** Yes or no, in either language or as 1/0; blank is no. */
    public static boolean yesNo(Findings findings, String field, String raw) {
        String value = text(findings, field, raw);
        if (value == null) {
            return false;
        }
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "jah", "yes", "true", "1", "x" -> true;
            case "ei", "no", "false", "0" -> false;
            default -> {
                findings.add(NOT_YES_NO.atField(field, value));
                yield false;
            }
        };
    }

    /** A percentage from 0 to 100 with at most two decimals. */
    public static BigDecimal percent(Findings findings, String field, String raw) {
        String value = text(findings, field, raw);
        if (value == null) {
            return null;
        }
        try {
            BigDecimal pct = new BigDecimal(value.replace(',', '.').replace("%", "").strip());
            if (pct.signum() < 0 || pct.compareTo(BigDecimal.valueOf(100)) > 0 || pct.scale() > 2) {
                findings.add(PERCENT_RANGE.atField(field, value));
                return null;
            }
            return pct;
        } catch (NumberFormatException e) {
            findings.add(PERCENT_RANGE.atField(field, value));
            return null;
        }
    }
}
