package ee.tokvs.portal.worklist;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The worklist's and follow-ups' texts, by key: {@code messages/worklist_et.properties} (the default) and
 * {@code worklist_en.properties}; templates use them as {@code worklist:key}.
 */
@MessageBundle(value = "worklist", locale = "et")
public interface WorklistMessages {

    @Message
    String worklist_follow_up_title();

    @Message
    String worklist_follow_up_intro();

    @Message
    String worklist_follow_up_date();

    @Message
    String worklist_follow_up_note();

    @Message
    String worklist_follow_up_note_hint();

    @Message
    String worklist_follow_up_clear();

    @Message
    String worklist_follow_up_change();

    @Message
    String worklist_follow_up_set();

    @Message
    String worklist_follow_up_on(String date);

    @Message
    String worklist_follow_up_none();

    @Message
    String worklist_title();

    @Message
    String worklist_due_today();

    @Message
    String worklist_overdue();

    @Message
    String worklist_coming(int days);

    @Message
    String worklist_reserves(int days);

    @Message
    String worklist_reserve_set_on(String date);

    @Message
    String worklist_late(String from);

    @Message
    String worklist_late_deadline(String deadline, String submitted);

    @Message
    String worklist_none_today();

    @Message
    String worklist_none_overdue();

    @Message
    String worklist_none_coming();

    @Message
    String worklist_none_reserves();

    @Message
    String worklist_none_late();

    @Message
    String worklist_mail_title();

    @Message
    String worklist_mail_on(String email, String language);

    @Message
    String worklist_mail_off();

    @Message
    String worklist_mail_opt_in();

    @Message
    String worklist_mail_hint(String address);

    @Message
    String worklist_mail_language();

    @Message
    String worklist_mail_save();

    @Message
    String worklist_mail_no_address();

    @Message
    String worklist_mail_lang();

    @Message
    String worklist_mail_subject(String day);

    @Message
    String worklist_mail_greeting(String name);

    @Message
    String worklist_mail_intro(String day);

    @Message
    String worklist_mail_why();

    @Message
    String worklist_mail_settings();
}
