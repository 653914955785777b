-- Terviseamet's dashboards aggregate in PostgreSQL. claim_fact is a claim with what the dashboards group
-- by: the policyholder of its contract's current version and that provider's risk profile. A plain view:
-- the row-level security of the tables beneath applies, so an insurer's overview sees its own claims only.
create view claim_fact as
select c.id,
       c.insurer_code,
       c.claim_number,
       c.received_date,
       c.incident_date,
       c.status,
       c.incident_type,
       c.severity,
       c.specialty,
       c.handling_finished,
       c.finished_date,
       v.policyholder_code,
       coalesce(p.risk_profile, 'UNKNOWN') as risk_profile
from claim c
join lateral (select cv.policyholder_code
              from contract_version cv
              where cv.contract_id = c.contract_id
              order by cv.version_no desc
              limit 1) v on true
left join healthcare_provider p on p.registry_code = v.policyholder_code;

-- Counting by incident date across insurers (the default view) without scanning every claim.
create index claim_incident_date on claim (incident_date);
create index claim_received_date on claim (received_date);
create index submission_event_business on submission_event (business_date);
