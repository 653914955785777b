-- Writing needs an insurer. The write policies of V2–V8 check only insurer_code = tokvs_insurer(), so a
-- connection whose setting names no insurer could write rows labelled with that setting: Terviseamet's '*'
-- rows labelled '*', a connection acting for nobody ('' or never set) rows labelled ''. Foreign keys to
-- insurer and to the register happened to refuse most of them, but dash_submission_day, dash_claim_money
-- and upload_problem took them, and Terviseamet's figures read them (EveryTenantTableTest found it).
-- Now the row-level security itself refuses them: a row is written only under an insurer's registry code.
-- Every insert and update policy on a table with insurer_code is changed, found in the catalogue.
do $$
declare
    p record;
begin
    for p in select pol.policyname, pol.tablename
             from pg_policies pol
             join pg_attribute a on a.attrelid = format('%I.%I', pol.schemaname, pol.tablename)::regclass
                                and a.attname = 'insurer_code' and not a.attisdropped
             where pol.schemaname = current_schema() and pol.cmd in ('INSERT', 'UPDATE', 'ALL') loop
        execute format('alter policy %I on %I with check (insurer_code = tokvs_insurer() and insurer_code ~ ''^[0-9]{8}$'')',
                       p.policyname, p.tablename);
    end loop;
end $$;
