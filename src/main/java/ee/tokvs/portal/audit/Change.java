package ee.tokvs.portal.audit;

import java.math.BigDecimal;

/** One field's value before and after a change, as text (null where there was none). */
public record Change(String field, String before, String after) {

    public static Change of(String field, Object before, Object after) {
        return new Change(field, text(before), text(after));
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof BigDecimal amount ? amount.toPlainString() : value.toString();
    }
}
