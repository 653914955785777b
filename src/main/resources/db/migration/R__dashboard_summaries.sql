-- The functions that keep the dashboards' summaries, in one place: read and change them here (create or replace;
-- Flyway re-runs this file whenever it changes). The tables, their row-level security and the triggers that
-- call these functions are in V8__dashboard_summaries.sql, whose header explains the concurrency; the triggers
-- fire on claim, contract_version, submission_event, payout, recovery, reserve and outstanding_recovery.
-- What the summaries read comes from the register as data: a claim's decision date from claim.decided_on
-- (recorded by ClaimService), a contract's current version from the view current_contract_version (V11).

-- Recomputes the claims' dash_claim rows from the register (the risk profile of the contract's current policyholder
-- with them, V17; the day of the latest standing reserve, V31), and the claim columns their money rows copy. A row
-- that comes out as it was is left alone, so that its cells' triggers have nothing to move (a save of a claim's
-- incident number, an upload's row repeating what the register holds).
create or replace function dash_refresh_claims(ids bigint[]) returns void language plpgsql as $$
begin
    insert into dash_claim (id, insurer_code, contract_id, received_date, incident_date, status, incident_type, severity,
                            specialty, handling_finished, finished_date, decided_on, has_reserve, reserve_set_on,
                            risk_profile)
    select c.id, c.insurer_code, c.contract_id, c.received_date, c.incident_date, c.status, c.incident_type, c.severity,
           c.specialty, c.handling_finished, c.finished_date, c.decided_on, r.set_on is not null, r.set_on,
           coalesce(p.risk_profile, 'UNKNOWN')
    from claim c
    cross join lateral (select max(s.set_on) as set_on from standing_reserve s where s.claim_id = c.id) r
    left join dash_contract k on k.contract_id = c.contract_id
    left join healthcare_provider p on p.registry_code = k.policyholder_code
    where c.id in (select unnest(ids))
    on conflict (id) do update set
        insurer_code = excluded.insurer_code, contract_id = excluded.contract_id,
        received_date = excluded.received_date, incident_date = excluded.incident_date, status = excluded.status,
        incident_type = excluded.incident_type, severity = excluded.severity, specialty = excluded.specialty,
        handling_finished = excluded.handling_finished, finished_date = excluded.finished_date,
        decided_on = excluded.decided_on, has_reserve = excluded.has_reserve, reserve_set_on = excluded.reserve_set_on,
        risk_profile = excluded.risk_profile
    where (dash_claim.*) is distinct from (excluded.*);
    update dash_claim_money m
    set insurer_code = d.insurer_code, contract_id = d.contract_id, received_date = d.received_date,
        incident_date = d.incident_date, incident_type = d.incident_type, severity = d.severity, specialty = d.specialty,
        status = d.status, risk_profile = d.risk_profile
    from dash_claim d
    where d.id in (select unnest(ids)) and m.claim_id = d.id
      and (m.insurer_code, m.contract_id, m.received_date, m.incident_date, m.incident_type, m.severity, m.specialty,
           m.status, m.risk_profile)
          is distinct from (d.insurer_code, d.contract_id, d.received_date, d.incident_date, d.incident_type, d.severity,
                            d.specialty, d.status, d.risk_profile);
end $$;

