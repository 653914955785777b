package ee.tokvs.portal.home;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The landing pages' texts, by key: {@code messages/home_et.properties} (the default) and {@code home_en.properties};
 * templates use them as {@code home:key}, or {@code home:message(key)} for a key computed from data.
 */
@MessageBundle(value = "home", locale = "et")
public interface HomeMessages {

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
    String home_representative_none();

    @Message
    String home_terviseamet_title();

    @Message
    String home_terviseamet_intro();

    @Message
    String home_terviseamet_insurers();

    @Message
    String home_terviseamet_insurer_count(int count);
}
