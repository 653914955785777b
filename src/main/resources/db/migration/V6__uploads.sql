-- Uploads of contracts and claims (CSV or XLSX). An upload is all or nothing: its rows go through the
-- same services and rules as the forms inside one transaction; the upload row and its problems are
-- written in transactions of their own, so a refused file still leaves its report.
create table upload (
    id              bigint generated always as identity primary key,
    insurer_code    varchar(8)  not null references insurer (registry_code),
    kind            text        not null check (kind in ('CONTRACTS', 'CLAIMS')),
    file_name       text        not null,
    file_size       bigint      not null,
    file_sha256     varchar(64) not null,
    accept_warnings boolean     not null,
    status          text        not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'REFUSED', 'FAILED')),
    uploaded_by     text        not null,
    uploaded_by_name text       not null,
    actor_org_code  varchar(8),
    uploaded_at     timestamptz not null default now(),
    finished_at     timestamptz,
    rows_total      int         not null default 0,
    rows_created    int         not null default 0,
    rows_changed    int         not null default 0,
    rows_unchanged  int         not null default 0,
    errors          int         not null default 0,
    warnings        int         not null default 0,
    lock_version    int         not null default 0
);
create index upload_insurer_time on upload (insurer_code, uploaded_at desc);
create index upload_insurer_sha on upload (insurer_code, file_sha256);

-- One problem of an upload: a row (null for the file as a whole), the column as the file named it, the
-- value found, and the message as a bundle key with arguments, so each reader sees it in their language.
create table upload_problem (
    id           bigint generated always as identity primary key,
    upload_id    bigint      not null references upload (id) on delete cascade,
    insurer_code varchar(8)  not null,
    row_number   int,
    column_name  text,
    cell_value   text,
    level        text        not null check (level in ('ERROR', 'WARNING')),
    message_key  text        not null,
    message_args text        not null default ''
);
create index upload_problem_upload on upload_problem (upload_id, id);

do $$
declare
    t text;
begin
    foreach t in array array['upload', 'upload_problem'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I for select using (insurer_code = tokvs_insurer() or tokvs_insurer() = ''*'')',
                t || '_read', t);
        execute format('create policy %I on %I for insert with check (insurer_code = tokvs_insurer())', t || '_insert', t);
        execute format('create policy %I on %I for update using (insurer_code = tokvs_insurer()) with check (insurer_code = tokvs_insurer())',
                t || '_update', t);
    end loop;
end
$$;
