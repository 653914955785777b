package ee.tokvs.portal.effort;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The effort question's texts, by key: {@code messages/effort_et.properties} (the default) and
 * {@code effort_en.properties}; templates use them as {@code effort:key}, or {@code effort:message(key)}.
 */
@MessageBundle(value = "effort", locale = "et")
public interface EffortMessages {

    @Message
    String effort_question_CLAIM_SAVED();

    @Message
    String effort_question_CONTRACT_SAVED();

    @Message
    String effort_question_UPLOAD_DONE();

    @Message
    String effort_task_CLAIM_SAVED();

    @Message
    String effort_task_CONTRACT_SAVED();

    @Message
    String effort_task_UPLOAD_DONE();

    @Message
    String effort_scale_hint();

    @Message
    String effort_comment();

    @Message
    String effort_send();

    @Message
    String effort_later();

    @Message
    String effort_nav();

    @Message
    String effort_title();

    @Message
    String effort_intro();

    @Message
    String effort_scores_title();

    @Message
    String effort_col_task();

    @Message
    String effort_col_month();

    @Message
    String effort_col_answers();

    @Message
    String effort_col_mean();

    @Message
    String effort_col_later();

    @Message
    String effort_comments_title();

    @Message
    String effort_col_day();

    @Message
    String effort_col_score();

    @Message
    String effort_col_comment();

    @Message
    String effort_none();
}
