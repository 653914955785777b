package ee.tokvs.portal.claim;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The claim pages' texts, by key: {@code messages/claim_et.properties} (the default) and {@code claim_en.properties};
 * templates use them as {@code claim:key}, or {@code claim:message(key)} for a key computed from data.
 */
@MessageBundle(value = "claim", locale = "et")
public interface ClaimMessages {

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
    String hint_contract_number();

    @Message
    String hint_incident_number();

    @Message
    String hint_claim_change_date();

    @Message
    String hint_work_capacity();

    @Message
    String claims_title();

    @Message
    String claims_filter_legend();

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
    String claims_count(String count);

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
    String outstanding_title();

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
    String claims_incident_from();

    @Message
    String claims_incident_to();

    @Message
    String claims_of_insurer(String insurer);

    @Message
    String claims_filter_clear();

    @Message
    String claims_attention_STILL_SPECIFIED();

    @Message
    String claims_attention_OPEN_WITHOUT_RESERVE();

    @Message
    String claims_attention_FINISHED_WITHOUT_DATE();

    @Message
    String claims_of_risk_profile(String profile);

    @Message
    String claims_of_specialty_group(String group);

    @Message
    String claims_of_damage_type(String type);

    @Message
    String claims_of_recovery_type(String type);

    @Message
    String claims_specialty_group();

    @Message
    String claims_risk_profile();

    @Message
    String claims_number_hint();

    @Message
    String claims_page_of(String page, String pages);

    @Message
    String claims_page_first();

    @Message
    String claims_page_last();

    @Message
    String claims_total();

    @Message
    String claims_export_csv();

    @Message
    String claims_export_xlsx();

    @Message
    String claims_export_limit(String limit);

    @Message
    String claims_contract_title();

    @Message
    String claims_contract_none();

    @Message
    String claims_contract_all(String count);

    @Message
    String claim_print();

    @Message
    String claims_pages();

    @Message
    String col_correction();

    @Message
    String item_correct();

    @Message
    String item_reversed();

    @Message
    String item_reversal(String reason);

    @Message
    String correct_title_PAYOUT();

    @Message
    String correct_title_RECOVERY();

    @Message
    String correct_title_RESERVE();

    @Message
    String correct_title_OUTSTANDING_RECOVERY();

    @Message
    String correct_original();

    @Message
    String correct_explained();

    @Message
    String correct_reason_hint();

    @Message
    String correct_new_row();

    @Message
    String correct_new_row_hint();
}
