-- An index the load bench (./portal bench load, issue #19) asked for.
--
-- The home page's and the morning mail's late submissions of the week (worklist/Worklists.late): the insurer's late
-- events newest first, read until the list is full. Late events are the few, so the index is small; without it every
-- event of the week is read and sorted (an upload adds thousands in a minute).
create index submission_event_late on submission_event (insurer_code, submitted_at, id) where late;

-- Not here: an index on dash_claim_money (insurer_code, measure) for the claim list's sums. Every money refresh
-- rewrites a claim's summary rows, so it would cost every write, and the sums read the insurer's rows well enough
-- without it (one scan of the summary, no join with the claims).
