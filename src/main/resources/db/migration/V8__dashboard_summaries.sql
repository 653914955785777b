-- The dashboards' summaries, kept by PostgreSQL itself in the transaction of every write, so that a page
-- reads a few narrow tables instead of re-deriving each claim from the register (measured at 1,000,000
-- claims: the view of V7 took ~21 s per page; see docs/architecture.md). Statement-level triggers with
-- transition tables work set-wise: one form save refreshes one row, a bulk load refreshes its rows in one
-- statement. Each summary has the same row-level security as the register, so an insurer's overview still
-- sees its own rows only.
--
-- Concurrency: a claim's summaries are written only while holding its dash_claim row (the upsert of a claim
-- write, or "for no key update" before a money or decision refresh), and the refresh reads the register in later
-- statements, which in READ COMMITTED see what the writer waited for. So the last to commit recomputes last,
-- from everything committed before it: two writers of the same claim never leave a stale summary or clash.
-- The contract's policyholder is kept once per contract (dash_contract), never copied onto its claims, so an
-- amendment touches one row and never waits for, or locks, the contract's claims.

-- dash_contract: the policyholder of each contract's current (highest) version.
create table dash_contract (
    contract_id       bigint      primary key references contract (id) on delete cascade,
    insurer_code      varchar(8)  not null,
    version_no        int         not null,
    policyholder_code varchar(8)  not null
);

-- dash_claim: one row per claim with what the dashboards filter and group by, plus two derived facts:
-- decided_on (the business date of the first submission that set the status to insured or not) and
-- has_reserve.
create table dash_claim (
    id                bigint      primary key references claim (id) on delete cascade,
    insurer_code      varchar(8)  not null,
    contract_id       bigint      not null,
    received_date     date        not null,
    incident_date     date        not null,
    status            text        not null,
    incident_type     text        not null,
    severity          text        not null,
    specialty         text,
    handling_finished boolean     not null,
    finished_date     date,
    decided_on        date,
    has_reserve       boolean     not null
);
create index dash_claim_incident on dash_claim (incident_date);
create index dash_claim_received on dash_claim (received_date);

-- dash_claim_money: per claim the money by type, as the dashboards count it: PAID (sum of payouts per
-- damage type), RESERVED (the latest reserve per damage type), RECOVERED (sum of recoveries, negative, per
-- recovery type), OUTSTANDING (the latest outstanding recovery per recovery type); with the claim's columns
-- the dashboards filter by, so that the money figures read one table.
create table dash_claim_money (
    claim_id      bigint        not null references dash_claim (id) on delete cascade,
    insurer_code  varchar(8)    not null,
    contract_id   bigint        not null,
    received_date date          not null,
    incident_date date          not null,
    incident_type text          not null,
    severity      text          not null,
    specialty     text,
    measure       text          not null check (measure in ('PAID', 'RESERVED', 'RECOVERED', 'OUTSTANDING')),
    type          text          not null,
    amount        numeric(14,2) not null,
    primary key (claim_id, measure, type)
);
create index dash_claim_money_incident on dash_claim_money (incident_date);
create index dash_claim_money_received on dash_claim_money (received_date);

-- dash_submission_day: submission events and those on time per insurer and business date, one row per writing
-- transaction (writer): a transaction adds to its own rows only, so a form's save never waits for a long upload
-- of the same insurer that has counted events on the same day. Readers sum the rows.
create table dash_submission_day (
    insurer_code  varchar(8) not null,
    business_date date       not null,
    writer        bigint     not null,
    events        int        not null,
    on_time       int        not null,
    primary key (business_date, insurer_code, writer)
);

do $$
declare
    t text;
begin
    foreach t in array array['dash_contract', 'dash_claim', 'dash_claim_money', 'dash_submission_day'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I for select using (insurer_code = tokvs_insurer() or tokvs_insurer() = ''*'')',
                       t || '_read', t);
        execute format('create policy %I on %I for insert with check (insurer_code = tokvs_insurer())', t || '_insert', t);
        execute format('create policy %I on %I for update using (insurer_code = tokvs_insurer()) with check (insurer_code = tokvs_insurer())',
                       t || '_update', t);
        execute format('create policy %I on %I for delete using (insurer_code = tokvs_insurer())', t || '_delete', t);
    end loop;
end $$;

