-- The money section's default view (every claim, by damage and recovery type) read the whole money cube: about
-- 560,000 cells per date basis for a million claims, most of them inside a three-year period, 360-390 ms a request
-- (./portal bench dashboards). Its figures need only the month, the insurer, the measure and the type, so they are
-- kept at that grain too: some thousands of rows, read whenever the filter chooses nothing but insurers
-- (dashboard/CubeSlices.money). Kept by the same trigger function as the cube, with the same writer rows, fold and
-- row-level security (V17).
create table dash_cube_money_type (
    basis         char(1)       not null check (basis in ('I', 'R')),
    month         date          not null,
    insurer_code  varchar(8)    not null,
    measure       text          not null,
    type          text          not null,
    writer        bigint        not null,
    amount        numeric(16,2) not null,
    money_rows    int           not null,
    primary key (basis, month, insurer_code, measure, type, writer)
) partition by list (basis);
create table dash_cube_money_type_incident partition of dash_cube_money_type for values in ('I');
create table dash_cube_money_type_received partition of dash_cube_money_type for values in ('R');
create index dash_cube_money_type_writer on dash_cube_money_type (writer);

-- Row-level security as every table with an insurer's rows has it (V17): the insurer's own rows, or all of them for
-- Terviseamet's reads (the acting insurer read once per query); writing needs an insurer. The partitions too: a
-- partition read by its own name holds to the same policies. Later tables of the dashboards call it as well.
create function dash_tenant_policies(tables text[]) returns void language plpgsql as $$
declare
    t text;
begin
    foreach t in array tables loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I for select using ((select tokvs_insurer()) = ''*'' or insurer_code = (select tokvs_insurer()))',
                       t || '_read', t);
        execute format('create policy %I on %I for insert with check (insurer_code = tokvs_insurer() and insurer_code ~ ''^[0-9]{8}$'')',
                       t || '_insert', t);
        execute format('create policy %I on %I for update using (insurer_code = tokvs_insurer())'
                       ' with check (insurer_code = tokvs_insurer() and insurer_code ~ ''^[0-9]{8}$'')', t || '_update', t);
        execute format('create policy %I on %I for delete using (insurer_code = tokvs_insurer())', t || '_delete', t);
    end loop;
end $$;
revoke execute on function dash_tenant_policies(text[]) from public;
select dash_tenant_policies(array['dash_cube_money_type', 'dash_cube_money_type_incident', 'dash_cube_money_type_received']);

-- The functions that keep it (dash_cube_money, dash_cube_compact) are R__dashboard_cube.sql's.

-- Fill from the money cube as it stands, insurer by insurer (row-level security is forced on the owner too).
do $$
declare
    code text;
begin
    for code in select registry_code from insurer loop
        perform set_config('tokvs.insurer', code, true);
        insert into dash_cube_money_type (basis, month, insurer_code, measure, type, writer, amount, money_rows)
        select basis, month, insurer_code, measure, type, 0, sum(amount), sum(money_rows)
        from dash_cube_money group by 1, 2, 3, 4, 5 having sum(amount) <> 0 or sum(money_rows) <> 0;
    end loop;
    perform set_config('tokvs.insurer', '', true);
end $$;
