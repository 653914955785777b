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

create index dash_contract_policyholder on dash_contract (policyholder_code);

-- A contract's current version (V11) with its insured sums: the one definition the answers read.
create or replace view current_contract_version with (security_invoker = true) as
select v.contract_id, v.id as version_id, v.insurer_code, v.version_no, v.policyholder_code, v.period_start,
       v.period_end, v.sum_per_event, v.sum_aggregate
from contract_version v
where not exists (select 1 from contract_version later
                  where later.contract_id = v.contract_id and later.version_no > v.version_no);
create index dash_claim_contract on dash_claim (contract_id);

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
-- by the year of the incident: claims and insured events; by status, severity and open/closed; by damage type,
-- incident type and severity with paid compensation and reserves; by recovery type, incident type and severity
-- with received and outstanding recoveries.
-- Like section4_log, it runs with its caller's rights: only the two functions below, as the query role, may call it.
create function section4_claim_breakdowns(p_contracts bigint[]) returns jsonb language sql stable as $$
    with claims as materialized (
        select d.id, extract(year from d.incident_date)::int as year, d.status, d.severity, d.incident_type,
               d.handling_finished, d.status = 'INSURED_EVENT' as insured
        from dash_claim d
        join unnest(p_contracts) k(contract_id) on k.contract_id = d.contract_id),
    -- one row per claim and damage or recovery type: what was paid (received) and what is reserved (outstanding)
    per_type as (
        select c.year, c.insured, c.incident_type, c.severity, m.claim_id, m.measure in ('PAID', 'RESERVED') as damage,
               m.type, sum(m.amount) filter (where m.measure in ('PAID', 'RECOVERED')) as done,
               sum(m.amount) filter (where m.measure in ('RESERVED', 'OUTSTANDING')) as open
        from dash_claim_money m
        join claims c on c.id = m.claim_id
        group by c.year, c.insured, c.incident_type, c.severity, m.claim_id, damage, m.type)
    select jsonb_build_object(
        'years', coalesce((
            select jsonb_agg(jsonb_build_object('year', year, 'claims', claims, 'insuredEvents', insured) order by year)
            from (select year, count(*) as claims, count(*) filter (where insured) as insured
                  from claims group by year) y), '[]'::jsonb),
        'byStatus', coalesce((
            select jsonb_agg(jsonb_build_object('year', year, 'status', status, 'severity', severity,
                                                'open', open, 'closed', closed) order by year, status, severity)
            from (select year, status, severity, count(*) filter (where not handling_finished) as open,
                         count(*) filter (where handling_finished) as closed
                  from claims group by year, status, severity) s), '[]'::jsonb),
        'byDamage', coalesce((
            select jsonb_agg(jsonb_build_object('year', year, 'damageType', type, 'incidentType', incident_type,
                                                'severity', severity, 'claims', claims, 'insuredEvents', insured,
                                                'paid', paid, 'reserved', reserved)
                             order by year, type, incident_type, severity)
            from (select year, type, incident_type, severity, count(*) as claims, count(*) filter (where insured) as insured,
                         coalesce(sum(done), 0) as paid, coalesce(sum(open), 0) as reserved
                  from per_type where damage group by 1, 2, 3, 4) d), '[]'::jsonb),
        'byRecovery', coalesce((
            select jsonb_agg(jsonb_build_object('year', year, 'recoveryType', type, 'incidentType', incident_type,
                                                'severity', severity, 'claims', claims, 'insuredEvents', insured,
                                                'received', received, 'outstanding', outstanding)
                             order by year, type, incident_type, severity)
            from (select year, type, incident_type, severity, count(*) as claims, count(*) filter (where insured) as insured,
                         coalesce(sum(done), 0) as received, coalesce(sum(open), 0) as outstanding
                  from per_type where not damage group by 1, 2, 3, 4) r), '[]'::jsonb))
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
