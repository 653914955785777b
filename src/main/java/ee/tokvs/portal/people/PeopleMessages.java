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

    @Message
    String people_change_role();

    @Message
    String people_remove();

    @Message
    String people_done_role();

    @Message
    String people_done_removed();

    @Message
    String people_history();

    @Message
    String people_col_when();

    @Message
    String people_col_by();

    @Message
    String people_col_what();

    @Message
    String people_action_ROLE_CHANGED();

    @Message
    String people_action_REMOVED();

    @Message
    String people_role_of(String username);

    @Message
    String people_done_invited();

    @Message
    String people_account_invited();

    @Message
    String people_invite();

    @Message
    String people_invite_intro();

    @Message
    String people_invite_send();

    @Message
    String people_personal_code();

    @Message
    String people_personal_code_hint();

    @Message
    String people_first_name();

    @Message
    String people_last_name();

    @Message
    String people_action_INVITED();

    @Message
    String people_invitation_failed();

    @Message
    String people_org_nav();

    @Message
    String people_org_title();

    @Message
    String people_org_intro();

    @Message
    String people_org_registry_code();

    @Message
    String people_org_name();

    @Message
    String people_org_login();

    @Message
    String people_org_login_none();

    @Message
    String people_org_login_on();

    @Message
    String people_org_login_closed();

    @Message
    String people_org_close();

    @Message
    String people_org_onboard();

    @Message
    String people_org_onboard_intro();

    @Message
    String people_org_first_admin();

    @Message
    String people_org_onboard_send();

    @Message
    String people_org_done_onboarded();

    @Message
    String people_org_done_closed();

    @Message
    String people_org_failed();

    @Message
    String people_action_ACCESS_ENDED();

    @Message
    String people_org_kind();

    @Message
    String people_org_kind_INSURER();

    @Message
    String people_org_kind_REPRESENTATIVE();

    @Message
    String people_manage();

    @Message
    String people_org_kind_option_INSURER();

    @Message
    String people_org_kind_option_REPRESENTATIVE();
}
