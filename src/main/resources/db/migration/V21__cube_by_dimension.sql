-- The dashboards' defaults read the whole monthly cube: about 160,000 cells per date basis for a million claims, as
-- fine as the six dimensions make them, so a three-year view still summed most of them (breakdowns 360-425 ms p95,
-- ./portal bench dashboards). A figure read by one dimension, with nothing chosen but insurers, needs only the cells
-- summed by that dimension: dash_cube_dim keeps the claims per month, insurer and category of each dimension (incident
-- type, severity, specialty, risk profile), with the money paid and reserved, some tens of thousands of rows. The key
-- figures, trends, outcomes and data quality read the rows of the one dimension other than the severity that the
-- filter chooses (a filter of the severity or of none reads V22's sums by day); the breakdowns of a filter of insurers
-- alone read the rows of every dimension, the rates the risk profile's (dashboard/CubeSlices). Kept by the cube's
-- trigger functions, writer rows, fold and row-level security (R__dashboard_cube.sql, V17).
create table dash_cube_dim (
    basis         char(1)       not null check (basis in ('I', 'R')),
    month         date          not null,
    insurer_code  varchar(8)    not null,
    dimension     text          not null check (dimension in ('INCIDENT_TYPE', 'SEVERITY', 'SPECIALTY', 'RISK_PROFILE')),
    category      text          not null, -- '' for a claim without a specialty
    writer        bigint        not null,
    claims        int           not null,
    insured       int           not null,
    decided       int           not null,
    severity_v    int           not null,
    severity_vi   int           not null,
    -- incident type or severity still being specified (the first data-quality list, before its 90 days)
    specifying    int           not null,
    open_without_reserve  int   not null,
    finished_without_date int   not null,
    paid          numeric(16,2) not null,
    reserved      numeric(16,2) not null,
    primary key (basis, month, insurer_code, dimension, category, writer)
) partition by list (basis);
create table dash_cube_dim_incident partition of dash_cube_dim for values in ('I');
create table dash_cube_dim_received partition of dash_cube_dim for values in ('R');
create index dash_cube_dim_writer on dash_cube_dim (writer);

select dash_tenant_policies(array['dash_cube_dim', 'dash_cube_dim_incident', 'dash_cube_dim_received']);

-- Fill from the summaries as they stand, insurer by insurer (row-level security is forced on the owner too); the
-- functions that keep it from now on are R__dashboard_cube.sql's, which Flyway runs after this.
do $$
declare
    code text;
begin
    for code in select registry_code from insurer loop
        perform set_config('tokvs.insurer', code, true);
        insert into dash_cube_dim (basis, month, insurer_code, dimension, category, writer, claims, insured, decided,
                                   severity_v, severity_vi, specifying, open_without_reserve, finished_without_date,
                                   paid, reserved)
        select b.basis, b.month, d.insurer_code, x.dimension, x.category, 0, count(*),
               count(*) filter (where d.status = 'INSURED_EVENT'), count(*) filter (where d.status <> 'SUBMITTED'),
               count(*) filter (where d.severity = 'V'), count(*) filter (where d.severity = 'VI'),
               count(*) filter (where d.incident_type = 'BEING_SPECIFIED' or d.severity = 'PENDING'),
               count(*) filter (where not d.handling_finished and not d.has_reserve),
               count(*) filter (where d.handling_finished and d.finished_date is null), 0, 0
        from dash_claim d
        cross join lateral (values ('I', date_trunc('month', d.incident_date)::date),
                                   ('R', date_trunc('month', d.received_date)::date)) b(basis, month)
        cross join lateral (values ('INCIDENT_TYPE', d.incident_type), ('SEVERITY', d.severity),
                                   ('SPECIALTY', coalesce(d.specialty, '')), ('RISK_PROFILE', d.risk_profile)) x(dimension, category)
        group by 1, 2, 3, 4, 5;
        insert into dash_cube_dim as c (basis, month, insurer_code, dimension, category, writer, claims, insured, decided,
                                        severity_v, severity_vi, specifying, open_without_reserve, finished_without_date,
                                        paid, reserved)
        select b.basis, b.month, m.insurer_code, x.dimension, x.category, 0, 0, 0, 0, 0, 0, 0, 0, 0,
               coalesce(sum(m.amount) filter (where m.measure = 'PAID'), 0),
               coalesce(sum(m.amount) filter (where m.measure = 'RESERVED'), 0)
        from dash_claim_money m
        cross join lateral (values ('I', date_trunc('month', m.incident_date)::date),
                                   ('R', date_trunc('month', m.received_date)::date)) b(basis, month)
        cross join lateral (values ('INCIDENT_TYPE', m.incident_type), ('SEVERITY', m.severity),
                                   ('SPECIALTY', coalesce(m.specialty, '')), ('RISK_PROFILE', m.risk_profile)) x(dimension, category)
        where m.measure in ('PAID', 'RESERVED')
        group by 1, 2, 3, 4, 5
        on conflict (basis, month, insurer_code, dimension, category, writer)
            do update set paid = excluded.paid, reserved = excluded.reserved;
    end loop;
    perform set_config('tokvs.insurer', '', true);
end $$;
