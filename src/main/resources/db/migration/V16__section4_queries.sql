-- §4 of the report regulation: what insurers may ask back from every insurer's records. The answers are
-- aggregates across insurers, which the runtime role cannot compute: row-level security shows it one insurer's
-- rows. So PostgreSQL computes them, in two functions that are the only way across insurers (docs/security.md,
-- "§4 queries"):
--   * they belong to ${query_role}, a role that cannot log in and reads past row-level security; only the schema's
--     owner may become it, never the runtime role ${runtime_role}, which may only execute the two functions;
--   * each answers one question with counts and sums, never a row, an insurer's code or name, or a claim number;
--   * each writes its own log row first (who, for which insurer, which code or profile, when), so no answer leaves
--     without one; the runtime role may read the log (row-level security: its insurer's rows, Terviseamet all) but
--     not write it;
--   * the insurer asking is the connection's acting insurer (tokvs.insurer, set by the portal for the request),
--     not a parameter: a caller cannot log a question in another insurer's name.
-- What they count (docs/data-model.md, "§4 answers"): a contract as its current (highest) version states it, once
-- however many versions it has; a provider's contracts and claims are those of contracts whose current version
-- names it as policyholder; a claim's year is the year of its incident; an insured event is a claim assessed as one
-- (status INSURED_EVENT, §2(2) p 6); paid compensation and received recoveries are all payouts and recoveries so
-- far (recoveries with their minus sign), reserves and outstanding recoveries the latest per type. They read the
-- dashboards' summaries (V8), which hold exactly these per claim.
--
-- Speed (./portal bench queries, 1,000,000 claims): a risk profile's claims are a quarter of the register, so the
-- answers read the summaries by contract through covering indexes (index-only scans, no per-claim join), and the money
-- rows carry what the breakdowns count by: the claim's status, and counts_claim, true on the one row that stands for
-- its claim in a (damage or recovery) type, the paid (received) row if there is one, else the reserve (outstanding).
-- R__dashboard_summaries.sql keeps both.

create index dash_contract_policyholder on dash_contract (policyholder_code);
create index dash_claim_contract on dash_claim (contract_id) include (incident_date, status, severity, handling_finished);

alter table dash_claim_money add column status text, add column counts_claim boolean not null default false;
-- The rows already summarised get both, read and written by the owner past row-level security for these statements.
alter table dash_claim no force row level security;
alter table dash_claim_money no force row level security;
update dash_claim_money m set status = d.status from dash_claim d where d.id = m.claim_id;
update dash_claim_money m set counts_claim = true
where m.measure in ('PAID', 'RECOVERED')
   or not exists (select 1 from dash_claim_money paid where paid.claim_id = m.claim_id and paid.type = m.type
                  and paid.measure = case m.measure when 'RESERVED' then 'PAID' else 'RECOVERED' end);
alter table dash_claim force row level security;
alter table dash_claim_money force row level security;
alter table dash_claim_money alter column status set not null;
create index dash_claim_money_contract on dash_claim_money (contract_id)
    include (incident_date, measure, type, incident_type, severity, status, counts_claim, amount);

-- A contract's current version (V11) with its insured sums: the one definition the answers read.
create or replace view current_contract_version with (security_invoker = true) as
select v.contract_id, v.id as version_id, v.insurer_code, v.version_no, v.policyholder_code, v.period_start,
       v.period_end, v.sum_per_event, v.sum_aggregate
from contract_version v
where not exists (select 1 from contract_version later
                  where later.contract_id = v.contract_id and later.version_no > v.version_no);

create table section4_query (
    id             bigint generated always as identity primary key,
    asked_at       timestamptz not null default now(),
    insurer_code   varchar(8)  not null references insurer (registry_code),
    query          text        not null check (query in ('PROVIDER_REPORT', 'PROFILE_STATISTICS')),
    subject        text        not null,
    actor_username text        not null,
    actor_name     text        not null,
    actor_org_code varchar(8),
    channel        text        not null check (channel in ('PAGE', 'API')),
    client         text
);
create index section4_query_asked on section4_query (asked_at desc);
create index section4_query_insurer on section4_query (insurer_code, asked_at desc);
create trigger section4_query_immutable before update or delete on section4_query
    for each row execute function forbid_change();
alter table section4_query enable row level security;
alter table section4_query force row level security;
create policy section4_query_read on section4_query for select
    using (insurer_code = tokvs_insurer() or tokvs_insurer() = '*');
revoke insert, update, delete, truncate on section4_query from ${runtime_role};

-- Logs the question for the connection's acting insurer; refuses a connection acting for no insurer.
create function section4_log(p_query text, p_subject text, p_actor_username text, p_actor_name text,
                             p_actor_org_code varchar, p_channel text, p_client text) returns void
    language plpgsql as $$
declare
    v_insurer text := tokvs_insurer();
begin
    if v_insurer !~ '^[0-9]{8}$' or not exists (select 1 from insurer where registry_code = v_insurer) then
        raise exception 'a §4 query needs a connection acting for an insurer' using errcode = '42501';
    end if;
    insert into section4_query (insurer_code, query, subject, actor_username, actor_name, actor_org_code, channel, client)
    values (v_insurer, p_query, p_subject, p_actor_username, p_actor_name, p_actor_org_code, p_channel, p_client);
end $$;

-- The claim breakdowns both answers share (§4(4) p 2–6, §4(7) p 1–5), for the claims of the given contracts,
-- by the year of the incident: claims and insured events (summed from the next); by status, severity and open/closed;
-- by damage type, incident type and severity with paid compensation and reserves; by recovery type, incident type and
-- severity with received and outstanding recoveries. A claim counts once per type (its counts_claim row).
-- Like section4_log, it runs with its caller's rights: only the two functions below, as the query role, may call it.
create function section4_claim_breakdowns(p_contracts bigint[]) returns jsonb language sql stable
    set work_mem = '64MB' set jit = off as $$
    with statuses as (
        select extract(year from d.incident_date)::int as year, d.status, d.severity,
               count(*) filter (where not d.handling_finished) as open, count(*) filter (where d.handling_finished) as closed
        from dash_claim d
        where d.contract_id = any(p_contracts)
        group by 1, 2, 3),
    money as (
        select extract(year from m.incident_date)::int as year, m.measure in ('PAID', 'RESERVED') as damage, m.type,
               m.incident_type, m.severity, count(*) filter (where m.counts_claim) as claims,
               count(*) filter (where m.counts_claim and m.status = 'INSURED_EVENT') as insured,
               coalesce(sum(m.amount) filter (where m.measure in ('PAID', 'RECOVERED')), 0) as done,
               coalesce(sum(m.amount) filter (where m.measure in ('RESERVED', 'OUTSTANDING')), 0) as open
        from dash_claim_money m
        where m.contract_id = any(p_contracts)
        group by 1, 2, 3, 4, 5)
    select jsonb_build_object(
        'years', coalesce((
            select jsonb_agg(jsonb_build_object('year', year, 'claims', claims, 'insuredEvents', insured) order by year)
            from (select year, sum(open + closed) as claims,
                         coalesce(sum(open + closed) filter (where status = 'INSURED_EVENT'), 0) as insured
                  from statuses group by year) y), '[]'::jsonb),
        'byStatus', coalesce((
            select jsonb_agg(jsonb_build_object('year', year, 'status', status, 'severity', severity,
                                                'open', open, 'closed', closed) order by year, status, severity)
            from statuses), '[]'::jsonb),
        'byDamage', coalesce((
            select jsonb_agg(jsonb_build_object('year', year, 'damageType', type, 'incidentType', incident_type,
                                                'severity', severity, 'claims', claims, 'insuredEvents', insured,
                                                'paid', done, 'reserved', open)
                             order by year, type, incident_type, severity)
            from money where damage), '[]'::jsonb),
        'byRecovery', coalesce((
            select jsonb_agg(jsonb_build_object('year', year, 'recoveryType', type, 'incidentType', incident_type,
                                                'severity', severity, 'claims', claims, 'insuredEvents', insured,
                                                'received', done, 'outstanding', open)
                             order by year, type, incident_type, severity)
            from money where not damage), '[]'::jsonb))
$$;

-- §4(3),(4): a provider's risk report by its business-registry code.
create function section4_provider_report(p_registry_code varchar, p_actor_username text, p_actor_name text,
                                         p_actor_org_code varchar, p_channel text, p_client text) returns jsonb
    language plpgsql security definer set search_path = ${flyway:defaultSchema}, pg_temp as $$
declare
    v_contracts jsonb;
    v_ids bigint[];
begin
    if p_registry_code !~ '^[0-9]{8}$' then
        raise exception 'a business-registry code has 8 digits' using errcode = '22023';
    end if;
    perform section4_log('PROVIDER_REPORT', p_registry_code, p_actor_username, p_actor_name, p_actor_org_code,
                         p_channel, p_client);
    select array_agg(contract_id) into v_ids from dash_contract where policyholder_code = p_registry_code;
    with current_version as (
        select v.period_start, v.period_end, v.sum_per_event, v.sum_aggregate
        from current_contract_version v
        where v.contract_id = any(coalesce(v_ids, '{}')))
    select jsonb_build_object(
        'contracts', count(*),
        'firstPeriodStart', min(period_start),
        'lastPeriodEnd', max(period_end),
        'bySums', coalesce((select jsonb_agg(jsonb_build_object('sumPerEvent', sum_per_event, 'sumAggregate', sum_aggregate,
                                                                'contracts', n) order by sum_per_event, sum_aggregate)
                            from (select sum_per_event, sum_aggregate, count(*) as n from current_version
                                  group by 1, 2) s), '[]'::jsonb))
    into v_contracts
    from current_version;
    return jsonb_build_object(
        'registryCode', p_registry_code,
        'provider', (select jsonb_build_object('name', p.name, 'riskProfile', p.risk_profile, 'known', p.known)
                     from healthcare_provider p where p.registry_code = p_registry_code),
        'contracts', v_contracts,
        'claims', section4_claim_breakdowns(coalesce(v_ids, '{}')));
end $$;

-- §4(6),(7): statistics of a risk profile for premium rating. A provider's profile is the one Terviseamet keeps now.
create function section4_profile_statistics(p_risk_profile text, p_actor_username text, p_actor_name text,
                                            p_actor_org_code varchar, p_channel text, p_client text) returns jsonb
    language plpgsql security definer set search_path = ${flyway:defaultSchema}, pg_temp as $$
declare
    v_contract_years jsonb;
    v_ids bigint[];
begin
    if not exists (select 1 from code_list_entry where list = 'RISK_PROFILE' and code = p_risk_profile) then
        raise exception 'no such risk profile' using errcode = '22023';
    end if;
    perform section4_log('PROFILE_STATISTICS', p_risk_profile, p_actor_username, p_actor_name, p_actor_org_code,
                         p_channel, p_client);
    select array_agg(k.contract_id) into v_ids
    from dash_contract k join healthcare_provider p on p.registry_code = k.policyholder_code
    where p.risk_profile = p_risk_profile;
    select coalesce(jsonb_agg(jsonb_build_object('year', year, 'contracts', contracts, 'insuredDays', days)
                              order by year), '[]'::jsonb)
    into v_contract_years
    from (select extract(year from v.period_start)::int as year, count(*) as contracts,
                 sum(v.period_end - v.period_start + 1) as days
          from current_contract_version v
          where v.contract_id = any(coalesce(v_ids, '{}'))
          group by 1) y;
    return jsonb_build_object('riskProfile', p_risk_profile, 'contractYears', v_contract_years,
                              'claims', section4_claim_breakdowns(coalesce(v_ids, '{}')));
end $$;

-- The functions belong to the query role, which reads what they read and writes only the log. Owning a function
-- needs CREATE on its schema; the role cannot log in, and only the schema's owner may become it.
grant usage, create on schema ${flyway:defaultSchema} to ${query_role};
grant select on insurer, healthcare_provider, code_list_entry, contract_version, current_contract_version, dash_contract,
    dash_claim, dash_claim_money to ${query_role};
grant insert on section4_query to ${query_role};
grant usage on sequence section4_query_id_seq to ${query_role};
alter function section4_log(text, text, text, text, varchar, text, text) owner to ${query_role};
alter function section4_claim_breakdowns(bigint[]) owner to ${query_role};
alter function section4_provider_report(varchar, text, text, varchar, text, text) owner to ${query_role};
alter function section4_profile_statistics(text, text, text, varchar, text, text) owner to ${query_role};
revoke execute on function section4_log(text, text, text, text, varchar, text, text) from public;
revoke execute on function section4_claim_breakdowns(bigint[]) from public;
revoke execute on function section4_provider_report(varchar, text, text, varchar, text, text) from public;
revoke execute on function section4_profile_statistics(text, text, text, varchar, text, text) from public;
grant execute on function section4_provider_report(varchar, text, text, varchar, text, text) to ${runtime_role};
grant execute on function section4_profile_statistics(text, text, text, varchar, text, text) to ${runtime_role};
