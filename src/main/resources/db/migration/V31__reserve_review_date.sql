-- The insurer's worklist names the open claims whose latest standing reserve was set long ago (worklist/Worklists):
-- read from every open claim's reserves at each view of the home page, it was that page's largest read (some 20 ms
-- at 20,000 claims, and growing with the register). dash_claim keeps the day of each claim's latest standing reserve
-- instead, beside has_reserve and from the same refresh (R__dashboard_summaries.sql), so that the list is the first
-- rows of one index. has_reserve stays: it is the cube's, and equals "reserve_set_on is not null".
alter table dash_claim add column reserve_set_on date;

create index dash_claim_reserve_review on dash_claim (insurer_code, reserve_set_on)
    where not handling_finished and reserve_set_on is not null;

-- Fill it insurer by insurer (row-level security binds the owner too). The day is no cell of the cube, so the
-- cube's trigger has nothing to move and stays off meanwhile.
alter table dash_claim disable trigger dash_claim_cube_updated;
do $$
declare
    code text;
begin
    for code in select registry_code from insurer loop
        perform set_config('tokvs.insurer', code, true);
        update dash_claim d set reserve_set_on = r.set_on
        from (select claim_id, max(set_on) as set_on from standing_reserve group by claim_id) r
        where r.claim_id = d.id;
    end loop;
    perform set_config('tokvs.insurer', '', true);
end $$;
alter table dash_claim enable trigger dash_claim_cube_updated;
