-- Reference data kept by Terviseamet: the insurers (the tenants) and the representative companies
-- (volitatud isikud) that insurers may name. Both are keyed by their business-registry code.
create table insurer (
    id             bigint generated always as identity primary key,
    registry_code  varchar(8)  not null unique check (registry_code ~ '^[0-9]{8}$'),
    name           text        not null check (length(trim(name)) > 0),
    licence_status text        not null default 'ACTIVE' check (licence_status in ('ACTIVE', 'SUSPENDED', 'REVOKED')),
    created_at     timestamptz not null default now()
);

create table representative_company (
    id            bigint generated always as identity primary key,
    registry_code varchar(8)  not null unique check (registry_code ~ '^[0-9]{8}$'),
    name          text        not null check (length(trim(name)) > 0),
    created_at    timestamptz not null default now()
);
