-- The estimates that stand (V24): reserves and outstanding recoveries that are originals and not reversed. A reserve
-- corrected away and its reversal are no estimate; the latest standing one per type is the current estimate. One
-- definition for every reader (the dashboards' summaries in R__dashboard_summaries.sql, the development triangles, the
-- worklist's reserve reviews). security_invoker: the reader's row-level security applies, as on the tables.
create view standing_reserve with (security_invoker = true) as
    select r.* from reserve r
    where r.reverses_id is null and not exists (select 1 from reserve x where x.reverses_id = r.id);

create view standing_outstanding_recovery with (security_invoker = true) as
    select o.* from outstanding_recovery o
    where o.reverses_id is null and not exists (select 1 from outstanding_recovery x where x.reverses_id = o.id);

grant select on standing_reserve, standing_outstanding_recovery to ${runtime_role};
