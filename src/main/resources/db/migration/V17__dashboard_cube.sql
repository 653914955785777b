-- The dashboards' monthly cube: per month (of the incident, and of the receipt), insurer and every dimension a
-- dashboard filters by, how many claims, insured events and decided claims there are, and the money by measure
-- and type; kept by PostgreSQL from the claims' summaries (V8) in the same transaction, so a page aggregates some
-- thousands of cells instead of a million claims (measured in docs/architecture.md). A period that starts or ends
-- inside a month reads that month's claims from dash_claim itself, so every figure stays exact to the day
-- (dashboard/CubeSlices).
--
-- Concurrency, as dash_submission_day's: every cell change is a delta (+1 for a claim's new cell, -1 for its old
-- one) computed from the summary rows the writer holds (V8's header), added to a row of the writing transaction
-- only (writer = its transaction id). Two writers therefore never wait for each other on a cell, and a reader
-- sums a cell's rows, seeing exactly the transactions committed in its snapshot. dash_cube_compact() folds a cell's
-- rows of committed writers into one of writer 0 (dashboard/CubeCompaction calls it every few minutes, one
-- instance at a time); a writer's rows are only folded once it has committed, and a reader sees a fold whole or not.

-- A claim's risk profile (that of its contract's current policyholder) is kept on its summary rows, so a cell
-- change knows the old cell. It moves when the contract's policyholder changes or Terviseamet changes the
-- provider's profile (triggers below).
alter table dash_claim add column risk_profile text not null default 'UNKNOWN';
alter table dash_claim_money add column risk_profile text not null default 'UNKNOWN';

-- Each table is split by date basis: a figure reads one basis, and scans only its half.
create table dash_cube (
    basis         char(1)    not null check (basis in ('I', 'R')),
    month         date       not null,
    insurer_code  varchar(8) not null,
    incident_type text       not null,
    severity      text       not null,
    specialty     text       not null, -- '' where the claim has none
    risk_profile  text       not null,
    writer        bigint     not null,
    claims        int           not null,
    insured       int           not null,
    decided       int           not null,
    paid          numeric(16,2) not null, -- the key figures' money, so they read this table alone
    reserved      numeric(16,2) not null,
    -- two of the data-quality lists (claim_attention, R__claim_attention.sql): open without a reserve, finished
    -- without a date; the third (still being specified after 90 days) is the cells' own incident type or severity
    open_without_reserve  int   not null,
    finished_without_date int   not null,
    primary key (basis, month, insurer_code, incident_type, severity, specialty, risk_profile, writer)
) partition by list (basis);
create table dash_cube_incident partition of dash_cube for values in ('I');
create table dash_cube_received partition of dash_cube for values in ('R');

create table dash_cube_money (
    basis         char(1)       not null check (basis in ('I', 'R')),
    month         date          not null,
    insurer_code  varchar(8)    not null,
    incident_type text          not null,
    severity      text          not null,
    specialty     text          not null,
    risk_profile  text          not null,
    measure       text          not null,
    type          text          not null,
    writer        bigint        not null,
    amount        numeric(16,2) not null,
    money_rows    int           not null, -- claims' money rows in the cell (a type shows even where it sums to 0)
    primary key (basis, month, insurer_code, incident_type, severity, specialty, risk_profile, measure, type, writer)
) partition by list (basis);
create table dash_cube_money_incident partition of dash_cube_money for values in ('I');
create table dash_cube_money_received partition of dash_cube_money for values in ('R');

