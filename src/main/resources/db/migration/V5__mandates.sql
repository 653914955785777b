-- Mandates (volitused, §3(2)): an insurer names a representative company to submit data, query risk
-- data, or both, for a period. Mandates are business data; Keycloak only says which company a person
-- belongs to. Revoking or ending a mandate early keeps the row, so the history stays.
create table mandate (
    id                  bigint generated always as identity primary key,
    insurer_code        varchar(8)  not null references insurer (registry_code),
    representative_code varchar(8)  not null references representative_company (registry_code),
    may_submit          boolean     not null,
    may_query           boolean     not null,
    valid_from          date        not null,
    valid_to            date,
    revoked_at          timestamptz,
    granted_by          text        not null,
    granted_at          timestamptz not null default now(),
    ended_by            text,
    lock_version        int         not null default 0,
    check (may_submit or may_query),
    check (valid_to is null or valid_to >= valid_from)
);
create index mandate_representative on mandate (representative_code, valid_from);
create index mandate_insurer on mandate (insurer_code, valid_from);

-- Like the register: an insurer's admin sees and changes only its own mandates; Terviseamet reads all.
-- A representative's own mandates are looked up by the access layer on a read-all connection.
alter table mandate enable row level security;
alter table mandate force row level security;
create policy mandate_read on mandate for select using (insurer_code = tokvs_insurer() or tokvs_insurer() = '*');
create policy mandate_insert on mandate for insert with check (insurer_code = tokvs_insurer());
create policy mandate_update on mandate for update using (insurer_code = tokvs_insurer()) with check (insurer_code = tokvs_insurer());
