-- Changes to Terviseamet's reference data (code lists, providers, insurers): who, when, what, before and after.
create table reference_change (
    id             bigint generated always as identity primary key,
    subject        text        not null,
    subject_key    text        not null,
    action         text        not null,
    actor_username text        not null,
    actor_name     text        not null,
    changed_at     timestamptz not null default now(),
    changes        jsonb       not null
);
create index reference_change_subject on reference_change (subject, subject_key, changed_at);
create trigger reference_change_immutable before update or delete on reference_change
    for each row execute function forbid_change();
