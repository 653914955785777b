package ee.tokvs.portal.dashboard;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The dashboards' texts, by key: {@code messages/dash_et.properties} (the default) and
 * {@code dash_en.properties}; templates use them as {@code dash:key}.
 */
@MessageBundle(value = "dash", locale = "et")
public interface DashboardMessages {

    @Message
    String dash_title();

    @Message
    String dash_intro();

    @Message
    String dash_filter();

    @Message
    String dash_from();

    @Message
    String dash_to();

    @Message
    String dash_period();

    @Message
    String dash_basis();

    @Message
    String dash_basis_INCIDENT();

    @Message
    String dash_basis_RECEIVED();

    @Message
    String dash_grain();

    @Message
    String dash_grain_YEAR();

    @Message
    String dash_grain_QUARTER();

    @Message
    String dash_grain_MONTH();

    @Message
    String dash_insurer();

    @Message
    String dash_all();

    @Message
    String dash_risk_profile();

    @Message
    String dash_apply();

    @Message
    String dash_note_INCIDENT(String from, String to);

    @Message
    String dash_note_RECEIVED(String from, String to);

    @Message
    String dash_fig_outcomes();

    @Message
    String dash_decided();

    @Message
    String dash_insured_share();

    @Message
    String dash_median_decision();

    @Message
    String dash_median_finished();

    @Message
    String dash_fig_over_time();

    @Message
    String dash_fig_by_incident_type();

    @Message
    String dash_fig_by_severity();

    @Message
    String dash_fig_by_specialty();

    @Message
    String dash_fig_by_risk_profile();

    @Message
    String dash_fig_by_insurer();

    @Message
    String dash_fig_money();

    @Message
    String dash_fig_recoveries();

    @Message
    String dash_fig_rates();

    @Message
    String dash_fig_compliance();

    @Message
    String dash_fig_compliance_trend();

    @Message
    String dash_fig_data_quality();

    @Message
    String dash_no_data();

    @Message
    String dash_col_category();

    @Message
    String dash_col_claims();

    @Message
    String dash_col_insured();

    @Message
    String dash_col_severity_v();

    @Message
    String dash_col_severity_vi();

    @Message
    String dash_col_paid();

    @Message
    String dash_col_reserved();

    @Message
    String dash_col_incurred();

    @Message
    String dash_col_recovered();

    @Message
    String dash_col_outstanding();

    @Message
    String dash_col_provider_years();

    @Message
    String dash_col_rate();

    @Message
    String dash_col_events();

    @Message
    String dash_col_on_time();

    @Message
    String dash_col_on_time_share();

    @Message
    String dash_col_count();

    @Message
    String dash_export_csv();

    @Message
    String dash_export_xlsx();

    @Message
    String dash_attention_STILL_SPECIFIED();

    @Message
    String dash_attention_OPEN_WITHOUT_RESERVE();

    @Message
    String dash_attention_FINISHED_WITHOUT_DATE();

    @Message
    String dash_attention_UNKNOWN_POLICYHOLDER();

    @Message
    String dash_unknown_profile();

    @Message
    String dash_own_title();

    @Message
    String dash_open_claims();

    @Message
    String dash_own_on_time();

    @Message
    String dash_quick_period();

    @Message
    String dash_period_custom();

    @Message
    String dash_period_LAST_12_MONTHS();

    @Message
    String dash_period_LAST_YEAR();

    @Message
    String dash_period_YEAR_TO_DATE();

    @Message
    String dash_filter_insurer();

    @Message
    String dash_filter_riskProfile();

    @Message
    String dash_filter_specialtyGroup();

    @Message
    String dash_filter_specialty();

    @Message
    String dash_filter_incidentType();

    @Message
    String dash_filter_severity();

    @Message
    String dash_clear();

    @Message
    String dash_loading();

    @Message
    String dash_updated();

    @Message
    String dash_compared(String from, String to);

    @Message
    String dash_key_title();

    @Message
    String dash_key_claims();

    @Message
    String dash_key_insured();

    @Message
    String dash_key_serious();

    @Message
    String dash_key_paid();

    @Message
    String dash_key_incurred();

    @Message
    String dash_key_on_time();

    @Message
    String dash_change_up(String change);

    @Message
    String dash_change_down(String change);

    @Message
    String dash_change_same(String change);

    @Message
    String dash_change_points_up(String change);

    @Message
    String dash_change_points_down(String change);

    @Message
    String dash_change_points_same(String change);

    @Message
    String dash_change_none();

    @Message
    String dash_ignores();

    @Message
    String dash_medians_ignore();

    @Message
    String dash_sections();

    @Message
    String dash_section_TRENDS();

    @Message
    String dash_section_BREAKDOWNS();

    @Message
    String dash_section_MONEY();

    @Message
    String dash_section_OUTCOMES();

    @Message
    String dash_section_COMPLIANCE();

    @Message
    String dash_section_DATA_QUALITY();

    @Message
    String dash_fig_money_over_time();

    @Message
    String dash_fig_by_specialty_group();

    @Message
    String dash_col_late();

    @Message
    String dash_failed();
}
