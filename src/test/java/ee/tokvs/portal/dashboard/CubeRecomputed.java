package ee.tokvs.portal.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.ToLongBiFunction;

/**
 * The dashboards' cube (V17) and its sums by type, dimension and day (V20–V22), each summed over its writers' rows,
 * against the claims and their money recomputed by independent SQL: what {@link DashboardSummariesTest} asserts after
 * every path that writes them.
 */
final class CubeRecomputed {

    private CubeRecomputed() {
    }

    /** {@code differences} counts the rows in one query's result and not in the other's, both ways. */
    static void assertEqualsTheClaims(ToLongBiFunction<String, String> differences) {
        // the monthly cells (V17), summed over their writers' rows, against the claims themselves
        String cells = "(values ('I'), ('R')) b(basis) cross join lateral (select date_trunc('month', case b.basis when 'I'"
                + " then d.incident_date else d.received_date end)::date as month) m";
        assertEquals(0, differences.applyAsLong("select b.basis, m.month, d.insurer_code, d.incident_type, d.severity,"
                + " coalesce(d.specialty, ''), coalesce(p.risk_profile, 'UNKNOWN'), count(*),"
                + " count(*) filter (where d.status = 'INSURED_EVENT'), count(*) filter (where d.status <> 'SUBMITTED'),"
                + " count(*) filter (where not d.handling_finished and not d.has_reserve),"
                + " count(*) filter (where d.handling_finished and d.finished_date is null)"
                + " from dash_claim d left join dash_contract k on k.contract_id = d.contract_id"
                + " left join healthcare_provider p on p.registry_code = k.policyholder_code, " + cells
                + " group by 1, 2, 3, 4, 5, 6, 7",
                "select basis, month, insurer_code, incident_type, severity, specialty, risk_profile, sum(claims),"
                + " sum(insured), sum(decided), sum(open_without_reserve), sum(finished_without_date) from dash_cube"
                + " group by 1, 2, 3, 4, 5, 6, 7 having sum(claims) <> 0 or sum(open_without_reserve) <> 0"
                + " or sum(finished_without_date) <> 0"), "dash_cube's counts against the claims");
        assertEquals(0, differences.applyAsLong("select b.basis, m.month, d.insurer_code, d.measure, d.type, sum(d.amount), count(*)"
                + " from dash_claim_money d, " + cells + " group by 1, 2, 3, 4, 5",
                "select basis, month, insurer_code, measure, type, sum(amount), sum(money_rows) from dash_cube_money"
                + " group by 1, 2, 3, 4, 5 having sum(money_rows) <> 0"), "dash_cube_money against the money rows");
        assertEquals(0, differences.applyAsLong("select b.basis, m.month, d.insurer_code, x.dimension, x.category, count(*),"
                + " count(*) filter (where d.status = 'INSURED_EVENT'), count(*) filter (where d.status <> 'SUBMITTED'),"
                + " count(*) filter (where d.severity = 'V'), count(*) filter (where d.severity = 'VI'),"
                + " count(*) filter (where d.incident_type = 'BEING_SPECIFIED' or d.severity = 'PENDING'),"
                + " count(*) filter (where not d.handling_finished and not d.has_reserve),"
                + " count(*) filter (where d.handling_finished and d.finished_date is null)"
                + " from dash_claim d cross join lateral (values ('INCIDENT_TYPE', d.incident_type), ('SEVERITY', d.severity),"
                + " ('SPECIALTY', coalesce(d.specialty, '')), ('RISK_PROFILE', coalesce(d.risk_profile, 'UNKNOWN')))"
                + " x(dimension, category), " + cells + " group by 1, 2, 3, 4, 5",
                "select basis, month, insurer_code, dimension, category, sum(claims), sum(insured), sum(decided),"
                + " sum(severity_v), sum(severity_vi), sum(specifying), sum(open_without_reserve), sum(finished_without_date)"
                + " from dash_cube_dim group by 1, 2, 3, 4, 5 having sum(claims) <> 0 or sum(open_without_reserve) <> 0"
                + " or sum(finished_without_date) <> 0"), "dash_cube_dim's counts against the claims");
        assertEquals(0, differences.applyAsLong("select b.basis, m.month, d.insurer_code, x.dimension, x.category, d.measure,"
                + " sum(d.amount) from dash_claim_money d cross join lateral (values ('INCIDENT_TYPE', d.incident_type),"
                + " ('SEVERITY', d.severity), ('SPECIALTY', coalesce(d.specialty, '')), ('RISK_PROFILE', d.risk_profile))"
                + " x(dimension, category), " + cells + " where d.measure in ('PAID', 'RESERVED') group by 1, 2, 3, 4, 5, 6",
                "select basis, month, insurer_code, dimension, category, 'PAID', sum(paid) from dash_cube_dim"
                + " group by 1, 2, 3, 4, 5 having sum(paid) <> 0 union all select basis, month, insurer_code, dimension,"
                + " category, 'RESERVED', sum(reserved) from dash_cube_dim group by 1, 2, 3, 4, 5 having sum(reserved) <> 0"),
                "dash_cube_dim's money against the money rows");
        String days = "(values ('I'), ('R')) b(basis) cross join lateral (select case b.basis when 'I' then d.incident_date"
                + " else d.received_date end as day) t";
        assertEquals(0, differences.applyAsLong("select b.basis, t.day, d.insurer_code, d.severity, count(*),"
                + " count(*) filter (where d.status = 'INSURED_EVENT'), count(*) filter (where d.status <> 'SUBMITTED'),"
                + " count(*) filter (where d.incident_type = 'BEING_SPECIFIED' or d.severity = 'PENDING'),"
                + " count(*) filter (where not d.handling_finished and not d.has_reserve),"
                + " count(*) filter (where d.handling_finished and d.finished_date is null)"
                + " from dash_claim d, " + days + " group by 1, 2, 3, 4",
                "select basis, day, insurer_code, severity, sum(claims), sum(insured), sum(decided), sum(specifying),"
                + " sum(open_without_reserve), sum(finished_without_date) from dash_cube_day group by 1, 2, 3, 4"
                + " having sum(claims) <> 0 or sum(open_without_reserve) <> 0 or sum(finished_without_date) <> 0"),
                "dash_cube_day's counts against the claims");
        assertEquals(0, differences.applyAsLong("select b.basis, t.day, d.insurer_code, d.severity, d.measure, sum(d.amount)"
                + " from dash_claim_money d, " + days + " where d.measure in ('PAID', 'RESERVED') group by 1, 2, 3, 4, 5",
                "select basis, day, insurer_code, severity, 'PAID', sum(paid) from dash_cube_day group by 1, 2, 3, 4"
                + " having sum(paid) <> 0 union all select basis, day, insurer_code, severity, 'RESERVED', sum(reserved)"
                + " from dash_cube_day group by 1, 2, 3, 4 having sum(reserved) <> 0"), "dash_cube_day's money against the money rows");
        assertEquals(0, differences.applyAsLong("select b.basis, m.month, d.insurer_code, d.measure, d.type, sum(d.amount), count(*)"
                + " from dash_claim_money d, " + cells + " group by 1, 2, 3, 4, 5",
                "select basis, month, insurer_code, measure, type, sum(amount), sum(money_rows) from dash_cube_money_type"
                + " group by 1, 2, 3, 4, 5 having sum(money_rows) <> 0"), "dash_cube_money_type against the money rows");
        assertEquals(0, differences.applyAsLong("select b.basis, m.month, d.insurer_code, d.measure, sum(d.amount)"
                + " from dash_claim_money d, " + cells + " where d.measure in ('PAID', 'RESERVED') group by 1, 2, 3, 4",
                "select basis, month, insurer_code, 'PAID', sum(paid) from dash_cube group by 1, 2, 3 having sum(paid) <> 0"
                + " union all select basis, month, insurer_code, 'RESERVED', sum(reserved) from dash_cube group by 1, 2, 3"
                + " having sum(reserved) <> 0"), "dash_cube's money against the money rows");
        assertEquals(0, differences.applyAsLong("select b.basis, m.month, d.insurer_code, x.measure, x.days, count(*)"
                + " from dash_claim d cross join lateral (values ('D', d.decided_on - d.received_date),"
                + " ('F', d.finished_date - d.received_date)) x(measure, days), " + cells
                + " where x.days is not null group by 1, 2, 3, 4, 5",
                "select basis, month, insurer_code, measure, days, sum(claims) from dash_cube_days group by 1, 2, 3, 4, 5"
                + " having sum(claims) <> 0"), "dash_cube_days against the claims' days");
    }
}
