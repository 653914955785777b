package ee.tokvs.portal.shared.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The main menu's texts, by key: {@code messages/nav_et.properties} (the default) and {@code nav_en.properties};
 * templates use them as {@code nav:key}.
 */
@MessageBundle(value = "nav", locale = "et")
public interface NavMessages {

    @Message
    String nav_main();

    @Message
    String nav_home();

    @Message
    String nav_contracts();

    @Message
    String nav_claims();

    @Message
    String nav_code_lists();

    @Message
    String nav_unknown_providers();

    @Message
    String nav_mandates();

    @Message
    String nav_audit();

    @Message
    String nav_providers();

    @Message
    String nav_insurers();

    @Message
    String nav_uploads();

    @Message
    String nav_dashboards();

    @Message
    String nav_menu();
}
