-- Open statistics (/statistika): what the public may see of the register, published as hourly snapshots.
--
-- The page has no user, so it cannot read the register as anyone: row-level security would show it nothing, and
-- acting as every insurer ('*') is Terviseamet's right, not the public's. One function computes the few aggregates
-- the page publishes, from the dashboards' monthly cube (V17), as the query role (V16), which reads past row-level
-- security; it returns counts, sums and medians by one dimension at a time — never an insurer, a provider, a claim
-- or a cross-tabulation — and the runtime role may only execute it. The portal then suppresses and rounds them
-- (statistics/Disclosure.java) and stores the result here; the page and its downloads read only this table.
--
-- Dimensions (by the incident's month, the cube's basis 'I'): incident year, incident type, severity, specialty
-- group (a specialty outside every group, or none, is 'NONE'), damage type (paid compensation); TOTAL holds the
-- median days of all decided claims, which cannot be summed from the years'.

create function public_statistics_cells()
    returns table (dimension text, category text, claims bigint, decided bigint, insured bigint,
                   median_days numeric, paid numeric, paid_claims bigint)
    language sql stable security definer set search_path = ${flyway:defaultSchema}, pg_temp as $$
    with cells as (
        select extract(year from k.month)::int::text as year, k.incident_type, k.severity,
               coalesce(g.group_code, 'NONE') as specialty_group, k.claims, k.decided, k.insured
        from dash_cube k
        left join specialty_group_member g on g.specialty = k.specialty
        where k.basis = 'I'),
    counts as (
        select case when grouping(year) = 0 then 'INCIDENT_YEAR'
                    when grouping(incident_type) = 0 then 'INCIDENT_TYPE'
                    when grouping(severity) = 0 then 'SEVERITY'
                    else 'SPECIALTY_GROUP' end as dimension,
               coalesce(year, incident_type, severity, specialty_group) as category,
               sum(claims)::bigint as claims, sum(decided)::bigint as decided, sum(insured)::bigint as insured
        from cells
        group by grouping sets ((year), (incident_type), (severity), (specialty_group))),
    histogram as (
        select coalesce(extract(year from month)::int::text, 'ALL') as year, days, sum(claims) as n
        from dash_cube_days
        where basis = 'I' and measure = 'D'
        group by grouping sets ((extract(year from month), days), (days))
        having sum(claims) > 0),
    running as (
        select year, days, sum(n) over (partition by year order by days) as cum, sum(n) over (partition by year) as total
        from histogram),
    -- the middle value, or the mean of the two middle values (as the dashboards' medians)
    medians as (
        select year, round((min(days) filter (where cum > (total - 1) / 2)
                            + min(days) filter (where cum > total / 2)) / 2.0, 1) as median
        from running group by year),
    money as (
        select type, sum(amount) as paid, sum(money_rows)::bigint as paid_claims
        from dash_cube_money
        where basis = 'I' and measure = 'PAID'
        group by type)
    select c.dimension, c.category, c.claims, c.decided, c.insured,
           (select m.median from medians m where c.dimension = 'INCIDENT_YEAR' and m.year = c.category), null::numeric, null::bigint
    from counts c
    union all
    select 'TOTAL', '', null, null, null, (select m.median from medians m where m.year = 'ALL'), null, null
    union all
    select 'DAMAGE_TYPE', type, null, null, null, null, paid, paid_claims
    from money
$$;

grant select on dash_cube, dash_cube_days, dash_cube_money, specialty_group_member to ${query_role};
alter function public_statistics_cells() owner to ${query_role};
revoke execute on function public_statistics_cells() from public;
grant execute on function public_statistics_cells() to ${runtime_role};

-- The published snapshots: already suppressed and rounded, nothing in them that the public may not see. A snapshot
-- is never changed; the page shows the latest, and keeps the one before for comparison in the tests.
create table public_statistics_snapshot (
    id           bigint generated always as identity primary key,
    published_at timestamptz not null default now(),
    figures      jsonb       not null
);
create trigger public_statistics_snapshot_immutable before update on public_statistics_snapshot
    for each row execute function forbid_change();
revoke update, truncate on public_statistics_snapshot from ${runtime_role};
