-- The register (§2 of the report regulation): contracts with immutable versions, claims with their
-- payouts, recoveries, reserves and outstanding recoveries, and the submission events that audit every
-- change. Every insurer-owned row carries insurer_code, enforced by row-level security below.

create table code_list_entry (
    list        text not null,
    code        text not null check (code ~ '^[A-Z0-9_]+$'),
    parent_code text,
    label_et    text not null,
    label_en    text not null,
    sort_order  int  not null,
    retired_on  date,
    primary key (list, code)
);

-- Healthcare providers (policyholders). Terviseamet keeps them; an unknown code entered with a contract
-- is recorded with known = false and waits for Terviseamet to complete it.
create table healthcare_provider (
    registry_code varchar(8)  primary key check (registry_code ~ '^[0-9]{8}$'),
    name          text,
    risk_profile  text,
    known         boolean     not null default true,
    created_at    timestamptz not null default now(),
    check (not known or (name is not null and risk_profile is not null))
);

create table contract (
    id              bigint generated always as identity primary key,
    insurer_code    varchar(8)  not null references insurer (registry_code),
    contract_number text        not null check (length(trim(contract_number)) > 0),
    lock_version    int         not null default 0,
    created_at      timestamptz not null default now(),
    unique (insurer_code, contract_number),
    unique (insurer_code, id)
);

-- kindlustuslepingu versioon: one immutable row per conclusion, amendment or extension
create table contract_version (
    id                bigint generated always as identity primary key,
    contract_id       bigint        not null,
    insurer_code      varchar(8)    not null,
    version_no        int           not null check (version_no > 0),
    change_kind       text          not null check (change_kind in ('CONCLUSION', 'AMENDMENT', 'EXTENSION')),
    change_date       date          not null,
    policyholder_code varchar(8)    not null references healthcare_provider (registry_code),
    period_start      date          not null,
    period_end        date          not null,
    sum_per_event     numeric(14,2) not null check (sum_per_event > 0),
    sum_aggregate     numeric(14,2) not null check (sum_aggregate > 0),
    recorded_at       timestamptz   not null default now(),
    check (period_end >= period_start),
    unique (contract_id, version_no),
    foreign key (insurer_code, contract_id) references contract (insurer_code, id)
);
create index contract_version_policyholder on contract_version (policyholder_code);

create function forbid_change() returns trigger language plpgsql as $$
begin
    raise exception '% rows are immutable', tg_table_name;
end $$;
create trigger contract_version_immutable before update or delete on contract_version
    for each row execute function forbid_change();

-- kahjunõue
create table claim (
    id                    bigint generated always as identity primary key,
    insurer_code          varchar(8)  not null references insurer (registry_code),
    claim_number          text        not null check (length(trim(claim_number)) > 0),
    contract_id           bigint      not null,
    received_date         date        not null,
    incident_number       text        not null check (length(trim(incident_number)) > 0),
    incident_date         date        not null,
    status                text        not null,
    incident_type         text        not null,
    severity              text        not null,
    specialty             text,
    additional_competence text,
    handling_finished     boolean     not null default false,
    finished_date         date,
    lock_version          int         not null default 0,
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now(),
    unique (insurer_code, claim_number),
    unique (insurer_code, id),
    foreign key (insurer_code, contract_id) references contract (insurer_code, id),
    check ((handling_finished and finished_date is not null) or (not handling_finished and finished_date is null))
);
create index claim_contract on claim (contract_id);
create index claim_incident on claim (insurer_code, incident_number);
create index claim_received on claim (insurer_code, received_date);

-- väljamaksed: positive amounts
create table payout (
    id                    bigint generated always as identity primary key,
    claim_id              bigint        not null,
    insurer_code          varchar(8)    not null,
    paid_on               date          not null,
    damage_type           text          not null,
    amount                numeric(14,2) not null check (amount > 0),
    general_reduction_pct numeric(5,2)  check (general_reduction_pct between 0 and 100),
    event_reduction_pct   numeric(5,2)  check (event_reduction_pct between 0 and 100),
    recorded_at           timestamptz   not null default now(),
    foreign key (insurer_code, claim_id) references claim (insurer_code, id)
);
create index payout_claim on payout (claim_id);

