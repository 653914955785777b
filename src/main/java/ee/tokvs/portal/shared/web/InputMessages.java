package ee.tokvs.portal.shared.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * What the portal says about input it could not read, by key: {@code messages/input_et.properties} (the
 * default) and {@code input_en.properties}; templates use them as {@code input:key}.
 */
@MessageBundle(value = "input", locale = "et")
public interface InputMessages {

    /** Above a list whose search or filter values were partly left out. */
    @Message
    String input_ignored(String values);

    @Message
    String input_400_title();

    @Message
    String input_400_text();
}
