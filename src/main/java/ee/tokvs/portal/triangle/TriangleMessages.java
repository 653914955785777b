package ee.tokvs.portal.triangle;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The triangles page's texts, by key: {@code messages/triangle_et.properties} (the default) and
 * {@code triangle_en.properties}; templates use them as {@code triangle:key}, the page's tables and files through
 * {@link TriangleTables}.
 */
@MessageBundle(value = "triangle", locale = "et")
public interface TriangleMessages {

    @Message
    String triangle_nav();

    @Message
    String triangle_title();

    @Message
    String triangle_intro();

    @Message
    String triangle_filter();

    @Message
    String triangle_year();

    @Message
    String triangle_insurer();

    @Message
    String triangle_all_insurers();

    @Message
    String triangle_measure();

    @Message
    String triangle_measure_ALL();

    @Message
    String triangle_measure_PAID();

    @Message
    String triangle_measure_INCURRED();

    @Message
    String triangle_measure_REPORTED();

    @Message
    String triangle_show();

    @Message
    String triangle_summary(String date, String insurer);

    @Message
    String triangle_caption(String measure, String date);

    @Message
    String triangle_factors_title(String measure);

    @Message
    String triangle_factors_caption(String measure, String date);

    @Message
    String triangle_col_incident_year();

    @Message
    String triangle_col_ultimate();

    @Message
    String triangle_col_factor(int from, int to);

    @Message
    String triangle_weighted();

    @Message
    String triangle_note_label();

    @Message
    String triangle_note_cells();

    @Message
    String triangle_note_gross();

    @Message
    String triangle_note_indicator();

    @Message
    String triangle_export_csv();

    @Message
    String triangle_export_xlsx();

    @Message
    String triangle_sheet();
}