-- Recomputes the claims' dash_claim_money rows from the register, net of corrections (V24): payouts and recoveries
-- summed with their reversals (a type netting to nothing has no row), reserves and outstanding recoveries the latest
-- that stands (V27's views). counts_claim marks the row that stands for the claim
-- in its damage (recovery) type, for the §4 answers' claim counts (V16): the paid (received) one, else the other.
create or replace function dash_refresh_money(ids bigint[]) returns void language plpgsql as $$
begin
    delete from dash_claim_money where claim_id in (select unnest(ids));
    insert into dash_claim_money (claim_id, insurer_code, contract_id, received_date, incident_date, incident_type,
                                  severity, specialty, status, measure, type, amount, counts_claim, risk_profile)
    select d.id, d.insurer_code, d.contract_id, d.received_date, d.incident_date, d.incident_type, d.severity,
           d.specialty, d.status, m.measure, m.type, m.amount,
           row_number() over (partition by m.claim_id, m.measure in ('PAID', 'RESERVED'), m.type
                              order by m.measure in ('PAID', 'RECOVERED') desc) = 1, d.risk_profile
    from dash_claim d
    join (select p.claim_id, 'PAID' as measure, p.damage_type as type, sum(p.amount) as amount
          from payout p where p.claim_id in (select unnest(ids)) group by 1, 3 having sum(p.amount) <> 0
          union all
          (select distinct on (r.claim_id, r.damage_type) r.claim_id, 'RESERVED', r.damage_type, r.amount
           from standing_reserve r where r.claim_id in (select unnest(ids))
           order by r.claim_id, r.damage_type, r.set_on desc, r.id desc)
          union all
          select r.claim_id, 'RECOVERED', r.recovery_type, sum(r.amount)
          from recovery r where r.claim_id in (select unnest(ids)) group by 1, 3 having sum(r.amount) <> 0
          union all
          (select distinct on (o.claim_id, o.recovery_type) o.claim_id, 'OUTSTANDING', o.recovery_type, o.amount
           from standing_outstanding_recovery o where o.claim_id in (select unnest(ids))
           order by o.claim_id, o.recovery_type, o.set_on desc, o.id desc)) m on m.claim_id = d.id;
end $$;

-- Refreshes the claims' summaries: their dash_claim rows, their money, or both, holding their dash_claim rows
-- first (see V8's header). A form's save or an upload's row refreshes a claim or two through indexes (nested
-- loops); only a bulk load (the demo generator, a backfill) refreshes more than a hundred at once, and then only
-- hash joins are safe: inside one long loading transaction the planner's estimates (row-level security's filter,
-- tables not yet analysed) put a whole summary table as the outer side of a nested loop, scanned once per id
-- (quadratic: minutes per 25,000 claims). set_config(..., true) keeps the change to this transaction whatever
-- happens.
-- The functions here and in R__dashboard_cube.sql are PL/pgSQL, not SQL: a SQL function's statements are planned
-- anew at every call (a form's update of one claim took 11-18 ms in its triggers as SQL, 8-9 ms as PL/pgSQL), while
-- PL/pgSQL keeps each statement's plan for the connection's life. Left to itself (plan_cache_mode auto) PostgreSQL
-- plans each call afresh for ever here: a plan made for one claim's ids looks far cheaper than one made for any ids,
-- so the generic plan never wins; a form's save paid the planning of every statement of these functions and of the
-- cube's (a claim's update 6-10 ms in its triggers, 3.3-5.5 ms with the generic plans). So a refresh of up to a
-- hundred claims asks for the kept generic plan (made for a hundred ids: nested loops through the indexes), and a
-- bulk refresh for plans of its own (force_custom_plan), made with the hash joins above.
create or replace function dash_refresh(ids bigint[], claims boolean, money boolean) returns void language plpgsql as $$
declare
    nestloop text := current_setting('enable_nestloop');
    plans text := current_setting('plan_cache_mode');
begin
    if cardinality(ids) > 100 then
        perform set_config('enable_nestloop', 'off', true);
        perform set_config('plan_cache_mode', 'force_custom_plan', true);
    else
        perform set_config('plan_cache_mode', 'force_generic_plan', true);
    end if;
    perform 1 from dash_claim where id in (select unnest(ids)) order by id for no key update;
    if claims then
        -- The claims' risk profile is read from their contract's policyholder: first wait for anyone changing either
        -- (an amendment, Terviseamet's edit), whose triggers move only the claims they can see (V17).
        perform 1 from dash_contract k join healthcare_provider p on p.registry_code = k.policyholder_code
        where k.contract_id in (select c.contract_id from claim c where c.id in (select unnest(ids)))
        order by k.contract_id for share of k, p;
        perform dash_refresh_claims(ids);
    end if;
    if money then
        perform dash_refresh_money(ids);
    end if;
    perform set_config('enable_nestloop', nestloop, true);
    perform set_config('plan_cache_mode', plans, true);
end $$;

-- A claim written (its decision date included): refresh it (a new claim has no summary row to hold yet, and
-- nobody else can write it).
create or replace function dash_claim_written() returns trigger language plpgsql as $$
begin
    perform dash_refresh(array(select id from new_rows), true, false);
    return null;
end $$;

-- A contract version added: the contract's policyholder is that of its current version, whichever commits first.
create or replace function dash_contract_version_added() returns trigger language plpgsql as $$
begin
    insert into dash_contract (contract_id, insurer_code, version_no, policyholder_code)
    select v.contract_id, v.insurer_code, v.version_no, v.policyholder_code from current_contract_version v
    where v.contract_id in (select contract_id from new_rows)
    on conflict (contract_id) do update
        set version_no = excluded.version_no, policyholder_code = excluded.policyholder_code
        where dash_contract.version_no < excluded.version_no;
    return null;
end $$;

-- A submission: count it for its insurer and day.
create or replace function dash_submission_added() returns trigger language plpgsql as $$
begin
    insert into dash_submission_day (insurer_code, business_date, writer, events, on_time)
    select insurer_code, business_date, txid_current(), count(*), count(*) filter (where not late) from new_rows
    group by 1, 2
    on conflict (business_date, insurer_code, writer) do update
        set events = dash_submission_day.events + excluded.events,
            on_time = dash_submission_day.on_time + excluded.on_time;
    return null;
end $$;

-- Money written: refresh those claims' money; a reserve also decides has_reserve.
create or replace function dash_money_written() returns trigger language plpgsql as $$
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
