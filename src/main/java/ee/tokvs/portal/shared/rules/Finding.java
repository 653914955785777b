package ee.tokvs.portal.shared.rules;

import java.util.List;

/**
 * One thing a rule found about the data: which field, which message (a key of the message bundle, so
 * every channel can say it in the user's language), its arguments, and whether it stops the save.
 * Made by a {@link Rule}, which gives the key and the level.
 */
public record Finding(String field, String messageKey, Level level, List<Object> args) {

    public enum Level {
        /** The data is wrong; nothing is saved. */
        ERROR,
        /** The data is unusual; it is saved once the user confirms. */
        WARNING
    }

    public boolean isError() {
        return level == Level.ERROR;
    }
}
