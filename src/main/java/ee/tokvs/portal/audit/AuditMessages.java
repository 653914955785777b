package ee.tokvs.portal.audit;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The submission log's and history's texts, by key: {@code messages/audit_et.properties} (the default) and {@code audit_en.properties};
 * templates use them as {@code audit:key}, or {@code audit:message(key)} for a key computed from data.
 */
@MessageBundle(value = "audit", locale = "et")
public interface AuditMessages {

    @Message
    String history_title();

    @Message
    String col_business_date();

    @Message
    String col_deadline();

    @Message
    String history_late();

    @Message
    String history_on_time();

    @Message
    String audit_title();

    @Message
    String audit_intro();

    @Message
    String audit_late_only();

    @Message
    String audit_record();

    @Message
    String audit_of_period(String from, String to);

    @Message
    String audit_of_period_from(String from);

    @Message
    String audit_of_period_to(String to);

    @Message
    String audit_of_insurer(String insurer);

    @Message
    String audit_filter_legend();

    @Message
    String audit_insurer_any();

    @Message
    String audit_from();

    @Message
    String audit_to();

    @Message
    String audit_filter_clear();

    @Message
    String channel_FORM();

    @Message
    String channel_UPLOAD();

    @Message
    String channel_API();

    @Message
    String value_yes();

    @Message
    String value_no();

    @Message
    String value_empty();

    @Message
    String saved_title();

    @Message
    String saved_what(String action, String label);

    @Message
    String saved_on_time(String date, String deadline);

    @Message
    String saved_late(String date, String deadline);
}
