-- A write through the API, kept by its Idempotency-Key: a retry with the same key and the same body gets the
-- first answer again and writes nothing; the same key with another body is refused. Only writes that were
-- saved are kept (a refusal wrote nothing, so the corrected call may reuse its key). Kept 30 days.
create table api_call (
    insurer_code    varchar(8)  not null references insurer (registry_code),
    idempotency_key text        not null check (length(idempotency_key) between 1 and 255),
    request_sha256  varchar(64) not null,
    operation       text        not null,
    client          text        not null,
    xroad_id        text,
    status          int         not null,
    response        text        not null,
    created_at      timestamptz not null default now(),
    primary key (insurer_code, idempotency_key)
);
create index api_call_created on api_call (created_at);

alter table api_call enable row level security;
alter table api_call force row level security;
create policy api_call_read on api_call for select using (insurer_code = tokvs_insurer() or tokvs_insurer() = '*');
create policy api_call_insert on api_call for insert
    with check (insurer_code = tokvs_insurer() and insurer_code ~ '^[0-9]{8}$');
create policy api_call_delete on api_call for delete using (insurer_code = tokvs_insurer());
-- A kept answer is never changed: an update (even of the caller's own row) is refused outright.
create policy api_call_update on api_call for update using (insurer_code = tokvs_insurer())
    with check (insurer_code = tokvs_insurer() and insurer_code ~ '^[0-9]{8}$');
create trigger api_call_immutable before update on api_call for each row execute function forbid_change();