-- Days from receipt to the decision (D) and to the end of handling (F) per month and insurer: the medians come from
-- these histograms, exact to the day. Kept by month and insurer only: by every dimension it had 2.3 million rows for
-- a million claims (a claim's days are nearly unique within its cell), more than it summarises; so the medians apply
-- the period, the date basis and the insurers, and the page says which other filters they leave out.
create table dash_cube_days (
    basis         char(1)    not null check (basis in ('I', 'R')),
    month         date       not null,
    insurer_code  varchar(8) not null,
    measure       char(1)    not null check (measure in ('D', 'F')),
    days          int        not null,
    writer        bigint     not null,
    claims        int        not null,
    primary key (basis, month, insurer_code, measure, days, writer)
) partition by list (basis);
create table dash_cube_days_incident partition of dash_cube_days for values in ('I');
create table dash_cube_days_received partition of dash_cube_days for values in ('R');

do $$
declare
    t text;
begin
    -- the partitions too: a partition read by its own name must hold its insurer to the same policies
    foreach t in array array['dash_cube', 'dash_cube_incident', 'dash_cube_received', 'dash_cube_money',
                             'dash_cube_money_incident', 'dash_cube_money_received', 'dash_cube_days',
                             'dash_cube_days_incident', 'dash_cube_days_received'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        -- the acting insurer read once per query (an InitPlan), not twice per row: a Terviseamet read of the cells
        -- spent more time in the policy than in the sums
        execute format('create policy %I on %I for select using ((select tokvs_insurer()) = ''*'' or insurer_code = (select tokvs_insurer()))',
                       t || '_read', t);
        -- writing needs an insurer (V9_1)
        execute format('create policy %I on %I for insert with check (insurer_code = tokvs_insurer() and insurer_code ~ ''^[0-9]{8}$'')',
                       t || '_insert', t);
        execute format('create policy %I on %I for update using (insurer_code = tokvs_insurer())'
                       ' with check (insurer_code = tokvs_insurer() and insurer_code ~ ''^[0-9]{8}$'')', t || '_update', t);
        execute format('create policy %I on %I for delete using (insurer_code = tokvs_insurer())', t || '_delete', t);
    end loop;
end $$;

-- Reading the acting insurer is safe in parallel workers (they receive the session's settings), so the planner may
-- scan Terviseamet's large reads in parallel; unmarked, every query under a policy ran in one process.
alter function tokvs_insurer() parallel safe;

-- The days at either end of a period are read claim by claim: by index alone, with every column a cell needs (a
-- month's edge of 20,000 claims took a few hundred milliseconds through the heap, a few tens this way). They take
-- the place of V8's plain date indexes.
drop index dash_claim_incident, dash_claim_received, dash_claim_money_incident, dash_claim_money_received;
create index dash_claim_incident on dash_claim (incident_date) include (received_date, insurer_code, incident_type,
    severity, specialty, risk_profile, status, handling_finished, has_reserve, finished_date, decided_on);
create index dash_claim_received on dash_claim (received_date) include (incident_date, insurer_code, incident_type,
    severity, specialty, risk_profile, status, handling_finished, has_reserve, finished_date, decided_on);
create index dash_claim_money_incident on dash_claim_money (incident_date) include (received_date, insurer_code,
    incident_type, severity, specialty, risk_profile, measure, type, amount);
create index dash_claim_money_received on dash_claim_money (received_date) include (incident_date, insurer_code,
    incident_type, severity, specialty, risk_profile, measure, type, amount);

-- The claims still being specified, by the day they were received: the dashboards subtract those not yet 90 days old
-- from the cells' count (claim_attention's STILL_SPECIFIED is due 90 days after receipt).
create index dash_claim_specifying on dash_claim (received_date)
    include (incident_date, insurer_code, incident_type, severity, specialty, risk_profile)
    where incident_type = 'BEING_SPECIFIED' or severity = 'PENDING';

-- The cells' deltas of claims' summary rows leaving (old) and arriving (new).
create function dash_cube_claims(old dash_claim[], new dash_claim[]) returns void language sql as $$
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
        returning 1)
    insert into dash_cube_days as c (basis, month, insurer_code, measure, days, writer, claims)
    select basis, month, insurer_code, d.measure, d.days, txid_current(), sum(sign)
    from celled
    cross join lateral (values ('D', decided_on - received_date), ('F', finished_date - received_date)) d(measure, days)
    where d.days is not null
    group by 1, 2, 3, 4, 5 having sum(sign) <> 0
    order by 1, 2, 3, 4, 5
    on conflict (basis, month, insurer_code, measure, days, writer) do update set claims = c.claims + excluded.claims;
$$;

-- The same for claims' money rows: by measure and type, and paid and reserved in the claims' cells.
create function dash_cube_money(old dash_claim_money[], new dash_claim_money[]) returns void language sql as $$
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
        returning 1)
    insert into dash_cube_money as c (basis, month, insurer_code, incident_type, severity, specialty, risk_profile,
                                      measure, type, writer, amount, money_rows)
    select b.basis, b.month, m.insurer_code, m.incident_type, m.severity, coalesce(m.specialty, ''), m.risk_profile,
           m.measure, m.type, txid_current(), sum(m.sign * m.amount), sum(m.sign)
    from moved m
    cross join lateral (values ('I', date_trunc('month', m.incident_date)::date),
                               ('R', date_trunc('month', m.received_date)::date)) b(basis, month)
    group by 1, 2, 3, 4, 5, 6, 7, 8, 9 having sum(m.sign * m.amount) <> 0 or sum(m.sign) <> 0
    order by 1, 2, 3, 4, 5, 6, 7, 8, 9
    on conflict (basis, month, insurer_code, incident_type, severity, specialty, risk_profile, measure, type, writer)
        do update set amount = c.amount + excluded.amount, money_rows = c.money_rows + excluded.money_rows;
$$;

create function dash_claim_celled() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform dash_cube_claims('{}', array(select n::dash_claim from new_rows n));
    elsif tg_op = 'UPDATE' then
        perform dash_cube_claims(array(select o::dash_claim from old_rows o), array(select n::dash_claim from new_rows n));
    else
        perform dash_cube_claims(array(select o::dash_claim from old_rows o), '{}');
    end if;
    return null;
end $$;

create function dash_claim_money_celled() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform dash_cube_money('{}', array(select n::dash_claim_money from new_rows n));
    elsif tg_op = 'UPDATE' then
        perform dash_cube_money(array(select o::dash_claim_money from old_rows o),
                                array(select n::dash_claim_money from new_rows n));
    else
        perform dash_cube_money(array(select o::dash_claim_money from old_rows o), '{}');
    end if;
    return null;
end $$;


-- A risk profile moves a claim between cells: on its summary rows, for the claims of the contracts given and of the
-- contracts whose policyholder is one of the providers given. Terviseamet changes a provider for every insurer, so
-- this runs as each insurer in turn (row-level security holds here too; no way past it is needed), then hands back
-- the setting.
create function dash_move_risk_profile(contracts bigint[], providers text[]) returns void language plpgsql as $$
declare
    acting text := current_setting('tokvs.insurer', true);
    code text;
begin
    if cardinality(contracts) = 0 and cardinality(providers) = 0 then
        return;
    end if;
    for code in select registry_code from insurer loop
        perform set_config('tokvs.insurer', code, true);
        update dash_claim d set risk_profile = coalesce(p.risk_profile, 'UNKNOWN')
        from dash_contract k left join healthcare_provider p on p.registry_code = k.policyholder_code
        where (k.contract_id = any(contracts) or k.policyholder_code = any(providers)) and d.contract_id = k.contract_id
          and d.risk_profile is distinct from coalesce(p.risk_profile, 'UNKNOWN');
        update dash_claim_money m set risk_profile = d.risk_profile
        from dash_claim d
        where d.insurer_code = code and m.claim_id = d.id and m.risk_profile <> d.risk_profile
          and d.contract_id in (select k.contract_id from dash_contract k
                                where k.contract_id = any(contracts) or k.policyholder_code = any(providers));
    end loop;
    perform set_config('tokvs.insurer', coalesce(acting, ''), true);
end $$;

create function dash_contract_profile_moved() returns trigger language plpgsql as $$
begin
    perform dash_move_risk_profile(array(select n.contract_id from new_rows n join old_rows o using (contract_id)
                                         where n.policyholder_code <> o.policyholder_code), '{}');
    return null;
end $$;
create trigger dash_contract_profile_moved after update on dash_contract referencing old table as old_rows
    new table as new_rows for each statement execute function dash_contract_profile_moved();

create function dash_provider_profile_moved() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        perform dash_move_risk_profile('{}', array(select registry_code from new_rows));
    else
        perform dash_move_risk_profile('{}', array(
            select n.registry_code from new_rows n join old_rows o using (registry_code)
            where n.risk_profile is distinct from o.risk_profile));
    end if;
    return null;
end $$;
create trigger dash_provider_profile_inserted after insert on healthcare_provider referencing new table as new_rows
    for each statement execute function dash_provider_profile_moved();
create trigger dash_provider_profile_updated after update on healthcare_provider referencing old table as old_rows
    new table as new_rows for each statement execute function dash_provider_profile_moved();

-- Folds each cell that has several rows (of committed writers: others' are invisible here) into one row of writer 0,
-- insurer by insurer, and drops rows that came to nothing. Only cells written since the last fold are looked at
-- (dash_cube_folded keeps the highest writer seen; the index on writer finds the newer rows), so a fold with nothing
-- new costs an index probe, and a cell written once (a bulk load's) keeps its one row. A writer that commits after
-- a fold passed its number is folded with the next write to its cells; its sums are right either way.
create table dash_cube_folded (
    only_row boolean primary key default true check (only_row),
    writer   bigint  not null
);
insert into dash_cube_folded (writer) values (0);
create index dash_cube_writer on dash_cube (writer);
create index dash_cube_money_writer on dash_cube_money (writer);
create index dash_cube_days_writer on dash_cube_days (writer);

create function dash_cube_compact() returns void language plpgsql as $$
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

-- Fill from the summaries as they stand, insurer by insurer, before the triggers that keep the cells exist.
do $$
declare
    code text;
begin
    for code in select registry_code from insurer loop
        perform set_config('tokvs.insurer', code, true);
        update dash_claim d set risk_profile = p.risk_profile
        from dash_contract k join healthcare_provider p on p.registry_code = k.policyholder_code
        where k.contract_id = d.contract_id and p.risk_profile is not null and d.risk_profile <> p.risk_profile;
        update dash_claim_money m set risk_profile = d.risk_profile
        from dash_claim d where m.claim_id = d.id and m.risk_profile <> d.risk_profile;
        perform dash_cube_claims('{}', array(select d from dash_claim d));
        perform dash_cube_money('{}', array(select m from dash_claim_money m));
    end loop;
    perform set_config('tokvs.insurer', '', true);
end $$;

-- From now on every change of a claim's summary rows moves its cells.
do $$
declare
    t text;
begin
    foreach t in array array['dash_claim', 'dash_claim_money'] loop
        execute format('create trigger %I after insert on %I referencing new table as new_rows'
                       ' for each statement execute function %I()', t || '_cube_inserted', t, t || '_celled');
        execute format('create trigger %I after update on %I referencing old table as old_rows new table as new_rows'
                       ' for each statement execute function %I()', t || '_cube_updated', t, t || '_celled');
        execute format('create trigger %I after delete on %I referencing old table as old_rows'
                       ' for each statement execute function %I()', t || '_cube_deleted', t, t || '_celled');
    end loop;
end $$;

analyze dash_claim, dash_claim_money, dash_cube, dash_cube_money, dash_cube_days;

-- The claims' risk profile is now the summaries' own (one definition: dash_refresh_claims and the triggers above).
create or replace view claim_fact as
select d.id, d.insurer_code, d.contract_id, d.received_date, d.incident_date, d.status, d.incident_type, d.severity,
       d.specialty, d.handling_finished, d.finished_date, k.policyholder_code, d.decided_on, d.has_reserve,
       d.risk_profile
from dash_claim d
left join dash_contract k on k.contract_id = d.contract_id;

create or replace view money_fact as
select m.claim_id as id, m.insurer_code, m.received_date, m.incident_date, m.incident_type, m.severity, m.specialty,
       m.measure, m.type, m.amount, m.risk_profile
from dash_claim_money m;

-- Fresh statistics after a bulk load cover the cells too.
create or replace function analyze_register() returns void language plpgsql security definer
    set search_path = ${flyway:defaultSchema}, pg_temp as $$
begin
    analyze healthcare_provider, contract, contract_version, claim, payout, recovery, reserve, outstanding_recovery,
            submission_event, dash_contract, dash_claim, dash_claim_money, dash_submission_day, dash_cube,
            dash_cube_money, dash_cube_days;
end $$;
