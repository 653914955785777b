-- The money section's default view (every claim, by damage and recovery type) read the whole money cube: about
-- 560,000 cells per date basis for a million claims, most of them inside a three-year period, 360-390 ms a request
-- (./portal bench dashboards). Its figures need only the month, the insurer, the measure and the type, so they are
-- kept at that grain too: some thousands of rows, read whenever the filter chooses nothing but insurers
-- (dashboard/CubeSlices.money). Kept by the same trigger function as the cube, with the same writer rows, fold and
-- row-level security (V17).
create table dash_cube_money_type (
    basis         char(1)       not null check (basis in ('I', 'R')),
    month         date          not null,
    insurer_code  varchar(8)    not null,
    measure       text          not null,
    type          text          not null,
    writer        bigint        not null,
    amount        numeric(16,2) not null,
    money_rows    int           not null,
    primary key (basis, month, insurer_code, measure, type, writer)
) partition by list (basis);
create table dash_cube_money_type_incident partition of dash_cube_money_type for values in ('I');
create table dash_cube_money_type_received partition of dash_cube_money_type for values in ('R');
create index dash_cube_money_type_writer on dash_cube_money_type (writer);

do $$
declare
    t text;
begin
    foreach t in array array['dash_cube_money_type', 'dash_cube_money_type_incident', 'dash_cube_money_type_received'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I for select using ((select tokvs_insurer()) = ''*'' or insurer_code = (select tokvs_insurer()))',
                       t || '_read', t);
        execute format('create policy %I on %I for insert with check (insurer_code = tokvs_insurer() and insurer_code ~ ''^[0-9]{8}$'')',
                       t || '_insert', t);
        execute format('create policy %I on %I for update using (insurer_code = tokvs_insurer())'
                       ' with check (insurer_code = tokvs_insurer() and insurer_code ~ ''^[0-9]{8}$'')', t || '_update', t);
        execute format('create policy %I on %I for delete using (insurer_code = tokvs_insurer())', t || '_delete', t);
    end loop;
end $$;

-- As V17's, and the deltas by type added to dash_cube_money_type from the same grouped rows.
create or replace function dash_cube_money(old dash_claim_money[], new dash_claim_money[]) returns void language sql as $$
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
        group by 1, 2, 3, 4, 5, 6, 7 having sum(m.sign * m.amount) <> 0
        order by 1, 2, 3, 4, 5, 6, 7
        on conflict (basis, month, insurer_code, incident_type, severity, specialty, risk_profile, writer) do update
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
$$;

-- As V17's (with V19_1's plans), folding dash_cube_money_type's cells too.
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

-- Fill from the money cube as it stands, insurer by insurer (row-level security is forced on the owner too).
do $$
declare
    code text;
begin
    for code in select registry_code from insurer loop
        perform set_config('tokvs.insurer', code, true);
        insert into dash_cube_money_type (basis, month, insurer_code, measure, type, writer, amount, money_rows)
        select basis, month, insurer_code, measure, type, 0, sum(amount), sum(money_rows)
        from dash_cube_money group by 1, 2, 3, 4, 5 having sum(amount) <> 0 or sum(money_rows) <> 0;
    end loop;
    perform set_config('tokvs.insurer', '', true);
end $$;

create or replace function analyze_register() returns void language plpgsql security definer
    set search_path = ${flyway:defaultSchema}, pg_temp as $$
begin
    analyze healthcare_provider, contract, contract_version, claim, payout, recovery, reserve, outstanding_recovery,
            submission_event, dash_contract, dash_claim, dash_claim_money, dash_submission_day, dash_cube,
            dash_cube_money, dash_cube_money_type, dash_cube_days;
end $$;
