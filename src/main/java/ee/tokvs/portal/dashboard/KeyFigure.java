package ee.tokvs.portal.dashboard;

import ee.tokvs.portal.dashboard.DashboardQueries.Line;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One of the figures at the top of the dashboard: its value in the period, the same in the previous period of the
 * same length, and the change. A share changes in percentage points; a count or a sum in per cent of what it was.
 */
public record KeyFigure(String key, Kind kind, BigDecimal value, BigDecimal previous, List<String> ignoredKeys) {

    public enum Kind {
        COUNT, MONEY, SHARE
    }

    /** The key figures of {@link DashboardQueries#keyFigures}'s lines, in the order shown. */
    static List<KeyFigure> of(Map<String, Line> byTag, DashboardFilter filter) {
        Line current = byTag.get("cur");
        Line previous = byTag.get("prev");
        List<String> ignoredByShare = Dashboards.onlyInsurerApplies(filter);
        String[] keys = {"dash_key_claims", "dash_key_insured", "dash_key_serious", "dash_key_paid", "dash_key_incurred",
            "dash_key_on_time"};
        Kind[] kinds = {Kind.COUNT, Kind.COUNT, Kind.COUNT, Kind.MONEY, Kind.MONEY, Kind.SHARE};
        List<KeyFigure> figures = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            figures.add(new KeyFigure(keys[i], kinds[i], current.values().get(i), previous.values().get(i),
                    kinds[i] == Kind.SHARE ? ignoredByShare : List.of()));
        }
        return figures;
    }

    /** The change against the previous period: percentage points for a share, else per cent; none where undefined. */
    public BigDecimal change() {
        if (value == null || previous == null) {
            return null;
        }
        if (kind == Kind.SHARE) {
            return value.subtract(previous).setScale(1, RoundingMode.HALF_UP);
        }
        if (previous.signum() == 0) {
            return null;
        }
        return value.subtract(previous).multiply(BigDecimal.valueOf(100)).divide(previous.abs(), 1, RoundingMode.HALF_UP);
    }

    public boolean isShare() {
        return kind == Kind.SHARE;
    }

    public boolean isMoney() {
        return kind == Kind.MONEY;
    }

    /** The words of the change: in percentage points for a share, else in per cent. */
    public String changeKey() {
        return "dash_change_" + (kind == Kind.SHARE ? "points_" : "") + direction();
    }

    /** "up", "down" or "same", for the arrow and its words. */
    public String direction() {
        BigDecimal change = change();
        return change == null || change.signum() == 0 ? "same" : change.signum() > 0 ? "up" : "down";
    }
}
