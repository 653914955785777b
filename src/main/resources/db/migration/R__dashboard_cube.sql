-- The functions that keep the dashboards' monthly cube (V17), its sums by type (V20), by dimension (V21) and by day
-- (V22), in one place: read and change them here (create or replace; Flyway re-runs this file whenever it changes,
-- after the versioned migrations). V17's header explains the cells, their writer rows and the fold; the triggers that call
-- dash_claim_celled and dash_claim_money_celled are V17's. PL/pgSQL rather than SQL, for plans kept between calls
-- (R__dashboard_summaries.sql, at dash_refresh).

-- The cells' deltas of claims' summary rows leaving (old) and arriving (new): the cube's, the sums by dimension and
-- by day, and the days' histograms.
create or replace function dash_cube_claims(old dash_claim[], new dash_claim[]) returns void language plpgsql as $$
begin
    with moved as (
        select -1 as sign, o.* from unnest(old) o
        union all
        select 1, n.* from unnest(new) n),
    celled as (
        select b.basis, b.month, m.* from moved m
        cross join lateral (values ('I', date_trunc('month', m.incident_date)::date),
                                   ('R', date_trunc('month', m.received_date)::date)) b(basis, month)),
    counts as (
        insert into dash_cube as c (basis, month, insurer_code, incident_type, severity, specialty, risk_profile, writer,
                                    claims, insured, decided, paid, reserved, open_without_reserve, finished_without_date)
        select * from (
            select basis, month, insurer_code, incident_type, severity, coalesce(specialty, ''), risk_profile,
                   txid_current(), sum(sign) as claims,
                   coalesce(sum(sign) filter (where status = 'INSURED_EVENT'), 0) as insured,
                   coalesce(sum(sign) filter (where status <> 'SUBMITTED'), 0) as decided, 0, 0,
                   coalesce(sum(sign) filter (where not handling_finished and not has_reserve), 0) as open_without_reserve,
                   coalesce(sum(sign) filter (where handling_finished and finished_date is null), 0) as finished_without_date
            from celled group by 1, 2, 3, 4, 5, 6, 7) d
        where claims <> 0 or insured <> 0 or decided <> 0 or open_without_reserve <> 0 or finished_without_date <> 0
        order by 1, 2, 3, 4, 5, 6, 7
        on conflict (basis, month, insurer_code, incident_type, severity, specialty, risk_profile, writer) do update
            set claims = c.claims + excluded.claims, insured = c.insured + excluded.insured,
                decided = c.decided + excluded.decided,
                open_without_reserve = c.open_without_reserve + excluded.open_without_reserve,
                finished_without_date = c.finished_without_date + excluded.finished_without_date
        returning 1),
    dims as (
        insert into dash_cube_dim as c (basis, month, insurer_code, dimension, category, writer, claims, insured, decided,
                                        severity_v, severity_vi, specifying, open_without_reserve, finished_without_date,
                                        paid, reserved)
        select * from (
            select basis, month, insurer_code, x.dimension, x.category, txid_current(), sum(sign) as claims,
                   coalesce(sum(sign) filter (where status = 'INSURED_EVENT'), 0) as insured,
                   coalesce(sum(sign) filter (where status <> 'SUBMITTED'), 0) as decided,
                   coalesce(sum(sign) filter (where severity = 'V'), 0) as severity_v,
                   coalesce(sum(sign) filter (where severity = 'VI'), 0) as severity_vi,
                   coalesce(sum(sign) filter (where incident_type = 'BEING_SPECIFIED' or severity = 'PENDING'), 0) as specifying,
                   coalesce(sum(sign) filter (where not handling_finished and not has_reserve), 0) as open_without_reserve,
                   coalesce(sum(sign) filter (where handling_finished and finished_date is null), 0) as finished_without_date,
                   0, 0
            from celled
            cross join lateral (values ('INCIDENT_TYPE', incident_type), ('SEVERITY', severity),
                                       ('SPECIALTY', coalesce(specialty, '')), ('RISK_PROFILE', risk_profile)) x(dimension, category)
            group by 1, 2, 3, 4, 5) d
        where claims <> 0 or insured <> 0 or decided <> 0 or severity_v <> 0 or severity_vi <> 0 or specifying <> 0
           or open_without_reserve <> 0 or finished_without_date <> 0
        order by 1, 2, 3, 4, 5
        on conflict (basis, month, insurer_code, dimension, category, writer) do update
            set claims = c.claims + excluded.claims, insured = c.insured + excluded.insured,
                decided = c.decided + excluded.decided, severity_v = c.severity_v + excluded.severity_v,
                severity_vi = c.severity_vi + excluded.severity_vi, specifying = c.specifying + excluded.specifying,
                open_without_reserve = c.open_without_reserve + excluded.open_without_reserve,
                finished_without_date = c.finished_without_date + excluded.finished_without_date
        returning 1),
    by_day as (
        insert into dash_cube_day as c (basis, day, insurer_code, severity, writer, claims, insured, decided, specifying,
                                        open_without_reserve, finished_without_date, paid, reserved)
        select * from (
            select b.basis, b.day, m.insurer_code, m.severity, txid_current(), sum(m.sign) as claims,
                   coalesce(sum(m.sign) filter (where m.status = 'INSURED_EVENT'), 0) as insured,
                   coalesce(sum(m.sign) filter (where m.status <> 'SUBMITTED'), 0) as decided,
                   coalesce(sum(m.sign) filter (where m.incident_type = 'BEING_SPECIFIED' or m.severity = 'PENDING'), 0)
                       as specifying,
                   coalesce(sum(m.sign) filter (where not m.handling_finished and not m.has_reserve), 0) as open_without_reserve,
                   coalesce(sum(m.sign) filter (where m.handling_finished and m.finished_date is null), 0) as finished_without_date,
                   0, 0
            from moved m
            cross join lateral (values ('I', m.incident_date), ('R', m.received_date)) b(basis, day)
            group by 1, 2, 3, 4) d
        where claims <> 0 or insured <> 0 or decided <> 0 or specifying <> 0 or open_without_reserve <> 0
           or finished_without_date <> 0
        order by 1, 2, 3, 4
        on conflict (basis, day, insurer_code, severity, writer) do update
            set claims = c.claims + excluded.claims, insured = c.insured + excluded.insured,
                decided = c.decided + excluded.decided, specifying = c.specifying + excluded.specifying,
                open_without_reserve = c.open_without_reserve + excluded.open_without_reserve,
                finished_without_date = c.finished_without_date + excluded.finished_without_date
        returning 1)
    insert into dash_cube_days as c (basis, month, insurer_code, measure, days, writer, claims)
    select basis, month, insurer_code, d.measure, d.days, txid_current(), sum(sign)
    from celled
    cross join lateral (values ('D', decided_on - received_date), ('F', finished_date - received_date)) d(measure, days)
    where d.days is not null
    group by 1, 2, 3, 4, 5 having sum(sign) <> 0
    order by 1, 2, 3, 4, 5
    on conflict (basis, month, insurer_code, measure, days, writer) do update set claims = c.claims + excluded.claims;
