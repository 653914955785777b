package ee.tokvs.portal.shared.rules;

import java.util.List;

/**
 * One thing a rule found about the data: which field, which message (a key of the message bundle, so
 * every channel can say it in the user's language), its arguments, and whether it stops the save.
 */
public record Finding(String field, String messageKey, Level level, List<Object> args) {

    public enum Level {
        /** The data is wrong; nothing is saved. */
        ERROR,
        /** The data is unusual; it is saved once the user confirms. */
        WARNING
    }

    public static Finding error(String field, String messageKey, Object... args) {
        return new Finding(field, messageKey, Level.ERROR, List.of(args));
    }

    public static Finding warning(String field, String messageKey, Object... args) {
        return new Finding(field, messageKey, Level.WARNING, List.of(args));
    }

    public boolean isError() {
        return level == Level.ERROR;
    }
}