-- Recomputes the claims' dash_claim rows from the register, and the claim columns their money rows copy.
create function dash_refresh_claims(ids bigint[]) returns void language sql as $$
    insert into dash_claim (id, insurer_code, contract_id, received_date, incident_date, status, incident_type, severity,
                            specialty, handling_finished, finished_date, decided_on, has_reserve)
    select c.id, c.insurer_code, c.contract_id, c.received_date, c.incident_date, c.status, c.incident_type, c.severity,
           c.specialty, c.handling_finished, c.finished_date,
           (select min(e.business_date) from submission_event e
             where e.record_type = 'CLAIM' and e.record_id = c.id
               and (e.changes @> '[{"field": "status", "after": "INSURED_EVENT"}]'
                    or e.changes @> '[{"field": "status", "after": "NOT_INSURED_EVENT"}]')),
           exists (select 1 from reserve r where r.claim_id = c.id)
    from claim c
    where c.id in (select unnest(ids))
    on conflict (id) do update set
        insurer_code = excluded.insurer_code, contract_id = excluded.contract_id,
        received_date = excluded.received_date, incident_date = excluded.incident_date, status = excluded.status,
        incident_type = excluded.incident_type, severity = excluded.severity, specialty = excluded.specialty,
        handling_finished = excluded.handling_finished, finished_date = excluded.finished_date,
        decided_on = excluded.decided_on, has_reserve = excluded.has_reserve;
    update dash_claim_money m
    set insurer_code = d.insurer_code, contract_id = d.contract_id, received_date = d.received_date,
        incident_date = d.incident_date, incident_type = d.incident_type, severity = d.severity, specialty = d.specialty
    from dash_claim d
    where d.id in (select unnest(ids)) and m.claim_id = d.id
      and (m.insurer_code, m.contract_id, m.received_date, m.incident_date, m.incident_type, m.severity, m.specialty)
          is distinct from (d.insurer_code, d.contract_id, d.received_date, d.incident_date, d.incident_type, d.severity,
                            d.specialty);
$$;

-- Recomputes the claims' dash_claim_money rows from the register.
create function dash_refresh_money(ids bigint[]) returns void language sql as $$
    delete from dash_claim_money where claim_id in (select unnest(ids));
    insert into dash_claim_money (claim_id, insurer_code, contract_id, received_date, incident_date, incident_type,
                                  severity, specialty, measure, type, amount)
    select d.id, d.insurer_code, d.contract_id, d.received_date, d.incident_date, d.incident_type, d.severity,
           d.specialty, m.measure, m.type, m.amount
    from dash_claim d
    join (select p.claim_id, 'PAID' as measure, p.damage_type as type, sum(p.amount) as amount
          from payout p where p.claim_id in (select unnest(ids)) group by 1, 3
          union all
          (select distinct on (r.claim_id, r.damage_type) r.claim_id, 'RESERVED', r.damage_type, r.amount
           from reserve r where r.claim_id in (select unnest(ids))
           order by r.claim_id, r.damage_type, r.set_on desc, r.id desc)
          union all
          select r.claim_id, 'RECOVERED', r.recovery_type, sum(r.amount)
          from recovery r where r.claim_id in (select unnest(ids)) group by 1, 3
          union all
          (select distinct on (o.claim_id, o.recovery_type) o.claim_id, 'OUTSTANDING', o.recovery_type, o.amount
           from outstanding_recovery o where o.claim_id in (select unnest(ids))
           order by o.claim_id, o.recovery_type, o.set_on desc, o.id desc)) m on m.claim_id = d.id;
$$;

-- Refreshes the claims' summaries: their dash_claim rows, their money, or both, holding their dash_claim rows
-- first (see the top). A form's save or an upload's row refreshes a claim or two through indexes (nested
-- loops); only a bulk load (the demo generator, the backfill below) refreshes more than a hundred at once, and
-- then only hash joins are safe: inside one long loading transaction the planner's estimates (row-level
-- security's filter, tables not yet analysed) put a whole summary table as the outer side of a nested loop,
-- scanned once per id (quadratic: minutes per 25,000 claims). set_config(..., true) keeps the change to this
-- transaction whatever happens.
create function dash_refresh(ids bigint[], claims boolean, money boolean) returns void language plpgsql as $$
declare
    nestloop text := current_setting('enable_nestloop');
begin
    if cardinality(ids) > 100 then
        perform set_config('enable_nestloop', 'off', true);
    end if;
    perform 1 from dash_claim where id in (select unnest(ids)) order by id for no key update;
    if claims then
        perform dash_refresh_claims(ids);
    end if;
    if money then
        perform dash_refresh_money(ids);
    end if;
    perform set_config('enable_nestloop', nestloop, true);
end $$;

-- A claim written: refresh it (a new claim has no summary row to hold yet, and nobody else can write it).
create function dash_claim_written() returns trigger language plpgsql as $$
begin
    perform dash_refresh(array(select id from new_rows), true, false);
    return null;
end $$;
create trigger dash_claim_inserted after insert on claim referencing new table as new_rows
    for each statement execute function dash_claim_written();
create trigger dash_claim_updated after update on claim referencing new table as new_rows
    for each statement execute function dash_claim_written();

