package ee.tokvs.portal.shared.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every shared UI text, by key. The texts live in {@code messages/msg_et.properties} (the default) and
 * {@code msg_en.properties}; templates use them as {@code msg:key}, or {@code msg:message(key)} for a key
 * computed from data. A feature with many texts has a bundle of its own (Quarkus 3.34 cannot build a
 * bundle of more than 300 messages). MessagesCompletenessTest keeps both languages complete.
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
    String role_representative_admin();

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
    String home_representative_choose();

    @Message
    String error_403_title();

    @Message
    String error_403_text();

    @Message
    String error_403_cross_site();

    @Message
    String error_403_csrf();

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
    String footer_text();

    @Message
    String contracts_search();

    @Message
    String page_prev();

    @Message
    String page_next();

    @Message
    String page_label(int page);

    @Message
    String col_insurer();

    @Message
    String field_contractNumber();

    @Message
    String field_changeKind();

    @Message
    String field_changeDate();

    @Message
    String field_policyholderCode();

    @Message
    String field_periodStart();

    @Message
    String field_periodEnd();

    @Message
    String field_sumPerEvent();

    @Message
    String field_sumAggregate();

    @Message
    String hint_date();

    @Message
    String hint_registry_code();

    @Message
    String form_errors_title();

    /** Before a refused form's page title, so a screen reader says first that the save failed. */
    @Message
    String form_errors_page_title();

    /** The hint of a date input the browser draws (type=date): it shows the date in the order of its own language. */
    @Message
    String hint_date_input();

    @Message
    String form_warnings_title();

    @Message
    String form_confirm_warnings();

    @Message
    String form_required();

    /** A required field left empty, named by its label (shared/web/FormWords words it so, outside templates). */
    @Message
    String form_required_field(String field);

    @Message
    String save();

    @Message
    String cancel();

    @Message
    String contract_first_version();

    @Message
    String col_submitted_at();

    @Message
    String col_actor();

    @Message
    String col_action();

    @Message
    String action_CONTRACT_CONCLUDED();

    @Message
    String action_CONTRACT_AMENDMENT();

    @Message
    String action_CONTRACT_EXTENSION();

    @Message
    String provider_unregistered();

    @Message
    String provider_risk_profile();

    @Message
    String field_claimNumber();

    @Message
    String field_receivedDate();

    @Message
    String field_incidentNumber();

    @Message
    String field_incidentDate();

    @Message
    String field_status();

    @Message
    String field_incidentType();

    @Message
    String field_severity();

    @Message
    String field_specialty();

    @Message
    String field_additionalCompetence();

    @Message
    String field_handlingFinished();

    @Message
    String field_finishedDate();

    @Message
    String field_claimChangeDate();

    @Message
    String field_itemDate();

    @Message
    String field_itemType();

    @Message
    String field_itemAmount();

    @Message
    String field_generalReductionPct();

    @Message
    String field_eventReductionPct();

    @Message
    String choose();

    @Message
    String none_selected();

    @Message
    String claims_new();

    @Message
    String claims_filter();

    @Message
    String reserves_history();

    @Message
    String rows_none();

    @Message
    String action_CLAIM_CREATED();

    @Message
    String action_CLAIM_CHANGED();

    @Message
    String action_PAYOUT_ADDED();

    @Message
    String action_RECOVERY_ADDED();

    @Message
    String action_RESERVE_SET();

    @Message
    String action_OUTSTANDING_RECOVERY_SET();

    @Message
    String action_PAYOUT_REVERSED();

    @Message
    String action_RECOVERY_REVERSED();

    @Message
    String action_RESERVE_REVERSED();

    @Message
    String action_OUTSTANDING_RECOVERY_REVERSED();

    @Message
    String field_correctionReason();

    @Message
    String history_changes();

    @Message
    String code_col_status();

    @Message
    String code_col_actions();

    @Message
    String error_mandate_LOST();

    @Message
    String error_mandate_NONE_CHOSEN();

    @Message
    String error_mandate_NO_SUBMIT_SCOPE();

    @Message
    String error_mandate_NO_QUERY_SCOPE();

    @Message
    String acting_banner_label();

    @Message
    String acting_for(String insurer);

    @Message
    String acting_switch();

    @Message
    String mandates_title();

    @Message
    String mandates_intro();

    @Message
    String import_row();

    @Message
    String import_column();

    @Message
    String import_value();

    @Message
    String import_message();

    /** The button that opens and closes the main menu on a narrow screen. */

    /** The name of a wide table's scrolling box (tags/tableScroll), after the table's own. */
    @Message
    String table_scroll(String label);

    @Message
    String error_claims_export_too_large();
}
