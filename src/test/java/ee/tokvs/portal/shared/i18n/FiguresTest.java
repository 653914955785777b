package ee.tokvs.portal.shared.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Numbers as each language writes them. The Estonian thousands separator and the space before a per cent sign are
 * no-break spaces (written here as {@code \u00a0}), its minus the minus sign (U+2212).
 */
class FiguresTest {

    private static final String NBSP = "\u00a0";

    @Test
    void aNumberKeepsItsDecimalsAndIsGroupedAsTheLanguageGroupsIt() {
        assertEquals("1" + NBSP + "234" + NBSP + "567,89", Figures.number(new BigDecimal("1234567.89"), Language.ET));
        assertEquals("1,234,567.89", Figures.number(new BigDecimal("1234567.89"), Language.EN));
        assertEquals("1" + NBSP + "497,950", Figures.number(new BigDecimal("1497.950"), Language.ET), "its scale, not fewer");
        assertEquals("20" + NBSP + "000", Figures.number(new BigDecimal("20000"), Language.ET));
        assertEquals("0,5", Figures.number(new BigDecimal("0.5"), Language.ET));
        assertEquals("\u2212200,00", Figures.number(new BigDecimal("-200.00"), Language.ET));
        assertEquals("-200.00", Figures.number(new BigDecimal("-200.00"), Language.EN));
        assertEquals("", Figures.number(null, Language.ET));
    }

    @Test
    void aCountIsWholeAndGrouped() {
        assertEquals("1" + NBSP + "234" + NBSP + "567", Figures.count(1234567, Language.ET));
        assertEquals("1,234,567", Figures.count(1234567, Language.EN));
        assertEquals("999", Figures.count(999, Language.ET));
        assertEquals("0", Figures.count(0, Language.EN));
    }

    @Test
    void aShareInPerCentTakesTheSignAsTheLanguageWritesIt() {
        assertEquals("64,7" + NBSP + "%", Figures.percent(new BigDecimal("64.7"), Language.ET));
        assertEquals("64.7%", Figures.percent(new BigDecimal("64.7"), Language.EN));
        assertEquals("100" + NBSP + "%", Figures.percent(new BigDecimal("100"), Language.ET));
        assertEquals("50.0%", Figures.percent(new BigDecimal("50.0"), Language.EN));
        assertEquals("", Figures.percent(null, Language.EN));
    }

    @Test
    void anAmountHasTwoDecimals() {
        assertEquals("1" + NBSP + "200,50", Figures.amount(new BigDecimal("1200.5"), Language.ET));
        assertEquals("1,200.50", Figures.amount(new BigDecimal("1200.5"), Language.EN));
    }

    @Test
    void aFileWritesANumberPlainlyForASpreadsheetToRead() {
        assertEquals("1234567,89", Figures.plain(new BigDecimal("1234567.89"), Language.ET));
        assertEquals("1234567.89", Figures.plain(new BigDecimal("1234567.89"), Language.EN));
        assertEquals("-200,00", Figures.plain(new BigDecimal("-200.00"), Language.ET), "a plain hyphen, as spreadsheets read");
        assertEquals("20000", Figures.plain(new BigDecimal("2E+4"), Language.ET), "never in exponent form");
        assertEquals("", Figures.plain(null, Language.EN));
    }
}
