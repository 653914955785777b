-- Several instances of the portal on one database (issue #19): how far a running upload is, where every instance
-- reads it. The instance running the upload's job writes its row when the upload is accepted (in the same
-- transaction), as its rows are judged (at most about once a second) and every few seconds as a heartbeat; a page
-- served by any instance shows it. An upload still queued or running whose heartbeat has gone silent lost its
-- instance (a crash, a kill): another instance's sweep ends it as failed (upload/UploadRecords.interrupted). Its
-- data was never half-written: an upload is one transaction, which died with its connection.
create table upload_progress (
    upload_id    bigint      primary key references upload (id) on delete cascade,
    insurer_code varchar(8)  not null references insurer (registry_code),
    rows_done    int         not null default 0,
    rows_total   int         not null default 0,
    writing      boolean     not null default false,
    heartbeat_at timestamptz not null default now()
);

alter table upload_progress enable row level security;
alter table upload_progress force row level security;
create policy upload_progress_read on upload_progress for select
    using (insurer_code = tokvs_insurer() or tokvs_insurer() = '*');
create policy upload_progress_insert on upload_progress for insert
    with check (insurer_code = tokvs_insurer() and insurer_code ~ '^[0-9]{8}$');
create policy upload_progress_update on upload_progress for update
    using (insurer_code = tokvs_insurer()) with check (insurer_code = tokvs_insurer() and insurer_code ~ '^[0-9]{8}$');
create policy upload_progress_delete on upload_progress for delete using (insurer_code = tokvs_insurer());

grant select, insert, update, delete on upload_progress to ${runtime_role};
