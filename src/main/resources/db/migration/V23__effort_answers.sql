-- How easy the portal's tasks were (issue #18, the partners' customer effort score): after a finished task the portal
-- asks once, on a scale of 1 (very hard) to 7 (very easy), with an optional comment. One row per person, task and
-- day (Tallinn), so the question never comes twice the same day; a person who chose "not now" has a row without a
-- score. People's experience, not the register: no insurer's data in it, and only Terviseamet reads it (effort/).
create table effort_answer (
    id          bigint generated always as identity primary key,
    task        text        not null check (task in ('CLAIM_SAVED', 'CONTRACT_SAVED', 'UPLOAD_DONE')),
    username    text        not null,
    asked_on    date        not null,
    score       smallint    check (score between 1 and 7),
    comment     text        check (length(comment) <= 2000),
    answered_at timestamptz not null default now(),
    unique (username, task, asked_on)
);
