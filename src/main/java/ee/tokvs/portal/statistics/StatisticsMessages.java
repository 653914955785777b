package ee.tokvs.portal.statistics;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The open statistics' texts: {@code messages/stat_et.properties} (the default) and {@code stat_en.properties};
 * templates use them as {@code stat:key}, or {@code stat:message(key)}; Java through UiTexts.
 */
@MessageBundle(value = "stat", locale = "et")
public interface StatisticsMessages {

    @Message
    String stat_title();

    @Message
    String stat_intro();

    @Message
    String stat_as_of(String time);

    @Message
    String stat_none();

    @Message
    String stat_downloads();

    @Message
    String stat_download_csv();

    @Message
    String stat_download_json();

    @Message
    String stat_licence();

    @Message
    String stat_privacy_title();

    @Message
    String stat_privacy();

    @Message
    String stat_chart_table();

    @Message
    String stat_total();

    @Message
    String stat_group_none();

    @Message
    String stat_table_incident_year();

    @Message
    String stat_table_incident_type();

    @Message
    String stat_table_severity();

    @Message
    String stat_table_specialty_group();

    @Message
    String stat_table_damage_type();

    @Message
    String stat_dim_incident_year();

    @Message
    String stat_dim_incident_type();

    @Message
    String stat_dim_severity();

    @Message
    String stat_dim_specialty_group();

    @Message
    String stat_dim_damage_type();

    @Message
    String stat_measure_CLAIMS();

    @Message
    String stat_measure_DECIDED();

    @Message
    String stat_measure_INSURED();

    @Message
    String stat_measure_SHARE_INSURED();

    @Message
    String stat_measure_MEDIAN_DAYS();

    @Message
    String stat_measure_PAID_CLAIMS();

    @Message
    String stat_measure_PAID();

    @Message
    String stat_mark_UNDER_FIVE();

    @Message
    String stat_mark_HIDDEN();

    @Message
    String stat_mark_FEW();

    @Message
    String stat_dictionary();

    @Message
    String stat_dict_field();

    @Message
    String stat_dict_meaning();

    @Message
    String stat_dict_CLAIMS();

    @Message
    String stat_dict_DECIDED();

    @Message
    String stat_dict_INSURED();

    @Message
    String stat_dict_SHARE_INSURED();

    @Message
    String stat_dict_MEDIAN_DAYS();

    @Message
    String stat_dict_PAID_CLAIMS();

    @Message
    String stat_dict_PAID();

    @Message
    String stat_dict_marks();

    @Message
    String stat_csv_table();

    @Message
    String stat_csv_category_code();

    @Message
    String stat_csv_category();

    @Message
    String stat_csv_measure();

    @Message
    String stat_csv_value();

    @Message
    String stat_csv_mark();

    @Message
    String stat_csv_published();

    @Message
    String stat_csv_dictionary();

    @Message
    String stat_link();
}
