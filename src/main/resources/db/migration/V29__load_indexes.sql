-- Indexes the load bench (./portal bench load, issue #19) asked for.
--
-- The home page's and the morning mail's late submissions of the week (worklist/Worklists.late): the insurer's late
-- events newest first, read until the list is full. Late events are the few, so the index is small; without it every
-- event of the week is read and sorted (an upload adds thousands in a minute).
create index submission_event_late on submission_event (insurer_code, submitted_at, id) where late;

-- The claim list's sums when nothing narrows it (claim/ClaimMoney.totals): paid and reserved of all the insurer's
-- claims straight from its summary rows, without the claims themselves.
create index dash_claim_money_measure on dash_claim_money (insurer_code, measure) include (amount);
