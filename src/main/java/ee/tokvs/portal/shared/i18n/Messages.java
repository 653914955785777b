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
    String signed_out_title();

    @Message
    String signed_out_text();

    @Message
    String signed_out_again();

    @Message
    String footer_text();

    @Message
    String nav_contracts();

    @Message
    String nav_claims();

    @Message
    String contracts_title();

    @Message
    String contracts_new();

    @Message
    String contracts_search();

    @Message
    String contracts_search_legend();

    @Message
    String contracts_search_q();

    @Message
    String contracts_period_from();

    @Message
    String contracts_period_to();

    @Message
    String contracts_none();

    @Message
    String contracts_count(int count);

    @Message
    String page_prev();

    @Message
    String page_next();

    @Message
    String page_label(int page);

    @Message
    String col_contract_number();

    @Message
    String col_policyholder();

    @Message
    String col_period();

    @Message
    String col_version();

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
    String hint_money();

    @Message
    String change_kind_CONCLUSION();

    @Message
    String change_kind_AMENDMENT();

    @Message
    String change_kind_EXTENSION();

    @Message
    String contract_form_title_CONCLUSION();

    @Message
    String contract_form_title_AMENDMENT();

    @Message
    String contract_form_title_EXTENSION();

    @Message
    String form_errors_title();

    @Message
    String form_warnings_title();

    @Message
    String form_confirm_warnings();

    @Message
    String form_required();

    @Message
    String save();

    @Message
    String cancel();

    @Message
    String contract_title(String number);

    @Message
    String contract_amend();

    @Message
    String contract_extend();

    @Message
    String contract_current();

    @Message
    String contract_versions();

    @Message
    String contract_version_n(int n);

    @Message
    String contract_changes();

    @Message
    String contract_first_version();

    @Message
    String col_field();

    @Message
    String change_before();

    @Message
    String change_after();

    @Message
    String history_title();

    @Message
    String col_submitted_at();

    @Message
    String col_actor();

    @Message
    String col_action();

    @Message
    String col_business_date();

    @Message
    String col_deadline();

    @Message
    String history_late();

    @Message
    String history_on_time();

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
    String severity_guide_title();

    @Message
    String severity_guide_source();

    @Message
    String severity_guide_I();

    @Message
    String severity_guide_II();

    @Message
    String severity_guide_III();

    @Message
    String severity_guide_IV();

    @Message
    String severity_guide_V();

    @Message
    String severity_guide_VI();

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
    String hint_contract_number();

    @Message
    String hint_incident_number();

    @Message
    String hint_claim_change_date();

    @Message
    String hint_work_capacity();

    @Message
    String choose();

    @Message
    String none_selected();

    @Message
    String claims_title();

    @Message
    String claims_new();

    @Message
    String claims_filter_legend();

    @Message
    String claims_filter();

    @Message
    String claims_filter_open();

    @Message
    String claims_filter_open_any();

    @Message
    String claims_filter_open_true();

    @Message
    String claims_filter_open_false();

    @Message
    String claims_received_from();

    @Message
    String claims_received_to();

    @Message
    String claims_none();

    @Message
    String claims_count(int count);

    @Message
    String claim_title(String number);

    @Message
    String claim_form_title_new();

    @Message
    String claim_form_title_edit();

    @Message
    String claim_edit();

    @Message
    String claim_details();

    @Message
    String claim_open();

    @Message
    String claim_finished(String date);

    @Message
    String totals_title();

    @Message
    String totals_paid();

    @Message
    String totals_reserved();

    @Message
    String totals_incurred();

    @Message
    String totals_recovered();

    @Message
    String totals_outstanding();

    @Message
    String totals_by_damage_type();

    @Message
    String col_damage_type();

    @Message
    String col_recovery_type();

    @Message
    String col_date();

    @Message
    String col_amount();

    @Message
    String col_work_capacity();

    @Message
    String col_claim_number();

    @Message
    String col_received();

    @Message
    String col_status();

    @Message
    String col_severity();

    @Message
    String col_incident();

    @Message
    String payouts_title();

    @Message
    String recoveries_title();

    @Message
    String reserves_title();

    @Message
    String reserves_history();

    @Message
    String outstanding_title();

    @Message
    String rows_none();

    @Message
    String item_title_PAYOUT();

    @Message
    String item_title_RECOVERY();

    @Message
    String item_title_RESERVE();

    @Message
    String item_title_OUTSTANDING_RECOVERY();

    @Message
    String item_date_PAYOUT();

    @Message
    String item_date_RECOVERY();

    @Message
    String item_date_RESERVE();

    @Message
    String item_date_OUTSTANDING_RECOVERY();

    @Message
    String item_type_PAYOUT();

    @Message
    String item_type_RECOVERY();

    @Message
    String item_type_RESERVE();

    @Message
    String item_type_OUTSTANDING_RECOVERY();

    @Message
    String item_amount_hint_PAYOUT();

    @Message
    String item_amount_hint_RECOVERY();

    @Message
    String item_amount_hint_RESERVE();

    @Message
    String item_amount_hint_OUTSTANDING_RECOVERY();

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
    String history_changes();

    @Message
    String code_lists_title();

    @Message
    String code_lists_choose();

    @Message
    String code_list_CLAIM_STATUS();

    @Message
    String code_list_INCIDENT_TYPE();

    @Message
    String code_list_SEVERITY();

    @Message
    String code_list_DAMAGE_TYPE();

    @Message
    String code_list_RECOVERY_TYPE();

    @Message
    String code_list_SPECIALTY();

    @Message
    String code_list_ADDITIONAL_COMPETENCE();

    @Message
    String code_list_RISK_PROFILE();

    @Message
    String code_col_code();

    @Message
    String code_col_et();

    @Message
    String code_col_en();

    @Message
    String code_col_status();

    @Message
    String code_col_actions();

    @Message
    String code_active();

    @Message
    String code_retired(String date);

    @Message
    String code_retire();

    @Message
    String code_reactivate();

    @Message
    String code_add();

    @Message
    String code_hint();

    @Message
    String unknown_providers_title();

    @Message
    String unknown_providers_intro();

    @Message
    String unknown_providers_since();

    @Message
    String nav_code_lists();

    @Message
    String nav_unknown_providers();

    @Message
    String error_mandate_LOST();

    @Message
    String error_mandate_NONE_CHOSEN();

    @Message
    String error_mandate_NO_SUBMIT_SCOPE();

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
    String nav_mandates();

    @Message
    String audit_title();

    @Message
    String audit_intro();

    @Message
    String audit_late_only();

    @Message
    String audit_record();

    @Message
    String nav_audit();

    @Message
    String providers_title();

    @Message
    String providers_new();

    @Message
    String providers_search();

    @Message
    String providers_import();

    @Message
    String providers_import_hint();

    @Message
    String providers_import_file();

    @Message
    String provider_history();

    @Message
    String import_done(int added, int changed, int unchanged);

    @Message
    String import_refused();

    @Message
    String import_row();

    @Message
    String import_column();

    @Message
    String import_value();

    @Message
    String import_message();

    @Message
    String ref_action_ADDED();

    @Message
    String ref_action_CHANGED();

    @Message
    String ref_action_COMPLETED();

    @Message
    String ref_action_RETIRED();

    @Message
    String ref_action_REACTIVATED();

    @Message
    String ref_action_GRANTED();

    @Message
    String ref_action_ENDED();

    @Message
    String ref_action_REVOKED();

    @Message
    String nav_providers();

    @Message
    String insurers_title();

    @Message
    String insurers_save();

    @Message
    String insurers_save_hint();

    @Message
    String nav_insurers();

    @Message
    String nav_uploads();

    @Message
    String claims_incident_from();

    @Message
    String claims_incident_to();

    @Message
    String claims_of_insurer(String code);

    @Message
    String claims_filter_clear();

    @Message
    String claims_attention_STILL_SPECIFIED();

    @Message
    String claims_attention_OPEN_WITHOUT_RESERVE();

    @Message
    String claims_attention_FINISHED_WITHOUT_DATE();

    @Message
    String nav_dashboards();

    @Message
    String claims_of_risk_profile(String profile);

    @Message
    String claims_of_damage_type(String type);

    @Message
    String claims_of_recovery_type(String type);

    @Message
    String audit_of_period(String from, String to);

    @Message
    String audit_of_insurer(String code);

    @Message
    String audit_filter_clear();
}
