package ee.tokvs.portal.shared.i18n;

import ee.tokvs.portal.shared.time.WorkingDays;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Numbers and dates as a reader of the language writes them, wherever they are shown (pages, files, messages):
 * "1 234,56" in Estonian, "1,234.56" in English; dates dd.mm.yyyy and Tallinn time in both.
 */
public final class Figures {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private Figures() {
    }

    /** A sum of money, with two decimals and the language's separators; empty for none. */
    public static String amount(BigDecimal amount, Language language) {
        return amount == null ? "" : new DecimalFormat("#,##0.00", symbols(language)).format(amount);
    }

    /** A whole number with the language's thousands separator. */
    public static String count(long count, Language language) {
        return new DecimalFormat("#,##0", symbols(language)).format(count);
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

    private static DecimalFormatSymbols symbols(Language language) {
        return DecimalFormatSymbols.getInstance(language.locale);
    }
}
