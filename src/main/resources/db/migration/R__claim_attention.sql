-- The claims that need attention: the one definition of every data-quality list. The dashboards count it
-- (DashboardQueries.dataQuality) and the claim list each count opens shows it (ClaimSearch, attention=…), so a
-- count is always the length of its list. Read it over the claims' summary (dash_claim, kept by the triggers of
-- R__dashboard_summaries.sql), so "has a reserve" is the same fact for both.
--
-- One row per claim and list it belongs on, with due_on, the first day it needs attention: a claim is on the
-- list on day D when due_on <= D. The names are ClaimSearch.Attention's. security_invoker: the reader's row-level
-- security applies, so an insurer sees its own claims only.
create or replace view claim_attention with (security_invoker = true) as
-- Incident type or severity still being specified 90 days after receipt.
select id as claim_id, insurer_code, 'STILL_SPECIFIED'::text as attention, received_date + 90 as due_on
from dash_claim where incident_type = 'BEING_SPECIFIED' or severity = 'PENDING'
union all
-- Handling not finished and no reserve set.
select id, insurer_code, 'OPEN_WITHOUT_RESERVE', date '-infinity'
from dash_claim where not handling_finished and not has_reserve
union all
-- Handling finished but no finished date (claim's check constraint refuses such a row today; the list guards it).
select id, insurer_code, 'FINISHED_WITHOUT_DATE', date '-infinity'
from dash_claim where handling_finished and finished_date is null;
