package ee.tokvs.portal.mandate;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The mandate pages' texts, by key: {@code messages/mandate_et.properties} (the default) and
 * {@code mandate_en.properties}; templates use them as {@code mandate:key}.
 */
@MessageBundle(value = "mandate", locale = "et")
public interface MandateMessages {

    @Message
    String mandate_scope();

    @Message
    String mandate_scope_submit();

    @Message
    String mandate_scope_query();

    @Message
    String mandate_valid_to();

    @Message
    String mandate_until_further();

    @Message
    String mandate_acting_now();

    @Message
    String mandate_act_for();

    @Message
    String mandate_representative();

    @Message
    String mandate_representative_code();

    @Message
    String mandate_period();

    @Message
    String mandate_valid_from();

    @Message
    String mandate_valid_to_hint();

    @Message
    String mandate_grant();

    @Message
    String mandate_end();

    @Message
    String mandate_revoke();

    @Message
    String mandate_state_VALID();

    @Message
    String mandate_state_UPCOMING();

    @Message
    String mandate_state_ENDED();

    @Message
    String mandate_state_REVOKED();
}
