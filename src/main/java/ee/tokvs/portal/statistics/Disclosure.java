package ee.tokvs.portal.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the public may see of a one-way table of the register's aggregates, so that no patient, provider or insurer
 * can be recognised in it (docs/security.md, "Open statistics"):
 * <ol>
 * <li><b>Primary suppression</b>: a count under {@value #THRESHOLD} is shown as "&lt;5", and so is a sum of money or a
 * median resting on fewer than {@value #THRESHOLD} claims.</li>
 * <li><b>Complementary suppression</b>: every table has a total, so a column with suppressed cells hides further
 * cells (the smallest first, shown as "x") until no suppressed cell stands alone, the suppressed cells together
 * hold at least {@value #THRESHOLD} claims, and every suppressed sum of money is hidden among others worth at least
 * half of it; where the rows run out, the total is suppressed too.</li>
 * <li><b>Rounding</b>: every count shown is rounded to the nearest {@value #COUNT_BASE}, every sum of money to the
 * nearest {@value #MONEY_BASE} euros, totals from their exact values. So the published figures do not add up
 * exactly, and neither the totals nor the difference between two consecutive snapshots pins a suppressed cell
 * down (DisclosureTest attacks both). A share is computed from the rounded counts shown, and only where at least
 * {@value #SHARE_FROM} decided claims are shown, since rounding would distort it below that.</li>
 * </ol>
 * Medians (whole or half days) are shown exactly: a median says nothing about how many.
 */
public final class Disclosure {

    public static final int THRESHOLD = 5;
    static final int COUNT_BASE = 5;
    static final int MONEY_BASE = 1000;
    static final int SHARE_FROM = 20;

    /** How each kind of figure is protected. */
    public enum Kind {
        COUNT, MONEY, MEDIAN, SHARE
    }

    /** The figures the page publishes, each with the count it rests on. */
    public enum Measure {
        CLAIMS(Kind.COUNT, null), DECIDED(Kind.COUNT, null), INSURED(Kind.COUNT, null),
        SHARE_INSURED(Kind.SHARE, DECIDED), MEDIAN_DAYS(Kind.MEDIAN, DECIDED),
        PAID_CLAIMS(Kind.COUNT, null), PAID(Kind.MONEY, PAID_CLAIMS);

        public final Kind kind;
        /** For money, a median or a share: the count whose claims it rests on. */
        public final Measure restsOn;

        Measure(Kind kind, Measure restsOn) {
            this.kind = kind;
            this.restsOn = restsOn;
        }

        /** Its name in the data dictionary (message key). */
        public String dictionaryTitle() {
            return "stat_measure_" + name();
        }

        /** What it means (message key). */
        public String dictionaryText() {
            return "stat_dict_" + name();
        }
    }

    /** How a published value is shown: as it is, "&lt;5", "x" (hidden to protect a smaller cell), or "–" (too few). */
    public enum Mark {
        SHOWN, UNDER_FIVE, HIDDEN, FEW
    }

    /** A value as published: the number only where it is shown. */
    public record Value(BigDecimal value, Mark mark) {
        static Value shown(BigDecimal value) {
            return new Value(value, Mark.SHOWN);
        }

        static Value withheld(Mark mark) {
            return new Value(null, mark);
        }
    }

    /** One row of a table as the register holds it: its category and its exact figures (a median may be null). */
    public record RawRow(String key, Map<Measure, BigDecimal> values) {
        BigDecimal get(Measure measure) {
            return values.getOrDefault(measure, BigDecimal.ZERO);
        }
    }

    /** A table as the register holds it; the total's median cannot be summed, so it comes with it. */
    public record RawTable(String id, List<Measure> measures, List<RawRow> rows, BigDecimal totalMedian) {
    }

    /** A row as published, its values in the order of the table's measures. */
    public record Row(String key, List<Value> values) {
        public Value get(List<Measure> measures, Measure measure) {
            return values.get(measures.indexOf(measure));
        }
    }

    /** A table as published: nothing in it the public may not see. */
    public record Table(String id, List<Measure> measures, List<Row> rows, Row total) {
    }

    /** How published figures are rounded; the tests can publish unrounded to show what rounding protects. */
    enum Rounding {
        TO_BASE, NONE
    }

    private Disclosure() {
    }

    public static Table publish(RawTable raw) {
        return publish(raw, Rounding.TO_BASE);
    }

    static Table publish(RawTable raw, Rounding rounding) {
        List<RawRow> rows = raw.rows();
        Map<Measure, Mark[]> marks = new LinkedHashMap<>();
        Map<Measure, Mark> totalMarks = new LinkedHashMap<>();
        for (Measure measure : raw.measures()) {
            if (measure.kind == Kind.COUNT) {
                List<Measure> money = raw.measures().stream()
                        .filter(m -> m.kind == Kind.MONEY && m.restsOn == measure).toList();
                Column column = suppress(rows, measure, money);
                marks.put(measure, column.marks());
                totalMarks.put(measure, total(rows, measure).compareTo(BigDecimal.valueOf(THRESHOLD)) < 0
                        ? Mark.UNDER_FIVE : column.protectedEnough() ? Mark.SHOWN : Mark.HIDDEN);
                for (Measure m : money) {
                    marks.put(m, column.marks());
                    totalMarks.put(m, totalMarks.get(measure));
                }
            }
        }
        List<Row> published = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            RawRow row = rows.get(r);
            List<Value> values = new ArrayList<>();
            for (Measure measure : raw.measures()) {
                values.add(value(measure, row.get(measure), marks.containsKey(measure) ? marks.get(measure)[r] : null,
                        row, rounding));
            }
            published.add(new Row(row.key(), shares(raw.measures(), values)));
        }
        Map<Measure, BigDecimal> totals = new LinkedHashMap<>();
        for (Measure measure : raw.measures()) {
            totals.put(measure, measure.kind == Kind.MEDIAN ? raw.totalMedian() : total(rows, measure));
        }
        RawRow totalRow = new RawRow("TOTAL", totals);
        List<Value> totalValues = new ArrayList<>();
        for (Measure measure : raw.measures()) {
            totalValues.add(value(measure, totalRow.get(measure), totalMarks.get(measure), totalRow, rounding));
        }
        return new Table(raw.id(), raw.measures(), published, new Row("TOTAL", shares(raw.measures(), totalValues)));
    }

    /** A column's marks, and whether they protect its suppressed cells (if not, its total is suppressed too). */
    private record Column(Mark[] marks, boolean protectedEnough) {
    }

    /**
     * The marks of one count's column and the money resting on it: primary suppression, then complementary until the
     * column is protected or every row is suppressed.
     */
    private static Column suppress(List<RawRow> rows, Measure count, List<Measure> money) {
        Mark[] marks = new Mark[rows.size()];
        Set<Integer> hidden = new HashSet<>();
        for (int r = 0; r < rows.size(); r++) {
            boolean under = rows.get(r).get(count).compareTo(BigDecimal.valueOf(THRESHOLD)) < 0;
            marks[r] = under ? Mark.UNDER_FIVE : Mark.SHOWN;
            if (under) {
                hidden.add(r);
            }
        }
        List<Integer> candidates = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            if (!hidden.contains(r)) {
                candidates.add(r);
            }
        }
        candidates.sort(Comparator.comparing((Integer r) -> rows.get(r).get(count)));
        while (!hidden.isEmpty() && !candidates.isEmpty()
                && (!protectedEnough(rows, hidden, count, money) || exposed(rows, marks, count))) {
            int next = next(rows, hidden, candidates, count, money);
            candidates.remove(Integer.valueOf(next));
            hidden.add(next);
            marks[next] = Mark.HIDDEN;
        }
        return new Column(marks, hidden.isEmpty()
                || protectedEnough(rows, hidden, count, money) && !exposed(rows, marks, count));
    }

    /**
     * Whether a reader of the column as marked could pin a "&lt;5" cell down: each cell lies in what its publication
     * says of it (a rounded count within {@value #COUNT_BASE}/2 of what is shown and at least {@value #THRESHOLD},
     * "&lt;5" in 0–4, "x" at least {@value #THRESHOLD}), and the cells sum to the total; narrowed until nothing
     * changes. Two small cells that together hold nearly all of a shown total are so exposed.
     */
    private static boolean exposed(List<RawRow> rows, Mark[] marks, Measure count) {
        int n = rows.size();
        long[] lo = new long[n + 1];
        long[] hi = new long[n + 1];
        long unbounded = Long.MAX_VALUE / 4;
        for (int r = 0; r <= n; r++) {
            long exact = (r < n ? rows.get(r).get(count) : total(rows, count)).longValue();
            Mark mark = r < n ? marks[r] : Mark.SHOWN;
            long shown = round(BigDecimal.valueOf(exact), COUNT_BASE, Rounding.TO_BASE).longValue();
            lo[r] = mark == Mark.UNDER_FIVE ? 0 : mark == Mark.HIDDEN ? THRESHOLD : Math.max(THRESHOLD, shown - 2);
            hi[r] = mark == Mark.UNDER_FIVE ? THRESHOLD - 1 : mark == Mark.HIDDEN ? unbounded : shown + 2;
            if (r == n && exact < THRESHOLD) {
                return false; // a total under 5 is suppressed itself, and bounds nothing more than the cells do
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            long sumLo = 0;
            long sumHi = 0;
            int open = 0;
            for (int r = 0; r < n; r++) {
                sumLo += lo[r];
                if (hi[r] >= unbounded) {
                    open++;
                } else {
                    sumHi += hi[r];
                }
            }
            for (int r = 0; r < n; r++) {
                boolean own = hi[r] >= unbounded;
                long othersHi = open - (own ? 1 : 0) > 0 ? unbounded : sumHi - (own ? 0 : hi[r]);
                long newLo = Math.max(lo[r], lo[n] - othersHi);
                long newHi = Math.min(hi[r], hi[n] - (sumLo - lo[r]));
                if (newLo != lo[r] || newHi != hi[r]) {
                    lo[r] = newLo;
                    hi[r] = newHi;
                    changed = true;
                }
            }
        }
        for (int r = 0; r < n; r++) {
            if (marks[r] == Mark.UNDER_FIVE && lo[r] >= hi[r]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The next cell to hide: the smallest count, unless the counts are protected and a sum of money is not; then the
     * smallest count whose money covers the shortfall, or failing that the most money.
     */
    private static int next(List<RawRow> rows, Set<Integer> hidden, List<Integer> candidates, Measure count,
            List<Measure> money) {
        if (hidden.size() < 2 || sum(rows, hidden, count).compareTo(BigDecimal.valueOf(THRESHOLD)) < 0) {
            return candidates.get(0);
        }
        BigDecimal shortfall = BigDecimal.ZERO;
        for (Measure m : money) {
            BigDecimal all = sum(rows, hidden, m);
            for (int r : hidden) {
                BigDecimal own = rows.get(r).get(m).abs();
                shortfall = shortfall.max(own.subtract(all.subtract(own).multiply(BigDecimal.valueOf(2))));
            }
        }
        for (int r : candidates) {
            if (moneyOf(rows, r, money).multiply(BigDecimal.valueOf(2)).compareTo(shortfall) >= 0) {
                return r;
            }
        }
        return candidates.stream().max(Comparator.comparing(r -> moneyOf(rows, r, money))).orElseThrow();
    }

    private static BigDecimal moneyOf(List<RawRow> rows, int r, List<Measure> money) {
        return money.stream().map(m -> rows.get(r).get(m).abs()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal sum(List<RawRow> rows, Set<Integer> hidden, Measure measure) {
        return hidden.stream().map(r -> rows.get(r).get(measure).abs()).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static boolean protectedEnough(List<RawRow> rows, Set<Integer> hidden, Measure count, List<Measure> money) {
        if (hidden.size() < 2) {
            return false;
        }
        if (sum(rows, hidden, count).compareTo(BigDecimal.valueOf(THRESHOLD)) < 0) {
            return false;
        }
        for (Measure m : money) {
            BigDecimal sum = sum(rows, hidden, m);
            for (int r : hidden) {
                BigDecimal own = rows.get(r).get(m).abs();
                if (sum.subtract(own).multiply(BigDecimal.valueOf(2)).compareTo(own) < 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Value value(Measure measure, BigDecimal exact, Mark mark, RawRow row, Rounding rounding) {
        return switch (measure.kind) {
            case COUNT -> mark == Mark.SHOWN ? Value.shown(round(exact, COUNT_BASE, rounding)) : Value.withheld(mark);
            case MONEY -> mark == Mark.SHOWN ? Value.shown(round(exact, MONEY_BASE, rounding)) : Value.withheld(mark);
            case MEDIAN -> row.get(measure.restsOn).compareTo(BigDecimal.valueOf(THRESHOLD)) < 0 || exact == null
                    ? Value.withheld(Mark.UNDER_FIVE) : Value.shown(exact);
            case SHARE -> null; // from the published counts, once they are known (shares)
        };
    }

    /** Shares from the rounded counts shown beside them: insured events of the decided claims, in per cent. */
    private static List<Value> shares(List<Measure> measures, List<Value> values) {
        List<Value> result = new ArrayList<>(values);
        int share = measures.indexOf(Measure.SHARE_INSURED);
        if (share >= 0) {
            Value insured = values.get(measures.indexOf(Measure.INSURED));
            Value decided = values.get(measures.indexOf(Measure.DECIDED));
            Value value;
            if (insured.mark() != Mark.SHOWN || decided.mark() != Mark.SHOWN) {
                value = Value.withheld(insured.mark() == Mark.UNDER_FIVE || decided.mark() == Mark.UNDER_FIVE
                        ? Mark.UNDER_FIVE : Mark.HIDDEN);
            } else if (decided.value().compareTo(BigDecimal.valueOf(SHARE_FROM)) < 0) {
                value = Value.withheld(Mark.FEW);
            } else {
                value = Value.shown(insured.value().multiply(BigDecimal.valueOf(100))
                        .divide(decided.value(), 1, RoundingMode.HALF_UP));
            }
            result.set(share, value);
        }
        return result;
    }

    private static BigDecimal total(List<RawRow> rows, Measure measure) {
        return rows.stream().map(r -> r.get(measure)).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    static BigDecimal round(BigDecimal exact, int base, Rounding rounding) {
        if (rounding == Rounding.NONE) {
            return exact;
        }
        BigDecimal step = BigDecimal.valueOf(base);
        return exact.divide(step, 0, RoundingMode.HALF_UP).multiply(step);
    }
}
