package ee.tokvs.portal.shared.web;

import ee.tokvs.portal.shared.i18n.Figures;
import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** How dates, instants and money look on pages: dd.mm.yyyy, Tallinn time, euros in the page's language. */
@TemplateExtension
public final class Formats {

    private Formats() {
    }

    static String display(LocalDate date) {
        return Figures.date(date);
    }

    /** Instants are stored in UTC and shown in Europe/Tallinn. */
    static String tallinn(Instant instant) {
        return Figures.tallinn(instant);
    }

    static String euros(BigDecimal amount, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return amount == null ? "" : Figures.amount(amount, Figures.languageOf(locale)) + " €";
    }
}
