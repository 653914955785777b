package ee.tokvs.portal.query;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The §4 query pages' texts, by key: {@code messages/query_et.properties} (the default) and
 * {@code query_en.properties}; templates use them as {@code query:key}, Java through {@link AnswerViews}.
 */
@MessageBundle(value = "query", locale = "et")
public interface QueryMessages {

    @Message
    String query_nav();

    @Message
    String query_log_nav();

    @Message
    String query_tab_provider();

    @Message
    String query_tab_profile();

    @Message
    String query_title_PROVIDER_REPORT();

    @Message
    String query_title_PROFILE_STATISTICS();

    @Message
    String query_intro_PROVIDER_REPORT();

    @Message
    String query_intro_PROFILE_STATISTICS();

    @Message
    String query_field_registryCode();

    @Message
    String query_field_riskProfile();

    @Message
    String query_ask();

    @Message
    String query_logged_note();

    @Message
    String query_aggregate_note();

    @Message
    String query_empty_PROVIDER_REPORT(String code);

    @Message
    String query_empty_PROFILE_STATISTICS(String profile);

    @Message
    String query_export_csv();

    @Message
    String query_export_xlsx();

    @Message
    String query_print_link();

    @Message
    String query_facts_PROVIDER_REPORT();

    @Message
    String query_facts_PROFILE_STATISTICS();

    @Message
    String query_col_item();

    @Message
    String query_col_value();

    @Message
    String query_fact_registry_code();

    @Message
    String query_fact_name();

    @Message
    String query_fact_risk_profile();

    @Message
    String query_fact_contracts();

    @Message
    String query_fact_first_start();

    @Message
    String query_fact_last_end();

    @Message
    String query_provider_not_listed();

    @Message
    String query_provider_incomplete();

    @Message
    String query_profile_unknown();

    @Message
    String query_part_contracts();

    @Message
    String query_part_claims();

    @Message
    String query_part_year(int year);

    @Message
    String query_in_year(int year, String table);

    @Message
    String query_table_sums();

    @Message
    String query_table_contract_years();

    @Message
    String query_table_claim_years();

    @Message
    String query_table_status();

    @Message
    String query_table_damage();

    @Message
    String query_table_recovery();

    @Message
    String query_table_none();

    @Message
    String query_col_sum_per_event();

    @Message
    String query_col_sum_aggregate();

    @Message
    String query_col_contracts();

    @Message
    String query_col_start_year();

    @Message
    String query_col_insured_days();

    @Message
    String query_col_incident_year();

    @Message
    String query_col_claims();

    @Message
    String query_col_insured_events();

    @Message
    String query_col_status();

    @Message
    String query_col_severity();

    @Message
    String query_col_open();

    @Message
    String query_col_closed();

    @Message
    String query_col_total();

    @Message
    String query_col_damage_type();

    @Message
    String query_col_incident_type();

    @Message
    String query_col_paid();

    @Message
    String query_col_reserved();

    @Message
    String query_col_recovery_type();

    @Message
    String query_col_received();

    @Message
    String query_col_outstanding();

    @Message
    String query_row_total();

    @Message
    String query_print_title();

    @Message
    String query_print_issued();

    @Message
    String query_print_reference();

    @Message
    String query_log_col_reference();

    @Message
    String query_print_issued_at(String time);

    @Message
    String query_print_for_insurer();

    @Message
    String query_print_asked_by();

    @Message
    String query_print_company();

    @Message
    String query_print_legal_basis();

    @Message
    String query_legal_PROVIDER_REPORT();

    @Message
    String query_legal_PROFILE_STATISTICS();

    @Message
    String query_print_button();

    @Message
    String query_print_back();

    @Message
    String query_print_logged();

    @Message
    String query_log_title();

    @Message
    String query_log_intro_all();

    @Message
    String query_log_intro_own();

    @Message
    String query_log_col_when();

    @Message
    String query_log_col_insurer();

    @Message
    String query_log_col_who();

    @Message
    String query_log_col_channel();

    @Message
    String query_log_col_query();

    @Message
    String query_log_col_subject();

    @Message
    String query_log_channel_PAGE();

    @Message
    String query_log_channel_API();

    @Message
    String query_log_query_PROVIDER_REPORT();

    @Message
    String query_log_query_PROFILE_STATISTICS();
}
