-- The portal no longer runs as the schema's owner (docs/deployment.md, "Database roles"). The owner runs these
-- migrations; the runtime role ${runtime_role} reads and writes rows and owns nothing, so it can neither switch
-- row-level security off, nor change a policy, a trigger or a function: the only ways across insurers are the
-- ones the owner defines (V16, the §4 query functions). Tables made by later migrations get the same rights.
-- With the runtime role being the owner itself (an older set-up), every statement here changes nothing.
grant usage on schema ${flyway:defaultSchema} to ${runtime_role};
grant select, insert, update, delete on all tables in schema ${flyway:defaultSchema} to ${runtime_role};
grant usage, select on all sequences in schema ${flyway:defaultSchema} to ${runtime_role};
alter default privileges in schema ${flyway:defaultSchema} grant select, insert, update, delete on tables to ${runtime_role};
alter default privileges in schema ${flyway:defaultSchema} grant usage, select on sequences to ${runtime_role};
-- Flyway's own history is the owner's business.
revoke all on table ${flyway:table} from ${runtime_role};

-- Fresh statistics after a bulk load (the demo generator) need the owner: ANALYZE skips another role's tables.
create function analyze_register() returns void language plpgsql security definer
    set search_path = ${flyway:defaultSchema}, pg_temp as $$
begin
    analyze healthcare_provider, contract, contract_version, claim, payout, recovery, reserve, outstanding_recovery,
            submission_event, dash_contract, dash_claim, dash_claim_money, dash_submission_day;
end $$;
revoke execute on function analyze_register() from public;
grant execute on function analyze_register() to ${runtime_role};