-- A contract version added: the contract's policyholder is that of its highest version, whichever commits first.
create function dash_contract_version_added() returns trigger language plpgsql as $$
begin
    insert into dash_contract (contract_id, insurer_code, version_no, policyholder_code)
    select distinct on (contract_id) contract_id, insurer_code, version_no, policyholder_code from new_rows
    order by contract_id, version_no desc
    on conflict (contract_id) do update
        set version_no = excluded.version_no, policyholder_code = excluded.policyholder_code
        where dash_contract.version_no < excluded.version_no;
    return null;
end $$;
create trigger dash_contract_version_added after insert on contract_version referencing new table as new_rows
    for each statement execute function dash_contract_version_added();

-- A submission: count it for its insurer and day; a decision may date a claim's decided_on.
create function dash_submission_added() returns trigger language plpgsql as $$
begin
    insert into dash_submission_day (insurer_code, business_date, writer, events, on_time)
    select insurer_code, business_date, txid_current(), count(*), count(*) filter (where not late) from new_rows
    group by 1, 2
    on conflict (business_date, insurer_code, writer) do update
        set events = dash_submission_day.events + excluded.events,
            on_time = dash_submission_day.on_time + excluded.on_time;
    perform dash_refresh(array(select distinct record_id from new_rows where record_type = 'CLAIM'
        and (changes @> '[{"field": "status", "after": "INSURED_EVENT"}]'
             or changes @> '[{"field": "status", "after": "NOT_INSURED_EVENT"}]')), true, false);
    return null;
end $$;
create trigger dash_submission_added after insert on submission_event referencing new table as new_rows
    for each statement execute function dash_submission_added();

-- Money written: refresh those claims' money; a reserve also decides has_reserve.
create function dash_money_written() returns trigger language plpgsql as $$
declare
    ids bigint[];
begin
    if tg_op = 'INSERT' then
        ids := array(select distinct claim_id from new_rows);
    elsif tg_op = 'UPDATE' then
        ids := array(select claim_id from new_rows union select claim_id from old_rows);
    else
        ids := array(select distinct claim_id from old_rows);
    end if;
    perform dash_refresh(ids, tg_table_name = 'reserve', true);
    return null;
end $$;

do $$
declare
    t text;
begin
    foreach t in array array['payout', 'recovery', 'reserve', 'outstanding_recovery'] loop
        execute format('create trigger %I after insert on %I referencing new table as new_rows'
                       ' for each statement execute function dash_money_written()', 'dash_' || t || '_inserted', t);
        execute format('create trigger %I after update on %I referencing old table as old_rows new table as new_rows'
                       ' for each statement execute function dash_money_written()', 'dash_' || t || '_updated', t);
        execute format('create trigger %I after delete on %I referencing old table as old_rows'
                       ' for each statement execute function dash_money_written()', 'dash_' || t || '_deleted', t);
    end loop;
end $$;

-- Fill the summaries from the register as it stands, insurer by insurer (row-level security applies to this
-- migration's role too).
do $$
declare
    code text;
begin
    for code in select registry_code from insurer loop
        perform set_config('tokvs.insurer', code, true);
        insert into dash_contract (contract_id, insurer_code, version_no, policyholder_code)
        select distinct on (contract_id) contract_id, insurer_code, version_no, policyholder_code from contract_version
        order by contract_id, version_no desc;
        perform dash_refresh(array(select id from claim), true, true);
        insert into dash_submission_day (insurer_code, business_date, writer, events, on_time)
        select insurer_code, business_date, txid_current(), count(*), count(*) filter (where not late)
        from submission_event group by 1, 2;
    end loop;
    perform set_config('tokvs.insurer', '', true);
end $$;
analyze dash_contract, dash_claim, dash_claim_money, dash_submission_day;

-- The figures read views: a summary row with its contract's current policyholder and that provider's risk
-- profile, joined at read time as Terviseamet may change it (UNKNOWN where there is none).
drop view claim_fact;
create view claim_fact as
select d.id, d.insurer_code, d.contract_id, d.received_date, d.incident_date, d.status, d.incident_type, d.severity,
       d.specialty, d.handling_finished, d.finished_date, k.policyholder_code, d.decided_on, d.has_reserve,
       coalesce(p.risk_profile, 'UNKNOWN') as risk_profile
from dash_claim d
left join dash_contract k on k.contract_id = d.contract_id
left join healthcare_provider p on p.registry_code = k.policyholder_code;

create view money_fact as
select m.claim_id as id, m.insurer_code, m.received_date, m.incident_date, m.incident_type, m.severity, m.specialty,
       m.measure, m.type, m.amount, coalesce(p.risk_profile, 'UNKNOWN') as risk_profile
from dash_claim_money m
left join dash_contract k on k.contract_id = m.contract_id
left join healthcare_provider p on p.registry_code = k.policyholder_code;
