package ee.tokvs.portal.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ee.tokvs.portal.statistics.Disclosure.Mark;
import ee.tokvs.portal.statistics.Disclosure.Measure;
import ee.tokvs.portal.statistics.Disclosure.RawRow;
import ee.tokvs.portal.statistics.Disclosure.RawTable;
import ee.tokvs.portal.statistics.Disclosure.Rounding;
import ee.tokvs.portal.statistics.Disclosure.Table;
import ee.tokvs.portal.statistics.Disclosure.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The open statistics' protection, attacked. The tables are built to tempt: a lone small cell, two small cells
 * that sum under 5, an empty category, a column whose total is small, a year that grows from 4 to 5 claims between
 * two snapshots, a single large payout among small ones. The attacker ({@link Attacker}) reads only what is
 * published, knows how it is protected (a shown count is at least 5 and rounded to 5, "x" hides a count of at least
 * 5) and that claims only grow between snapshots, and narrows every cell through every published sum until nothing
 * changes. It must never pin down a cell shown as "&lt;5"; published unrounded, it does (so it can).
 */
class DisclosureTest {

    private static final List<Measure> COUNTS = List.of(Measure.CLAIMS, Measure.DECIDED, Measure.INSURED,
            Measure.SHARE_INSURED);

    /** Claims, decided and insured events per category. */
    private static RawTable counts(String id, long[][] rows) {
        List<RawRow> raw = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            Map<Measure, BigDecimal> values = new EnumMap<>(Measure.class);
            values.put(Measure.CLAIMS, BigDecimal.valueOf(rows[i][0]));
            values.put(Measure.DECIDED, BigDecimal.valueOf(rows[i][1]));
            values.put(Measure.INSURED, BigDecimal.valueOf(rows[i][2]));
            raw.add(new RawRow("C" + i, values));
        }
        return new RawTable(id, COUNTS, raw, null);
    }

    /** Claims paid and the euros paid per damage type. */
    private static RawTable money(long[][] rows) {
        List<RawRow> raw = new ArrayList<>();
        for (int i = 0; i < rows.length; i++) {
            raw.add(new RawRow("D" + i, Map.of(Measure.PAID_CLAIMS, BigDecimal.valueOf(rows[i][0]), Measure.PAID,
                    BigDecimal.valueOf(rows[i][1]))));
        }
        return new RawTable("damage_type", List.of(Measure.PAID_CLAIMS, Measure.PAID), raw, null);
    }

    /** The fixture built to tempt: each table names what it tempts. */
    private static List<RawTable> tempting() {
        return List.of(
                // an empty category and a lone claim: together under 5, so a third cell must go
                counts("incident_type", new long[][] {{0, 0, 0}, {1, 1, 1}, {50, 40, 30}, {80, 70, 8}}),
                // one small cell among large ones: the total alone would give it away
                counts("severity", new long[][] {{2, 2, 1}, {30, 25, 20}, {45, 44, 3}, {60, 50, 40}}),
                // everything small, the total too
                counts("specialty_group", new long[][] {{1, 1, 0}, {2, 1, 1}, {0, 0, 0}}),
                // a year growing from 4 to 5 between snapshots (below), small decided and insured counts
                counts("incident_year", new long[][] {{4, 4, 2}, {40, 30, 7}, {3, 2, 2}, {60, 50, 40}, {7, 6, 4}}),
                // one large payout to a single claim among smaller sums
                money(new long[][] {{1, 250_000}, {6, 12_000}, {40, 900_000}, {100, 2_000_000}, {5, 3_000}}));
    }

    private static List<Table> publish(List<RawTable> raw, Rounding rounding) {
        return raw.stream().map(t -> Disclosure.publish(t, rounding)).toList();
    }

    @Test
    void noCountUnderFiveIsShownAndNoMoneyOrMedianRestingOnFewer() {
        List<RawTable> raw = tempting();
        List<Table> published = publish(raw, Rounding.TO_BASE);
        for (int t = 0; t < raw.size(); t++) {
            Table table = published.get(t);
            for (int r = 0; r < table.rows().size(); r++) {
                for (Measure measure : table.measures()) {
                    Value value = table.rows().get(r).get(table.measures(), measure);
                    BigDecimal exact = raw.get(t).rows().get(r).get(measure.restsOn == null ? measure : measure.restsOn);
                    if (value.mark() == Mark.SHOWN && measure.kind != Disclosure.Kind.SHARE) {
                        assertTrue(exact.intValue() >= 5, table.id() + " row " + r + " " + measure + " rests on " + exact);
                    }
                    if (measure.kind == Disclosure.Kind.COUNT && value.mark() == Mark.SHOWN) {
                        assertTrue(value.value().intValue() >= 5 && value.value().intValue() % 5 == 0, value.toString());
                    }
                }
            }
        }
        Table groups = published.get(2);
        assertEquals(Mark.UNDER_FIVE, groups.total().get(groups.measures(), Measure.CLAIMS).mark(), "a total of 3 claims");
    }

    @Test
    void aLoneSmallCellHidesTheSmallestOtherAndSmallCellsTogetherUnderFiveHideAThird() {
        List<Table> published = publish(tempting(), Rounding.TO_BASE);
        assertEquals(List.of(Mark.UNDER_FIVE, Mark.HIDDEN, Mark.SHOWN, Mark.SHOWN), marks(published.get(1), Measure.CLAIMS));
        assertEquals(List.of(Mark.UNDER_FIVE, Mark.UNDER_FIVE, Mark.HIDDEN, Mark.SHOWN), marks(published.get(0), Measure.CLAIMS));
        // the single claim's 250,000 euros cannot hide behind 12,000 and 3,000: a larger sum goes too
        List<Mark> paid = marks(published.get(4), Measure.PAID);
        assertEquals(Mark.UNDER_FIVE, paid.get(0));
        assertTrue(paid.get(2) == Mark.HIDDEN || paid.get(3) == Mark.HIDDEN, paid.toString());
        assertEquals(paid, marks(published.get(4), Measure.PAID_CLAIMS), "the money goes with its count");
    }

    @Test
    void sharesComeFromTheRoundedCountsShownAndOnlyWhereTwentyDecidedAreShown() {
        Table years = publish(tempting(), Rounding.TO_BASE).get(3);
        // 30 decided (shown 30), 7 insured (shown 5): 5 of 30
        assertEquals(new BigDecimal("16.7"), years.rows().get(1).get(years.measures(), Measure.SHARE_INSURED).value());
        // 6 decided (shown 5): too few for a share of rounded counts
        assertEquals(Mark.UNDER_FIVE, years.rows().get(4).get(years.measures(), Measure.SHARE_INSURED).mark());
        // 50 decided, 40 insured
        Table severities = publish(tempting(), Rounding.TO_BASE).get(1);
        assertEquals(new BigDecimal("80.0"), severities.rows().get(3).get(severities.measures(), Measure.SHARE_INSURED).value());
        // the insured events of two categories are hidden, so the share beside them is too
        assertEquals(Mark.HIDDEN, severities.rows().get(1).get(severities.measures(), Measure.SHARE_INSURED).mark());
        Table few = Disclosure.publish(counts("severity", new long[][] {{17, 16, 9}, {30, 30, 30}}));
        assertEquals(Mark.FEW, few.rows().get(0).get(few.measures(), Measure.SHARE_INSURED).mark(),
                "16 decided, shown as 15: too few for a share of rounded counts");
    }

    @Test
    void noSuppressedCellCanBeWorkedOutFromTheTotals() {
        for (Table table : publish(tempting(), Rounding.TO_BASE)) {
            for (Measure measure : table.measures()) {
                if (measure.kind == Disclosure.Kind.COUNT || measure.kind == Disclosure.Kind.MONEY) {
                    Attacker.Line line = Attacker.line(table, measure, Rounding.TO_BASE);
                    line.narrow();
                    assertTrue(line.consistent(), table.id() + " " + measure);
                    assertUnrecovered(table, measure, line, tempting());
                }
            }
        }
    }

    @Test
    void noSuppressedCellCanBeWorkedOutByComparingTwoConsecutiveSnapshots() {
        List<RawTable> before = tempting();
        // an hour later one more claim of 2019's year (4 becomes 5), and one more payout of the large type
        List<RawTable> after = new ArrayList<>(before);
        after.set(3, counts("incident_year", new long[][] {{5, 4, 2}, {40, 30, 7}, {3, 2, 2}, {60, 50, 40}, {7, 6, 4}}));
        after.set(4, money(new long[][] {{1, 250_000}, {6, 12_000}, {41, 910_000}, {100, 2_000_000}, {5, 3_000}}));
        assertEquals(0, pinned(before, after, Rounding.TO_BASE), "rounded, nothing suppressed is pinned down");
        assertTrue(pinned(before, after, Rounding.NONE) > 0, "unrounded, the attacker pins a cell down (so it can)");
    }

    @Test
    void randomRegistersNeverGiveASuppressedCellAway() {
        Random random = new Random(20261130);
        for (int trial = 0; trial < 3000; trial++) {
            int categories = 2 + random.nextInt(8);
            long[][] rows = new long[categories][3];
            long[][] grown = new long[categories][3];
            for (int c = 0; c < categories; c++) {
                long claims = random.nextInt(4) == 0 ? random.nextInt(6) : random.nextInt(60);
                long decided = claims == 0 ? 0 : random.nextLong(claims + 1);
                rows[c] = new long[] {claims, decided, decided == 0 ? 0 : random.nextLong(decided + 1)};
                long added = random.nextInt(3) == 0 ? random.nextInt(3) : 0;
                grown[c] = new long[] {claims + added, decided, rows[c][2]};
            }
            List<RawTable> before = List.of(counts("t", rows));
            List<RawTable> after = List.of(counts("t", grown));
            assertEquals(0, pinned(before, after, Rounding.TO_BASE), "trial " + trial + ": " + java.util.Arrays.deepToString(rows)
                    + " then " + java.util.Arrays.deepToString(grown));
        }
    }

    /** How many cells shown as "&lt;5" in either snapshot the attacker narrows to one value. */
    private static int pinned(List<RawTable> before, List<RawTable> after, Rounding rounding) {
        int pinned = 0;
        List<Table> first = publish(before, rounding);
        List<Table> second = publish(after, rounding);
        for (int t = 0; t < first.size(); t++) {
            for (Measure measure : first.get(t).measures()) {
                if (measure.kind != Disclosure.Kind.COUNT && measure.kind != Disclosure.Kind.MONEY) {
                    continue;
                }
                Attacker.Line one = Attacker.line(first.get(t), measure, rounding);
                Attacker.Line two = Attacker.line(second.get(t), measure, rounding);
                Attacker.narrowBoth(one, two);
                assertTrue(one.consistent() && two.consistent(), "the attacker's model fits what was published");
                pinned += one.pinnedUnderFive() + two.pinnedUnderFive();
            }
        }
        return pinned;
    }

    private static void assertUnrecovered(Table table, Measure measure, Attacker.Line line, List<RawTable> raw) {
        for (int r = 0; r < table.rows().size(); r++) {
            Value value = table.rows().get(r).get(table.measures(), measure);
            if (value.mark() == Mark.SHOWN) {
                continue;
            }
            String what = table.id() + " row " + r + " " + measure + ": " + line.lo[r] + ".." + line.hi[r];
            assertTrue(line.hi[r] > line.lo[r], what);
            if (measure.kind == Disclosure.Kind.MONEY) {
                long exact = raw.stream().filter(t -> t.id().equals(table.id())).findFirst().orElseThrow()
                        .rows().get(r).get(measure).longValue();
                // the attacker's bounds leave at least half the sum either way
                assertTrue(line.lo[r] <= exact / 2 && line.hi[r] >= exact * 3 / 2, what + " of " + exact);
            }
        }
    }

    private static List<Mark> marks(Table table, Measure measure) {
        return table.rows().stream().map(r -> r.get(table.measures(), measure).mark()).toList();
    }

    /** An attacker narrowing intervals through the published sums (and the growth between two snapshots). */
    static final class Attacker {

        static final long CAP = 100_000_000L;

        /** A column and its total: each cell's interval, the total's last. */
        static final class Line {
            final long[] lo;
            final long[] hi;
            final boolean[] underFive;

            Line(int cells) {
                lo = new long[cells + 1];
                hi = new long[cells + 1];
                underFive = new boolean[cells + 1];
            }

            int total() {
                return lo.length - 1;
            }

            /** Each cell within the total less the others, the total within the sum of the cells; until stable. */
            boolean narrow() {
                boolean changed = false;
                boolean again = true;
                while (again && consistent()) {
                    again = false;
                    long sumLo = 0;
                    long sumHi = 0;
                    for (int i = 0; i < total(); i++) {
                        sumLo += lo[i];
                        sumHi += hi[i];
                    }
                    again |= set(total(), Math.max(lo[total()], sumLo), Math.min(hi[total()], sumHi));
                    for (int i = 0; i < total(); i++) {
                        again |= set(i, Math.max(lo[i], lo[total()] - (sumHi - hi[i])),
                                Math.min(hi[i], hi[total()] - (sumLo - lo[i])));
                    }
                    changed |= again;
                }
                return changed;
            }

            private boolean set(int i, long newLo, long newHi) {
                boolean changed = newLo != lo[i] || newHi != hi[i];
                lo[i] = newLo;
                hi[i] = newHi;
                return changed;
            }

            boolean consistent() {
                for (int i = 0; i < lo.length; i++) {
                    if (lo[i] > hi[i]) {
                        return false;
                    }
                }
                return true;
            }

            int pinnedUnderFive() {
                int pinned = 0;
                for (int i = 0; i < lo.length; i++) {
                    if (underFive[i] && lo[i] == hi[i]) {
                        pinned++;
                    }
                }
                return pinned;
            }
        }

        static Line line(Table table, Measure measure, Rounding rounding) {
            List<Value> values = new ArrayList<>();
            table.rows().forEach(r -> values.add(r.get(table.measures(), measure)));
            values.add(table.total().get(table.measures(), measure));
            return line(values, measure.kind == Disclosure.Kind.MONEY, rounding);
        }

        /** From a downloaded file: each value (null where withheld) and its mark ("", "&lt;5", "x"), the total last. */
        static Line line(List<Long> values, List<String> marks, boolean money) {
            List<Value> published = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                Mark mark = switch (marks.get(i)) {
                    case "" -> Mark.SHOWN;
                    case "<5" -> Mark.UNDER_FIVE;
                    default -> Mark.HIDDEN;
                };
                published.add(new Value(values.get(i) == null ? null : BigDecimal.valueOf(values.get(i)), mark));
            }
            return line(published, money, Rounding.TO_BASE);
        }

        private static Line line(List<Value> values, boolean money, Rounding rounding) {
            Line line = new Line(values.size() - 1);
            for (int r = 0; r < values.size(); r++) {
                long[] range = range(values.get(r), money, rounding);
                line.lo[r] = range[0];
                line.hi[r] = range[1];
                line.underFive[r] = values.get(r).mark() == Mark.UNDER_FIVE;
            }
            return line;
        }

        /** What a published value says of the exact one. */
        private static long[] range(Value value, boolean money, Rounding rounding) {
            long half = rounding == Rounding.NONE ? 0 : (money ? Disclosure.MONEY_BASE : Disclosure.COUNT_BASE) / 2;
            return switch (value.mark()) {
                case SHOWN -> new long[] {Math.max(money ? 0 : Disclosure.THRESHOLD, value.value().longValue() - half),
                        value.value().longValue() + half};
                case UNDER_FIVE -> money ? new long[] {0, CAP} : new long[] {0, Disclosure.THRESHOLD - 1};
                default -> new long[] {money ? 0 : Disclosure.THRESHOLD, CAP};
            };
        }

        /** Both snapshots' sums, and between them: a cell only grows, by no more than the totals may have. */
        static void narrowBoth(Line before, Line after) {
            boolean again = true;
            while (again && before.consistent() && after.consistent()) {
                again = before.narrow() | after.narrow();
                long growth = after.hi[after.total()] - before.lo[before.total()];
                for (int i = 0; i < before.lo.length; i++) {
                    again |= before.set(i, Math.max(before.lo[i], after.lo[i] - growth), Math.min(before.hi[i], after.hi[i]));
                    again |= after.set(i, Math.max(after.lo[i], before.lo[i]), Math.min(after.hi[i], before.hi[i] + growth));
                }
            }
        }
    }
}