-- laekunud tagasinõuded: recorded with a minus sign
create table recovery (
    id            bigint generated always as identity primary key,
    claim_id      bigint        not null,
    insurer_code  varchar(8)    not null,
    received_on   date          not null,
    recovery_type text          not null,
    amount        numeric(14,2) not null check (amount < 0),
    recorded_at   timestamptz   not null default now(),
    foreign key (insurer_code, claim_id) references claim (insurer_code, id)
);
create index recovery_claim on recovery (claim_id);

-- rahuldamata nõuete eraldised: each row is an estimate set on a date; the latest per damage type is current
create table reserve (
    id           bigint generated always as identity primary key,
    claim_id     bigint        not null,
    insurer_code varchar(8)    not null,
    damage_type  text          not null,
    amount       numeric(14,2) not null check (amount >= 0),
    set_on       date          not null,
    recorded_at  timestamptz   not null default now(),
    foreign key (insurer_code, claim_id) references claim (insurer_code, id)
);
create index reserve_claim on reserve (claim_id, damage_type, set_on desc, id desc);

-- laekumata tagasinõuded: the latest per recovery type is current
create table outstanding_recovery (
    id            bigint generated always as identity primary key,
    claim_id      bigint        not null,
    insurer_code  varchar(8)    not null,
    recovery_type text          not null,
    amount        numeric(14,2) not null check (amount >= 0),
    set_on        date          not null,
    recorded_at   timestamptz   not null default now(),
    foreign key (insurer_code, claim_id) references claim (insurer_code, id)
);
create index outstanding_recovery_claim on outstanding_recovery (claim_id, recovery_type, set_on desc, id desc);

-- Every create and change: who, acting for whom, when, what changed, and whether it met the deadline.
create table submission_event (
    id              bigint generated always as identity primary key,
    insurer_code    varchar(8)  not null references insurer (registry_code),
    record_type     text        not null check (record_type in ('CONTRACT', 'CLAIM')),
    record_id       bigint      not null,
    record_label    text        not null,
    action          text        not null,
    actor_username  text        not null,
    actor_name      text        not null,
    actor_org_code  varchar(8),
    business_date   date        not null,
    deadline        date        not null,
    submitted_at    timestamptz not null default now(),
    late            boolean     not null,
    changes         jsonb       not null
);
create index submission_event_record on submission_event (record_type, record_id, submitted_at);
create index submission_event_insurer on submission_event (insurer_code, submitted_at);
create trigger submission_event_immutable before update or delete on submission_event
    for each row execute function forbid_change();

-- Row-level security. The portal sets tokvs.insurer on every connection it takes from the pool: an
-- insurer's registry code, '*' for Terviseamet's read-only view across insurers, or '' for nobody.
-- FORCE makes the policies apply to the tables' owner too, which is the portal's own role.
create function tokvs_insurer() returns text language sql stable as $$
    select coalesce(current_setting('tokvs.insurer', true), '')
$$;

do $$
declare
    t text;
begin
    foreach t in array array['contract', 'contract_version', 'claim', 'payout', 'recovery', 'reserve',
                             'outstanding_recovery', 'submission_event'] loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I for select using (insurer_code = tokvs_insurer() or tokvs_insurer() = ''*'')',
                       t || '_read', t);
        execute format('create policy %I on %I for insert with check (insurer_code = tokvs_insurer())', t || '_insert', t);
        execute format('create policy %I on %I for update using (insurer_code = tokvs_insurer()) with check (insurer_code = tokvs_insurer())',
                       t || '_update', t);
        execute format('create policy %I on %I for delete using (insurer_code = tokvs_insurer())', t || '_delete', t);
    end loop;
end $$;
