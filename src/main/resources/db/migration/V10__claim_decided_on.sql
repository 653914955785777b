-- The decision date: the business date of the first submission that set the status to insured or not. Until
-- now V8 found it by matching the audit JSON; from now on ClaimService (and the demo generator) records it on
-- the claim. Filled here from the audit events exactly as V8 computed it, insurer by insurer (row-level security
-- applies to this migration's role too); the claims' summary trigger refreshes dash_claim as it goes.
alter table claim add column decided_on date;

do $$
declare
    code text;
begin
    for code in select registry_code from insurer loop
        perform set_config('tokvs.insurer', code, true);
        update claim c set decided_on = d.decided_on
        from (select e.record_id, min(e.business_date) as decided_on from submission_event e
              where e.record_type = 'CLAIM'
                and (e.changes @> '[{"field": "status", "after": "INSURED_EVENT"}]'
                     or e.changes @> '[{"field": "status", "after": "NOT_INSURED_EVENT"}]')
              group by e.record_id) d
        where d.record_id = c.id;
    end loop;
    perform set_config('tokvs.insurer', '', true);
end $$;
