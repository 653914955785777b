package ee.tokvs.portal.shared.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldsTest {

    @ParameterizedTest
    @CsvSource({"2026-03-31, 2026-03-31", "31.03.2026, 2026-03-31", "1.3.2026, 2026-03-01"})
    void readsIsoAndEstonianDates(String raw, LocalDate expected) {
        Findings findings = new Findings();
        assertEquals(expected, Fields.date(findings, "d", raw, true));
        assertTrue(findings.isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"31.02.2026", "2026-13-01", "yesterday", "03/31/2026"})
    void reportsWhatIsNotADate(String raw) {
        Findings findings = new Findings();
        assertNull(Fields.date(findings, "d", raw, true));
        assertTrue(findings.hasMessage("rule_not_a_date"));
    }

    @ParameterizedTest
    @CsvSource({"1900-01-01, 1900-01-01", "2100-12-31, 2100-12-31", "31.12.2100, 2100-12-31", "1.1.1900, 1900-01-01"})
    void acceptsTheRegistersFirstAndLastDate(String raw, LocalDate expected) {
        Findings findings = new Findings();
        assertEquals(expected, Fields.date(findings, "d", raw, true));
        assertTrue(findings.isEmpty());
    }

    @ParameterizedTest
    @CsvSource({"1899-12-31", "2101-01-01", "+999999999-01-01", "-999999999-01-01", "0000-01-01", "31.12.1899",
            "+10000-01-01", "1.1.0001"})
    void refusesDatesOutsideWhatTheRegisterHoldsAsSuch(String raw) {
        Findings findings = new Findings();
        assertNull(Fields.date(findings, "d", raw, false));
        assertTrue(findings.hasMessage("rule_date_out_of_range"), raw + ": " + findings.all());
        assertEquals(1, findings.all().size());
    }

    @ParameterizedTest(name = "U+{0} is refused in a one-line field")
    @CsvSource({"0000", "0001", "0007", "0009", "000A", "000D", "001B", "007F", "0085", "009F", "D800", "DC00"})
    void refusesControlCharactersAndLoneSurrogatesInOneLineText(String hex) {
        String raw = "AB" + (char) Integer.parseInt(hex, 16) + "12";
        for (java.util.function.BiFunction<Findings, String, Object> read : List.<java.util.function.BiFunction<Findings, String, Object>>of(
                (f, v) -> Fields.text(f, "t", v), (f, v) -> Fields.required(f, "t", v), (f, v) -> Fields.date(f, "t", v, true),
                (f, v) -> Fields.money(f, "t", v, true), (f, v) -> Fields.percent(f, "t", v), (f, v) -> Fields.yesNo(f, "t", v))) {
            Findings findings = new Findings();
            Object value = read.apply(findings, raw);
            assertTrue(value == null || Boolean.FALSE.equals(value), "nothing is read from " + hex);
            assertTrue(findings.hasMessage("rule_control_character"), hex + ": " + findings.all());
        }
    }

    @Test
    void aTabOrLineBreakAroundTheValueIsTrimmedNotRefused() {
        Findings findings = new Findings();
        assertEquals("AB-12", Fields.text(findings, "t", "\tAB-12\r\n"));
        assertEquals("Kesklinna Hambakliinik OÜ 🦷", Fields.required(findings, "t", "Kesklinna Hambakliinik OÜ 🦷"));
        assertTrue(findings.isEmpty());
    }

    @Test
    void aMultiLineTextMayHoldTabsAndLineBreaksButNoOtherControlCharacter() {
        assertFalse(Fields.hasControlCharacter("line one\r\n\tline two", false));
        assertTrue(Fields.hasControlCharacter("line one\r\n\tline two", true));
        assertTrue(Fields.hasControlCharacter("bell\u0007", false));
        assertTrue(Fields.hasControlCharacter("nul\u0000", false));
    }

    @ParameterizedTest
    @CsvSource(value = {"1250.5|1250.50", "1250,50|1250.50", "1 250 000,00|1250000.00", "-250|-250.00", "\u2212250,10|-250.10",
            "1.234,56|1234.56", "1,234.56|1234.56", "1.250.000,00|1250000.00"},
            delimiter = '|')
    void readsEuros(String raw, String expected) {
        Findings findings = new Findings();
        assertEquals(new BigDecimal(expected), Fields.money(findings, "m", raw, true));
        assertTrue(findings.isEmpty());
    }

    /** What the portal shows (Figures.euros: no-break spaces, the euro sign after one) reads back as typed. */
    @ParameterizedTest
    @CsvSource(value = {"1 234,56 €|1234.56", "1\u00a0234,56\u00a0€|1234.56", "1\u202f234,56|1234.56", "1 234,56|1234.56",
            "€1,234.56|1234.56", "€ 250|250.00", "250€|250.00", "\u2212250,10\u00a0€|-250.10", "-€250|-250.00",
            "1,234.56 €|1234.56"},
            delimiter = '|')
    void readsEurosAsThePortalShowsThem(String raw, String expected) {
        Findings findings = new Findings();
        assertEquals(new BigDecimal(expected), Fields.money(findings, "m", raw, true));
        assertTrue(findings.isEmpty());
    }

    @ParameterizedTest
    @CsvSource(value = {"€250€", "€€250", "250 € €", "250 $", "12,5 € 3", "€"}, delimiter = '|')
    void refusesAmountsWithMoreThanOneEuroSignOrAnotherCurrency(String raw) {
        Findings findings = new Findings();
        assertNull(Fields.money(findings, "m", raw, true));
        assertEquals(List.of("rule_not_an_amount"), findings.forField("m").stream().map(Finding::messageKey).toList());
    }

    @Test
    void reportsCentsBeyondTwoDecimalsAndNonNumbers() {
        Findings findings = new Findings();
        assertNull(Fields.money(findings, "m", "10,555", true));
        assertNull(Fields.money(findings, "n", "ten", true));
        assertTrue(findings.hasMessage("rule_money_cents"));
        assertTrue(findings.hasMessage("rule_not_an_amount"));
    }

    @Test
    void aMissingRequiredValueIsReportedAtItsField() {
        Findings findings = new Findings();
        Fields.money(findings, "sum", " ", true);
        Fields.date(findings, "day", null, true);
        assertEquals(2, findings.all().size());
        assertEquals("rule_required", findings.forField("sum").get(0).messageKey());
    }

    @ParameterizedTest
    @CsvSource({"-1", "100.01", "abc", "12.345"})
    void percentagesStayWithinZeroToHundred(String raw) {
        Findings findings = new Findings();
        assertNull(Fields.percent(findings, "p", raw));
        assertTrue(findings.hasMessage("rule_percent_range"));
    }

    @ParameterizedTest
    @CsvSource(value = {"jah|true", "Ei|false", "yes|true", "NO|false", "1|true", "0|false", "x|true", "TRUE|true", "|false"},
            delimiter = '|')
    void readsYesAndNoInBothLanguages(String raw, boolean expected) {
        Findings findings = new Findings();
        assertEquals(expected, Fields.yesNo(findings, "f", raw));
        assertTrue(findings.isEmpty());
    }

    @Test
    void reportsWhatIsNeitherYesNorNo() {
        Findings findings = new Findings();
        assertEquals(false, Fields.yesNo(findings, "f", "võib-olla"));
        assertTrue(findings.hasMessage("rule_not_yes_no"));
    }
}
