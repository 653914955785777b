-- Corrections of money rows (issue #18, part 4). A payout, recovery, reserve or outstanding recovery entered wrongly is
-- never changed or deleted: a reversal row is added, linked to the original (reverses_id) with a reason, holding the
-- original's date and type and its amount with the opposite sign. Sums of payouts and recoveries are then net by
-- themselves; a reserve (an outstanding recovery) that is reversed is no estimate any more, so the current one per type
-- is the latest original not reversed (R__dashboard_summaries.sql, ClaimTotals, TriangleQueries).
-- The sign rules hold for originals only; a reversal has the opposite sign of an original. An original is reversed at
-- most once (the unique index). The trigger checks a reversal against its original, read under the row-level security
-- of the writer, so an original of another insurer or another claim is as absent as none; it fires only for reversals.
create function money_reversal_check() returns trigger language plpgsql as $$
declare
    original record;
begin
    execute format('select claim_id, reverses_id, amount, %I as on_date, %I as type from %I where id = $1',
                   tg_argv[0], tg_argv[1], tg_table_name)
        into original using new.reverses_id;
    if original is null or original.claim_id <> new.claim_id then
        raise exception 'a reversal of % % names no original of its claim', tg_table_name, new.reverses_id
            using errcode = 'foreign_key_violation';
    end if;
    if original.reverses_id is not null or original.amount <> -new.amount
       or original.on_date <> (to_jsonb(new) ->> tg_argv[0])::date or original.type <> to_jsonb(new) ->> tg_argv[1] then
        raise exception 'a reversal of % % must be its original with the opposite sign', tg_table_name, new.reverses_id
            using errcode = 'check_violation';
    end if;
    return new;
end $$;

do $$
declare
    t record;
begin
    for t in select * from (values ('payout', 'paid_on', 'damage_type', 'amount > 0'),
                                   ('recovery', 'received_on', 'recovery_type', 'amount < 0'),
                                   ('reserve', 'set_on', 'damage_type', 'amount >= 0'),
                                   ('outstanding_recovery', 'set_on', 'recovery_type', 'amount >= 0'))
                          as m(name, date_column, type_column, original_sign) loop
        execute format('alter table %I add column reverses_id bigint references %I (id),'
                       ' add column correction_reason text', t.name, t.name);
        execute format('alter table %I drop constraint %I', t.name, t.name || '_amount_check');
        execute format('alter table %I add constraint %I check (case when reverses_id is null then %s'
                       ' else not (%s) or amount = 0 end)', t.name, t.name || '_amount_check', t.original_sign,
                       t.original_sign);
        execute format('alter table %I add constraint %I check ((reverses_id is null) = (correction_reason is null)'
                       ' and (correction_reason is null or length(btrim(correction_reason)) > 0))',
                       t.name, t.name || '_reversal_has_reason');
        execute format('create unique index %I on %I (reverses_id) where reverses_id is not null',
                       t.name || '_reverses', t.name);
        execute format('create trigger %I before insert on %I for each row when (new.reverses_id is not null)'
                       ' execute function money_reversal_check(%L, %L)', t.name || '_reversal_check', t.name,
                       t.date_column, t.type_column);
    end loop;
end $$;
