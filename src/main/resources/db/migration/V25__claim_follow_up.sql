-- The work that reminds (issue #18): a claims handler's follow-up date (diary date) with a short note on a claim, the
-- opt-ins to the worklist's morning e-mail, and the log of the mornings mailed. The insurer's own work, not a
-- submission to Terviseamet: no submission event and no deadline, but every change of a follow-up is audited
-- (reference_change, as mandates are). All three are the insurer's rows, under the same row-level security as the
-- register (V2, V9_1); the runtime role's rights come from V15's default privileges.

-- At most one follow-up per claim; clearing it deletes the row (the audit keeps what it was).
create table claim_follow_up (
    claim_id     bigint      primary key,
    insurer_code varchar(8)  not null,
    follow_up_on date        not null,
    note         text        check (length(note) <= 200),
    set_by       text        not null,
    set_at       timestamptz not null default now(),
    foreign key (insurer_code, claim_id) references claim (insurer_code, id)
);
create index claim_follow_up_day on claim_follow_up (insurer_code, follow_up_on);

-- A staff member who wants the worklist by e-mail every morning, for the insurer they opted in for, in their language.
-- The address is the one their login (the token's email claim) had when they opted in.
create table worklist_subscription (
    insurer_code varchar(8)  not null references insurer (registry_code),
    username     text        not null,
    display_name text        not null,
    role         text        not null check (role in ('INSURER_STAFF', 'INSURER_ADMIN')),
    org_alias    text        not null,
    email        text        not null check (email ~ '^[^@\s]+@[^@\s]+$'),
    language     text        not null check (language in ('et', 'en')),
    created_at   timestamptz not null default now(),
    primary key (insurer_code, username)
);

-- One row per person and morning, written in the same transaction that sends the mail (worklist/WorklistMail): a
-- second instance, or a second run the same day, waits on the row's key and then finds it taken, so nobody gets two
-- mails a day; a run that crashed mid-way leaves the rest unmarked and the next run mails only them. mailed is false
-- when the worklist was empty and nothing went out.
create table worklist_mail_sent (
    insurer_code varchar(8)  not null,
    username     text        not null,
    day          date        not null,
    mailed       boolean     not null,
    sent_at      timestamptz not null default now(),
    primary key (insurer_code, username, day)
);

do $$
declare
    t text;
begin
    foreach t in array array['claim_follow_up', 'worklist_subscription', 'worklist_mail_sent'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I for select using (insurer_code = tokvs_insurer() or tokvs_insurer() = ''*'')',
                       t || '_read', t);
        execute format('create policy %I on %I for insert with check (insurer_code = tokvs_insurer() and insurer_code ~ ''^[0-9]{8}$'')',
                       t || '_insert', t);
        execute format('create policy %I on %I for update using (insurer_code = tokvs_insurer()) with check (insurer_code = tokvs_insurer() and insurer_code ~ ''^[0-9]{8}$'')',
                       t || '_update', t);
        execute format('create policy %I on %I for delete using (insurer_code = tokvs_insurer())', t || '_delete', t);
    end loop;
end $$;

-- As V15: the runtime role reads and writes the rows (also where the default privileges were set up by another role).
grant select, insert, update, delete on claim_follow_up, worklist_subscription, worklist_mail_sent to ${runtime_role};
