package ee.tokvs.portal.triangle;

import ee.tokvs.portal.triangle.Triangle.Measure;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What the triangles page shows, from its URL: the year at whose end they stand ({@code year}, one of those offered),
 * one insurer or all ({@code insurer}, a registry code) and one measure or all three ({@code measure}). A value the page
 * cannot use is left out and named as ignored, and its default applies: the last complete year, all insurers, all
 * three measures.
 *
 * @param insurer an insurer's registry code, or null for all insurers
 * @param measure the one measure shown, or null for all three
 */
public record TriangleFilter(int asOf, String insurer, Measure measure) {

    /** How far back the years offered reach at most, however old the oldest incident. */
    static final int YEARS_OFFERED = 30;

    /**
     * The years a triangle may stand at the end of, the latest first: from the year of the register's first incident
     * (at most {@value #YEARS_OFFERED} years back) to the last complete year before today; that year alone when the
     * register is empty.
     */
    public static List<Integer> years(int lastComplete, OptionalInt firstIncidentYear) {
        int first = Math.max(lastComplete - YEARS_OFFERED + 1, Math.min(lastComplete, firstIncidentYear.orElse(lastComplete)));
        List<Integer> years = new ArrayList<>();
        for (int year = lastComplete; year >= first; year--) {
            years.add(year);
        }
        return years;
    }

    /**
     * Reads the URL's parameters; the default year is the first offered (the last complete year). A value that is
     * not one the page offers goes to {@code ignored}.
     */
    public static TriangleFilter read(Function<String, String> param, List<Integer> years, Predicate<String> isInsurer,
            Consumer<String> ignored) {
        int asOf = years.get(0);
        String year = param.apply("year");
        if (year != null && !year.isEmpty()) {
            if (years.stream().anyMatch(y -> String.valueOf(y).equals(year))) {
                asOf = Integer.parseInt(year);
            } else {
                ignored.accept(year);
            }
        }
        String insurer = param.apply("insurer");
        if (insurer != null && !insurer.isEmpty() && !isInsurer.test(insurer)) {
            ignored.accept(insurer);
            insurer = null;
        }
        String measure = param.apply("measure");
        Measure chosen = null;
        if (measure != null && !measure.isEmpty() && !measure.equals(ALL)) {
            chosen = Arrays.stream(Measure.values()).filter(m -> m.name().equals(measure)).findFirst().orElse(null);
            if (chosen == null) {
                ignored.accept(measure);
            }
        }
        return new TriangleFilter(asOf, insurer == null || insurer.isEmpty() ? null : insurer, chosen);
    }

    /** The value of {@code measure} that shows all three. */
    public static final String ALL = "ALL";

    /** The measures shown, in the page's order. */
    public List<Measure> measures() {
        return measure == null ? List.of(Measure.values()) : List.of(measure);
    }

    /** The {@code measure} parameter's value: a measure's name, or {@link #ALL}. */
    public String measureValue() {
        return measure == null ? ALL : measure.name();
    }

    /** One choice of the measure select: its value, its text's key, and whether it is the one shown. */
    public record Choice(String value, String messageKey, boolean chosen) {
    }

    /** The measure select's choices, all three first. */
    public List<Choice> measureChoices() {
        List<Choice> choices = new ArrayList<>();
        choices.add(new Choice(ALL, "triangle_measure_" + ALL, measure == null));
        Arrays.stream(Measure.values())
                .forEach(m -> choices.add(new Choice(m.name(), "triangle_measure_" + m.name(), m == measure)));
        return choices;
    }

    /** The filter as URL parameters, for the export links. */
    public String query() {
        return "year=" + asOf + (insurer == null ? "" : "&insurer=" + URLEncoder.encode(insurer, StandardCharsets.UTF_8))
                + "&measure=" + measureValue();
    }

    /** The base of a downloaded file's name: "triangles-2025", "triangles-2025-10000024". */
    public String fileName() {
        return "triangles-" + asOf + (insurer == null ? "" : "-" + insurer);
    }
}
