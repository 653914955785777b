package ee.tokvs.portal.api;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Typed JSON values as the forms' text, which the rules read: ISO dates, plain decimals, nothing for null. */
final class ApiValues {

    private ApiValues() {
    }

    static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    static String text(BigDecimal number) {
        return number == null ? "" : number.toPlainString();
    }
}
