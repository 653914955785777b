package ee.tokvs.portal.shared.web;

import ee.tokvs.portal.shared.time.WorkingDays;

import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How dates, instants and money look on pages: dd.mm.yyyy, Tallinn time, euros in the page's language. */
@TemplateExtension
public final class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private Formats() {
    }

    static String display(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** Instants are stored in UTC and shown in Europe/Tallinn. */
    static String tallinn(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(WorkingDays.TALLINN));
    }

    static String euros(BigDecimal amount, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        if (amount == null) {
            return "";
        }
        boolean english = locale instanceof Locale l && "en".equals(l.getLanguage());
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(english ? Locale.ENGLISH : Locale.forLanguageTag("et"));
        return new DecimalFormat("#,##0.00", symbols).format(amount) + " €";
    }
}
