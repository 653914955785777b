package ee.tokvs.portal.shared.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every UI text, by key. The texts live in {@code messages/msg_et.properties} (the default) and
 * {@code msg_en.properties}; templates use them as {@code msg:key}.
 */
@MessageBundle(value = "msg", locale = "et")
public interface Messages {

    @Message
    String app_name();

    @Message
    String app_tagline();

    @Message
    String skip_to_content();

    @Message
    String nav_main();

    @Message
    String nav_home();

    @Message
    String header_user();

    @Message
    String header_org();

    @Message
    String header_role();

    @Message
    String logout();

    @Message
    String lang_switch();

    @Message
    String role_insurer_admin();

    @Message
    String role_insurer_staff();

    @Message
    String role_representative();

    @Message
    String role_terviseamet_admin();

    @Message
    String role_terviseamet_analyst();

    @Message
    String role_none();

    @Message
    String org_terviseamet();

    @Message
    String org_none();

    @Message
    String org_unregistered(String code);

    @Message
    String licence_ACTIVE();

    @Message
    String licence_SUSPENDED();

    @Message
    String licence_REVOKED();

    @Message
    String col_name();

    @Message
    String col_registry_code();

    @Message
    String col_licence();

    @Message
    String home_insurer_title();

    @Message
    String home_insurer_intro();

    @Message
    String home_insurer_deadline();

    @Message
    String home_insurer_details();

    @Message
    String home_insurer_unregistered(String code);

    @Message
    String home_representative_title();

    @Message
    String home_representative_intro();

    @Message
    String home_representative_choose();

    @Message
    String home_representative_none();

    @Message
    String home_terviseamet_title();

    @Message
    String home_terviseamet_intro();

    @Message
    String home_terviseamet_insurers();

    @Message
    String home_terviseamet_insurer_count(int count);

    @Message
    String error_403_title();

    @Message
    String error_403_text();

    @Message
    String error_403_no_role();

    @Message
    String error_404_title();

    @Message
    String error_404_text();

    @Message
    String error_500_title();

    @Message
    String error_500_text(String incident);

    @Message
    String error_other_title();

    @Message
    String error_other_text(int status);

    @Message
    String error_home();

    @Message
    String signed_out_title();

    @Message
    String signed_out_text();

    @Message
    String signed_out_again();

    @Message
    String footer_text();
}
