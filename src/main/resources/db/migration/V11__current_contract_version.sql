-- A contract's current version is its highest version number. The contract and claim lists, the dashboards'
-- exposure and the summaries' trigger all read this view (the entity CurrentContractVersion maps it).
-- security_invoker: the reader's row-level security applies through the view, not its owner's.
create view current_contract_version with (security_invoker = true) as
select v.contract_id, v.id as version_id, v.insurer_code, v.version_no, v.policyholder_code, v.period_start,
       v.period_end
from contract_version v
where not exists (select 1 from contract_version later
                  where later.contract_id = v.contract_id and later.version_no > v.version_no);
