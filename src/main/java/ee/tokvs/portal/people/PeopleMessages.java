package ee.tokvs.portal.people;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The people page's texts, by key: {@code messages/people_et.properties} (the default) and
 * {@code people_en.properties}; templates use them as {@code people:key}.
 */
@MessageBundle(value = "people", locale = "et")
public interface PeopleMessages {

    @Message
    String people_nav();

    @Message
    String people_title();

    @Message
    String people_intro();

    @Message
    String people_none();

    @Message
    String people_col_name();

    @Message
    String people_col_username();

    @Message
    String people_col_email();

    @Message
    String people_col_roles();

    @Message
    String people_col_account();

    @Message
    String people_account_on();

    @Message
    String people_account_off();

    @Message
    String people_no_role();

    @Message
    String people_keycloak_unavailable();
}