end $$;

-- The triggers on dash_claim and dash_claim_money (V17's) hand their statement's rows to the functions here. A
-- statement that moved no row (the insert half of an upsert whose every row conflicted, an update that matched
-- nothing) fires its triggers all the same: those return at once, before any of the functions' statements runs.
create or replace function dash_claim_celled() returns trigger language plpgsql as $$
declare
    old_cells dash_claim[] := '{}';
    new_cells dash_claim[] := '{}';
begin
    if tg_op <> 'INSERT' then
        old_cells := array(select o::dash_claim from old_rows o);
    end if;
    if tg_op <> 'DELETE' then
        new_cells := array(select n::dash_claim from new_rows n);
    end if;
    if cardinality(old_cells) + cardinality(new_cells) > 0 then
        perform dash_cube_claims(old_cells, new_cells);
    end if;
    return null;
end $$;

create or replace function dash_claim_money_celled() returns trigger language plpgsql as $$
declare
    old_cells dash_claim_money[] := '{}';
    new_cells dash_claim_money[] := '{}';
begin
    if tg_op <> 'INSERT' then
        old_cells := array(select o::dash_claim_money from old_rows o);
    end if;
    if tg_op <> 'DELETE' then
        new_cells := array(select n::dash_claim_money from new_rows n);
    end if;
    if cardinality(old_cells) + cardinality(new_cells) > 0 then
        perform dash_cube_money(old_cells, new_cells);
    end if;
    return null;
end $$;

-- The same for claims' money rows: by measure and type (the cube's and the sums by type), and paid and reserved in the
-- claims' cells and in the rows of each dimension of the sums by dimension.
create or replace function dash_cube_money(old dash_claim_money[], new dash_claim_money[]) returns void language plpgsql as $$
begin
    with moved as (
        select -1 as sign, o.* from unnest(old) o
        union all
        select 1, n.* from unnest(new) n),
    celled as (
        insert into dash_cube as c (basis, month, insurer_code, incident_type, severity, specialty, risk_profile, writer,
                                    claims, insured, decided, open_without_reserve, finished_without_date, paid, reserved)
        select b.basis, b.month, m.insurer_code, m.incident_type, m.severity, coalesce(m.specialty, ''), m.risk_profile,
               txid_current(), 0, 0, 0, 0, 0, coalesce(sum(m.sign * m.amount) filter (where m.measure = 'PAID'), 0),
               coalesce(sum(m.sign * m.amount) filter (where m.measure = 'RESERVED'), 0)
        from moved m
        cross join lateral (values ('I', date_trunc('month', m.incident_date)::date),
                                   ('R', date_trunc('month', m.received_date)::date)) b(basis, month)
        where m.measure in ('PAID', 'RESERVED')
        group by 1, 2, 3, 4, 5, 6, 7
        -- paid and reserved each: one statement may move a payout and a reserve of the same sum across each other
        having coalesce(sum(m.sign * m.amount) filter (where m.measure = 'PAID'), 0) <> 0
            or coalesce(sum(m.sign * m.amount) filter (where m.measure = 'RESERVED'), 0) <> 0
        order by 1, 2, 3, 4, 5, 6, 7
        on conflict (basis, month, insurer_code, incident_type, severity, specialty, risk_profile, writer) do update
            set paid = c.paid + excluded.paid, reserved = c.reserved + excluded.reserved
        returning 1),
    dims as (
        insert into dash_cube_dim as c (basis, month, insurer_code, dimension, category, writer, claims, insured, decided,
                                        severity_v, severity_vi, specifying, open_without_reserve, finished_without_date,
                                        paid, reserved)
        select b.basis, b.month, m.insurer_code, x.dimension, x.category, txid_current(), 0, 0, 0, 0, 0, 0, 0, 0,
               coalesce(sum(m.sign * m.amount) filter (where m.measure = 'PAID'), 0),
               coalesce(sum(m.sign * m.amount) filter (where m.measure = 'RESERVED'), 0)
        from moved m
        cross join lateral (values ('I', date_trunc('month', m.incident_date)::date),
                                   ('R', date_trunc('month', m.received_date)::date)) b(basis, month)
        cross join lateral (values ('INCIDENT_TYPE', m.incident_type), ('SEVERITY', m.severity),
                                   ('SPECIALTY', coalesce(m.specialty, '')), ('RISK_PROFILE', m.risk_profile)) x(dimension, category)
        where m.measure in ('PAID', 'RESERVED')
        group by 1, 2, 3, 4, 5
        -- paid and reserved each: one statement may move a payout and a reserve of the same sum across each other
        having coalesce(sum(m.sign * m.amount) filter (where m.measure = 'PAID'), 0) <> 0
            or coalesce(sum(m.sign * m.amount) filter (where m.measure = 'RESERVED'), 0) <> 0
        order by 1, 2, 3, 4, 5
        on conflict (basis, month, insurer_code, dimension, category, writer) do update
            set paid = c.paid + excluded.paid, reserved = c.reserved + excluded.reserved
        returning 1),
    by_day as (
        insert into dash_cube_day as c (basis, day, insurer_code, severity, writer, claims, insured, decided, specifying,
                                        open_without_reserve, finished_without_date, paid, reserved)
        select b.basis, b.day, m.insurer_code, m.severity, txid_current(), 0, 0, 0, 0, 0, 0,
               coalesce(sum(m.sign * m.amount) filter (where m.measure = 'PAID'), 0),
               coalesce(sum(m.sign * m.amount) filter (where m.measure = 'RESERVED'), 0)
        from moved m
        cross join lateral (values ('I', m.incident_date), ('R', m.received_date)) b(basis, day)
        where m.measure in ('PAID', 'RESERVED')
        group by 1, 2, 3, 4
        -- paid and reserved each: one statement may move a payout and a reserve of the same sum across each other
        having coalesce(sum(m.sign * m.amount) filter (where m.measure = 'PAID'), 0) <> 0
            or coalesce(sum(m.sign * m.amount) filter (where m.measure = 'RESERVED'), 0) <> 0
        order by 1, 2, 3, 4
        on conflict (basis, day, insurer_code, severity, writer) do update
            set paid = c.paid + excluded.paid, reserved = c.reserved + excluded.reserved
        returning 1),
    deltas as (
        select b.basis, b.month, m.insurer_code, m.incident_type, m.severity, coalesce(m.specialty, '') as specialty,
               m.risk_profile, m.measure, m.type, sum(m.sign * m.amount) as amount, sum(m.sign) as money_rows
        from moved m
        cross join lateral (values ('I', date_trunc('month', m.incident_date)::date),
                                   ('R', date_trunc('month', m.received_date)::date)) b(basis, month)
        group by 1, 2, 3, 4, 5, 6, 7, 8, 9 having sum(m.sign * m.amount) <> 0 or sum(m.sign) <> 0),
    typed as (
        insert into dash_cube_money_type as c (basis, month, insurer_code, measure, type, writer, amount, money_rows)
        select basis, month, insurer_code, measure, type, txid_current(), sum(amount), sum(money_rows)
        from deltas
        group by 1, 2, 3, 4, 5 having sum(amount) <> 0 or sum(money_rows) <> 0
        order by 1, 2, 3, 4, 5
        on conflict (basis, month, insurer_code, measure, type, writer)
            do update set amount = c.amount + excluded.amount, money_rows = c.money_rows + excluded.money_rows
        returning 1)
    insert into dash_cube_money as c (basis, month, insurer_code, incident_type, severity, specialty, risk_profile,
                                      measure, type, writer, amount, money_rows)
    select basis, month, insurer_code, incident_type, severity, specialty, risk_profile, measure, type, txid_current(),
           amount, money_rows
    from deltas
    order by 1, 2, 3, 4, 5, 6, 7, 8, 9
    on conflict (basis, month, insurer_code, incident_type, severity, specialty, risk_profile, measure, type, writer)
        do update set amount = c.amount + excluded.amount, money_rows = c.money_rows + excluded.money_rows;
