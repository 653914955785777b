-- A period rarely ends on a month's last day ("the last 12 months" as of the 1st runs from the 2nd), and the days at
-- either end of it were read claim by claim: two months' edges, the period's and the previous one's, some 75,000
-- claims and 105,000 money rows at a million claims, 250 ms of the key figures (./portal bench dashboards). The key
-- figures, trends, outcomes and data quality need no dimension but the severity, so dash_cube_day keeps them per day,
-- insurer and severity: a period of any days is a range of rows, with nothing read claim by claim, some 40,000 rows a
-- date basis at a million claims. Read wherever the filter chooses no dimension but the severity
-- (dashboard/CubeSlices); kept by the cube's trigger functions, writer rows, fold and row-level security
-- (R__dashboard_cube.sql, V17).
create table dash_cube_day (
    basis         char(1)       not null check (basis in ('I', 'R')),
    day           date          not null,
    insurer_code  varchar(8)    not null,
    severity      text          not null,
    writer        bigint        not null,
    claims        int           not null,
    insured       int           not null,
    decided       int           not null,
    specifying    int           not null,
    open_without_reserve  int   not null,
    finished_without_date int   not null,
    paid          numeric(16,2) not null,
    reserved      numeric(16,2) not null,
    primary key (basis, day, insurer_code, severity, writer)
) partition by list (basis);
create table dash_cube_day_incident partition of dash_cube_day for values in ('I');
create table dash_cube_day_received partition of dash_cube_day for values in ('R');
create index dash_cube_day_writer on dash_cube_day (writer);

select dash_tenant_policies(array['dash_cube_day', 'dash_cube_day_incident', 'dash_cube_day_received']);

-- Fill from the summaries as they stand, insurer by insurer; R__dashboard_cube.sql keeps it from now on.
do $$
declare
    code text;
begin
    for code in select registry_code from insurer loop
        perform set_config('tokvs.insurer', code, true);
        insert into dash_cube_day (basis, day, insurer_code, severity, writer, claims, insured, decided, specifying,
                                   open_without_reserve, finished_without_date, paid, reserved)
        select b.basis, b.day, d.insurer_code, d.severity, 0, count(*),
               count(*) filter (where d.status = 'INSURED_EVENT'), count(*) filter (where d.status <> 'SUBMITTED'),
               count(*) filter (where d.incident_type = 'BEING_SPECIFIED' or d.severity = 'PENDING'),
               count(*) filter (where not d.handling_finished and not d.has_reserve),
               count(*) filter (where d.handling_finished and d.finished_date is null), 0, 0
        from dash_claim d
        cross join lateral (values ('I', d.incident_date), ('R', d.received_date)) b(basis, day)
        group by 1, 2, 3, 4;
        insert into dash_cube_day as c (basis, day, insurer_code, severity, writer, claims, insured, decided, specifying,
                                        open_without_reserve, finished_without_date, paid, reserved)
        select b.basis, b.day, m.insurer_code, m.severity, 0, 0, 0, 0, 0, 0, 0,
               coalesce(sum(m.amount) filter (where m.measure = 'PAID'), 0),
               coalesce(sum(m.amount) filter (where m.measure = 'RESERVED'), 0)
        from dash_claim_money m
        cross join lateral (values ('I', m.incident_date), ('R', m.received_date)) b(basis, day)
        where m.measure in ('PAID', 'RESERVED')
        group by 1, 2, 3, 4
        on conflict (basis, day, insurer_code, severity, writer)
            do update set paid = excluded.paid, reserved = excluded.reserved;
    end loop;
    perform set_config('tokvs.insurer', '', true);
end $$;

create or replace function analyze_register() returns void language plpgsql security definer
    set search_path = ${flyway:defaultSchema}, pg_temp as $$
begin
    analyze healthcare_provider, contract, contract_version, claim, payout, recovery, reserve, outstanding_recovery,
            submission_event, dash_contract, dash_claim, dash_claim_money, dash_submission_day, dash_cube,
            dash_cube_money, dash_cube_money_type, dash_cube_dim, dash_cube_day, dash_cube_days;
end $$;
