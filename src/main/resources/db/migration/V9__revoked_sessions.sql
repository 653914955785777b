-- Login sessions ended before their tokens expire: by the portal's sign-out, or by Keycloak (an administrator
-- ending a session, a logout elsewhere) through its back-channel logout. The session's tokens live in the
-- browser's encrypted cookie and stay cryptographically valid until they expire, so every request asks here
-- whether its session (Keycloak's "sid") has been ended. Kept in PostgreSQL so that every portal instance
-- sees a logout at once. Not insurer data: no insurer_code, no row-level security. A row is useless after
-- the longest a Keycloak session can live, and is deleted then.
create table revoked_session (
    session_id text primary key,
    revoked_at timestamptz not null default now(),
    forget_after timestamptz not null
);

create index revoked_session_forget on revoked_session (forget_after);