end $$;

-- Folds each cell that has several rows (of committed writers: others' are invisible here) into one row of writer 0,
-- insurer by insurer, and drops rows that came to nothing (V17's header). Hash joins whatever the estimates (V19_1).
create or replace function dash_cube_compact() returns void language plpgsql set enable_nestloop = off as $$
declare
    acting text := current_setting('tokvs.insurer', true);
    since bigint;
    upto bigint := 0;
    code text;
begin
    perform pg_advisory_xact_lock(hashtext('dash_cube_compact'));
    select writer into since from dash_cube_folded;
    for code in select registry_code from insurer loop
        perform set_config('tokvs.insurer', code, true);
        upto := greatest(upto, (select coalesce(max(writer), 0) from dash_cube where writer > since),
                         (select coalesce(max(writer), 0) from dash_cube_money where writer > since),
                         (select coalesce(max(writer), 0) from dash_cube_money_type where writer > since),
                         (select coalesce(max(writer), 0) from dash_cube_dim where writer > since),
                         (select coalesce(max(writer), 0) from dash_cube_day where writer > since),
                         (select coalesce(max(writer), 0) from dash_cube_days where writer > since));
        with many as (select c.basis, c.month, c.incident_type, c.severity, c.specialty, c.risk_profile from dash_cube c
                      where (c.basis, c.month, c.incident_type, c.severity, c.specialty, c.risk_profile) in (
                          select basis, month, incident_type, severity, specialty, risk_profile from dash_cube
                          where writer > since)
                      group by 1, 2, 3, 4, 5, 6 having count(*) > 1),
        folded as (delete from dash_cube c using many m
                   where (c.basis, c.month, c.incident_type, c.severity, c.specialty, c.risk_profile)
                         = (m.basis, m.month, m.incident_type, m.severity, m.specialty, m.risk_profile) returning c.*)
        insert into dash_cube as c (basis, month, insurer_code, incident_type, severity, specialty, risk_profile, writer,
                                    claims, insured, decided, paid, reserved, open_without_reserve, finished_without_date)
        select basis, month, insurer_code, incident_type, severity, specialty, risk_profile, 0,
               sum(claims), sum(insured), sum(decided), sum(paid), sum(reserved), sum(open_without_reserve),
               sum(finished_without_date)
        from folded group by 1, 2, 3, 4, 5, 6, 7
        having sum(claims) <> 0 or sum(insured) <> 0 or sum(decided) <> 0 or sum(paid) <> 0 or sum(reserved) <> 0
            or sum(open_without_reserve) <> 0 or sum(finished_without_date) <> 0;
        with many as (select c.basis, c.month, c.incident_type, c.severity, c.specialty, c.risk_profile, c.measure, c.type
                      from dash_cube_money c
                      where (c.basis, c.month, c.incident_type, c.severity, c.specialty, c.risk_profile, c.measure, c.type)
                            in (select basis, month, incident_type, severity, specialty, risk_profile, measure, type
                                from dash_cube_money where writer > since)
                      group by 1, 2, 3, 4, 5, 6, 7, 8 having count(*) > 1),
        folded as (delete from dash_cube_money c using many m
                   where (c.basis, c.month, c.incident_type, c.severity, c.specialty, c.risk_profile, c.measure, c.type)
                         = (m.basis, m.month, m.incident_type, m.severity, m.specialty, m.risk_profile, m.measure, m.type)
                   returning c.*)
        insert into dash_cube_money (basis, month, insurer_code, incident_type, severity, specialty, risk_profile, measure,
                                     type, writer, amount, money_rows)
        select basis, month, insurer_code, incident_type, severity, specialty, risk_profile, measure, type, 0, sum(amount),
               sum(money_rows)
        from folded group by 1, 2, 3, 4, 5, 6, 7, 8, 9 having sum(amount) <> 0 or sum(money_rows) <> 0;
        with many as (select c.basis, c.month, c.measure, c.type from dash_cube_money_type c
                      where (c.basis, c.month, c.measure, c.type) in (
                          select basis, month, measure, type from dash_cube_money_type where writer > since)
                      group by 1, 2, 3, 4 having count(*) > 1),
        folded as (delete from dash_cube_money_type c using many m
                   where (c.basis, c.month, c.measure, c.type) = (m.basis, m.month, m.measure, m.type) returning c.*)
        insert into dash_cube_money_type (basis, month, insurer_code, measure, type, writer, amount, money_rows)
        select basis, month, insurer_code, measure, type, 0, sum(amount), sum(money_rows)
        from folded group by 1, 2, 3, 4, 5 having sum(amount) <> 0 or sum(money_rows) <> 0;
        with many as (select c.basis, c.month, c.dimension, c.category from dash_cube_dim c
                      where (c.basis, c.month, c.dimension, c.category) in (
                          select basis, month, dimension, category from dash_cube_dim where writer > since)
                      group by 1, 2, 3, 4 having count(*) > 1),
        folded as (delete from dash_cube_dim c using many m
                   where (c.basis, c.month, c.dimension, c.category) = (m.basis, m.month, m.dimension, m.category)
                   returning c.*)
        insert into dash_cube_dim (basis, month, insurer_code, dimension, category, writer, claims, insured, decided,
                                   severity_v, severity_vi, specifying, open_without_reserve, finished_without_date,
                                   paid, reserved)
        select basis, month, insurer_code, dimension, category, 0, sum(claims), sum(insured), sum(decided),
               sum(severity_v), sum(severity_vi), sum(specifying), sum(open_without_reserve), sum(finished_without_date),
               sum(paid), sum(reserved)
        from folded group by 1, 2, 3, 4, 5
        having sum(claims) <> 0 or sum(insured) <> 0 or sum(decided) <> 0 or sum(severity_v) <> 0
            or sum(severity_vi) <> 0 or sum(specifying) <> 0 or sum(open_without_reserve) <> 0
            or sum(finished_without_date) <> 0 or sum(paid) <> 0 or sum(reserved) <> 0;
        with many as (select c.basis, c.day, c.severity from dash_cube_day c
                      where (c.basis, c.day, c.severity) in (
                          select basis, day, severity from dash_cube_day where writer > since)
                      group by 1, 2, 3 having count(*) > 1),
        folded as (delete from dash_cube_day c using many m
                   where (c.basis, c.day, c.severity) = (m.basis, m.day, m.severity) returning c.*)
        insert into dash_cube_day (basis, day, insurer_code, severity, writer, claims, insured, decided, specifying,
                                   open_without_reserve, finished_without_date, paid, reserved)
        select basis, day, insurer_code, severity, 0, sum(claims), sum(insured), sum(decided), sum(specifying),
               sum(open_without_reserve), sum(finished_without_date), sum(paid), sum(reserved)
        from folded group by 1, 2, 3, 4
        having sum(claims) <> 0 or sum(insured) <> 0 or sum(decided) <> 0 or sum(specifying) <> 0
            or sum(open_without_reserve) <> 0 or sum(finished_without_date) <> 0 or sum(paid) <> 0 or sum(reserved) <> 0;
        with many as (select c.basis, c.month, c.measure, c.days from dash_cube_days c
                      where (c.basis, c.month, c.measure, c.days) in (
                          select basis, month, measure, days from dash_cube_days where writer > since)
                      group by 1, 2, 3, 4 having count(*) > 1),
        folded as (delete from dash_cube_days c using many m
                   where (c.basis, c.month, c.measure, c.days) = (m.basis, m.month, m.measure, m.days) returning c.*)
        insert into dash_cube_days (basis, month, insurer_code, measure, days, writer, claims)
        select basis, month, insurer_code, measure, days, 0, sum(claims)
        from folded group by 1, 2, 3, 4, 5 having sum(claims) <> 0;
    end loop;
    update dash_cube_folded set writer = greatest(writer, upto);
    perform set_config('tokvs.insurer', coalesce(acting, ''), true);
end $$;
