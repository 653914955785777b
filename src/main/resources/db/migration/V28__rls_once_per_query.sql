-- Row-level security read once per query, not once per row (issue #19, the load bench's claim pages).
-- tokvs_insurer() is an inlinable SQL function over current_setting(): called in a policy as it stands, PostgreSQL
-- evaluates it for every row a scan reads, twice in the read policies. Inside a scalar subquery it becomes an
-- InitPlan, evaluated once per query and then compared as a parameter. The policies mean exactly what they meant;
-- the cube's policies (V17, V20) were written this way already. New policies are to be written this way too
-- (EveryTenantTableTest checks it).
do $$
declare
    p record;
    once constant text := '(select tokvs_insurer())';
begin
    for p in select tablename, policyname, qual, with_check from pg_policies where schemaname = current_schema() loop
        if p.qual is not null and p.qual like '%tokvs_insurer()%' and p.qual not like '%SELECT tokvs_insurer()%' then
            execute format('alter policy %I on %I using (%s)', p.policyname, p.tablename,
                           replace(p.qual, 'tokvs_insurer()', once));
        end if;
        if p.with_check is not null and p.with_check like '%tokvs_insurer()%'
                and p.with_check not like '%SELECT tokvs_insurer()%' then
            execute format('alter policy %I on %I with check (%s)', p.policyname, p.tablename,
                           replace(p.with_check, 'tokvs_insurer()', once));
        end if;
    end loop;
end $$;
