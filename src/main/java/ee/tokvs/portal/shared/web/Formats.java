package ee.tokvs.portal.shared.web;

import ee.tokvs.portal.shared.i18n.Figures;
import io.quarkus.qute.TemplateExtension;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;

/**
 * How dates, instants, numbers and money look on pages: dd.mm.yyyy, Tallinn time, and numbers in the page's
 * language ({@link Figures}): {@code {v.number}} "1 234 567,89", {@code {v.count}} "1 235", {@code {v.percent}}
 * "64,7 %" (of a share already in per cent), {@code {v.euros}} "1 234,50 €", {@code {c.shown}} a {@link Cell}.
 * None shows nothing.
 */
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

    /** With two decimals and the euro sign, after a no-break space so that the sign never wraps away. */
    static String euros(BigDecimal amount, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return Figures.euros(amount, Figures.languageOf(locale));
    }

    /** With grouping and the decimals the value holds. */
    static String number(Number value, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return Figures.number(decimal(value), Figures.languageOf(locale));
    }

    /** A whole number with grouping (a count). */
    static String count(Number value, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return value == null ? "" : Figures.count(value.longValue(), Figures.languageOf(locale));
    }

    /** A share already in per cent, with its decimals and the per cent sign. */
    static String percent(Number value, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return Figures.percent(decimal(value), Figures.languageOf(locale));
    }

    static String shown(Cell cell, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return cell.shownIn(Figures.languageOf(locale));
    }

    private static BigDecimal decimal(Number value) {
        if (value == null || value instanceof BigDecimal) {
            return (BigDecimal) value;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return BigDecimal.valueOf(value.longValue());
        }
        if (value instanceof BigInteger big) {
            return new BigDecimal(big);
        }
        return BigDecimal.valueOf(value.doubleValue()).stripTrailingZeros();
    }
}
