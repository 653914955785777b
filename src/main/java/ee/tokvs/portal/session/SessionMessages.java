package ee.tokvs.portal.session;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The login pages' texts, by key: {@code messages/session_et.properties} (the default) and
 * {@code session_en.properties}; templates use them as {@code session:key}.
 */
@MessageBundle(value = "session", locale = "et")
public interface SessionMessages {

    @Message
    String session_login_unavailable_title();

    @Message
    String session_login_unavailable_text();

    @Message
    String session_login_unavailable_later();

    @Message
    String session_login_unavailable_retry();

    @Message
    String signed_out_title();

    @Message
    String signed_out_text();

    @Message
    String signed_out_again();
}
