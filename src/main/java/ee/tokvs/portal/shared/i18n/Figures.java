package ee.tokvs.portal.shared.i18n;

import ee.tokvs.portal.shared.time.WorkingDays;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Numbers and dates as a reader of the language writes them, wherever they are shown (pages, files, messages):
 * "1 234 567,89" and "64,7 %" in Estonian, "1,234,567.89" and "64.7%" in English; dates dd.mm.yyyy and Tallinn
 * time in both. The Estonian thousands separator is a no-break space (U+00A0), so that a number never wraps, and
 * its minus is the minus sign (U+2212), both as the browsers' Intl.NumberFormat('et-EE') writes them.
 */
public final class Figures {

    /** Between an Estonian thousand and the next, and between an Estonian number and its per cent sign. */
    public static final char NO_BREAK_SPACE = '\u00a0';

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    /**
     * Each thread's formats by language and pattern, made once: a page formats hundreds of figures, and a
     * {@link DecimalFormat} is costly to make and unsafe to share between threads.
     */
    private static final ThreadLocal<Map<String, DecimalFormat>> FORMATS = ThreadLocal.withInitial(HashMap::new);

    private Figures() {
    }

    /** A sum of money, with two decimals and the language's separators; empty for none. */
    public static String amount(BigDecimal amount, Language language) {
        return amount == null ? "" : format("#,##0.00", language).format(amount);
    }

    /** A sum of money with the euro sign after a no-break space, so that the sign never wraps away; empty for none. */
    public static String euros(BigDecimal amount, Language language) {
        return amount == null ? "" : amount(amount, language) + NO_BREAK_SPACE + "€";
    }

    /** A whole number with the language's thousands separator. */
    public static String count(long count, Language language) {
        return format("#,##0", language).format(count);
    }

    /** A number with the language's separators and as many decimals as it holds (its scale); empty for none. */
    public static String number(BigDecimal value, Language language) {
        if (value == null) {
            return "";
        }
        // a format of its own (not count's "#,##0"), since the decimals are set on it at each call
        DecimalFormat format = format("#,##0.#", language);
        int decimals = Math.max(value.scale(), 0);
        format.setMinimumFractionDigits(decimals);
        format.setMaximumFractionDigits(decimals);
        return format.format(value);
    }

    /**
     * A share already in per cent (64.7 for 64.7 %), with its decimals and the per cent sign as the language writes
     * it: after a no-break space in Estonian, right after the number in English. Empty for none.
     */
    public static String percent(BigDecimal perCent, Language language) {
        if (perCent == null) {
            return "";
        }
        return number(perCent, language) + (language == Language.ET ? NO_BREAK_SPACE + "%" : "%");
    }

    /**
     * A number as a file for a spreadsheet writes it, so that the spreadsheet reads it as a number: the language's
     * decimal separator, no thousands separator, a plain hyphen for minus.
     */
    public static String plain(BigDecimal value, Language language) {
        if (value == null) {
            return "";
        }
        String plain = value.toPlainString();
        return language == Language.ET ? plain.replace('.', ',') : plain;
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** Instants are stored in UTC and shown in Europe/Tallinn. */
    public static String tallinn(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(WorkingDays.TALLINN));
    }

    public static Language languageOf(Object locale) {
        return locale instanceof Locale l && "en".equals(l.getLanguage()) ? Language.EN : Language.ET;
    }

    /** This thread's format of the pattern in the language. */
    private static DecimalFormat format(String pattern, Language language) {
        return FORMATS.get().computeIfAbsent(language.name() + pattern, k -> new DecimalFormat(pattern, symbols(language)));
    }

    /** The language's separators; the Estonian ones fixed here, not left to the JDK's locale data of the day. */
    private static DecimalFormatSymbols symbols(Language language) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(language.locale);
        if (language == Language.ET) {
            symbols.setGroupingSeparator(NO_BREAK_SPACE);
            symbols.setDecimalSeparator(',');
            symbols.setMinusSign('\u2212');
        }
        return symbols;
    }
}
