package ee.tokvs.portal.upload;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The upload pages' texts, by key: {@code messages/upload_et.properties} (the default) and
 * {@code upload_en.properties}; templates use them as {@code upload:key}.
 */
@MessageBundle(value = "upload", locale = "et")
public interface UploadMessages {

    @Message
    String upload_title();

    @Message
    String upload_intro();

    @Message
    String upload_send();

    @Message
    String upload_check();

    @Message
    String upload_check_hint();

    @Message
    String upload_kind();

    @Message
    String upload_kind_CLAIMS();

    @Message
    String upload_kind_CONTRACTS();

    @Message
    String upload_file();

    @Message
    String upload_file_hint(int maxMegabytes);

    @Message
    String upload_accept_warnings();

    @Message
    String upload_accept_warnings_hint();

    @Message
    String upload_accept_warnings_short();

    @Message
    String upload_check_only_short();

    @Message
    String upload_check_notice();

    @Message
    String upload_files_title();

    @Message
    String upload_files_intro();

    @Message
    String upload_files_rules();

    @Message
    String upload_template();

    @Message
    String upload_example();

    @Message
    String upload_example_file();

    @Message
    String upload_history();

    @Message
    String upload_history_none();

    @Message
    String upload_when();

    @Message
    String upload_who();

    @Message
    String upload_rows();

    @Message
    String upload_created();

    @Message
    String upload_changed();

    @Message
    String upload_unchanged();

    @Message
    String upload_result();

    @Message
    String upload_status_QUEUED();

    @Message
    String upload_status_RUNNING();

    @Message
    String upload_status_DONE();

    @Message
    String upload_status_REFUSED();

    @Message
    String upload_status_FAILED();

    @Message
    String upload_status_CHECKED_DONE();

    @Message
    String upload_status_CHECKED_REFUSED();

    @Message
    String upload_result_title();

    @Message
    String upload_may_leave();

    @Message
    String upload_progress();

    @Message
    String upload_progress_rows(int done, int total);

    @Message
    String upload_progress_writing();

    @Message
    String upload_done(int total, int created, int changed, int unchanged);

    @Message
    String upload_nothing_changed();

    @Message
    String upload_saved_with_warnings(int count);

    @Message
    String upload_failed_title();

    @Message
    String upload_refused_title(int errors, int warnings);

    @Message
    String upload_refused_warnings_only();

    @Message
    String upload_checked_done(int total, int created, int changed, int unchanged);

    @Message
    String upload_checked_with_warnings(int count);

    @Message
    String upload_checked_refused_title(int errors, int warnings);

    @Message
    String upload_interrupted();

    @Message
    String upload_same_file_before(String when);

    @Message
    String upload_problems();

    @Message
    String upload_problems_csv();

    @Message
    String upload_problems_xlsx();

    @Message
    String upload_problems_sheet();

    @Message
    String upload_level();

    @Message
    String upload_level_error();

    @Message
    String upload_level_warning();

    @Message
    String upload_back();

    @Message
    String upload_yes();

    @Message
    String upload_no();
}
