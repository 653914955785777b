-- Every committed change of the reference data that pages keep in memory is announced on the channel
-- tokvs_reference (reference/ReferenceCache): each instance of the portal listens and reads the data again. NOTIFY is
-- delivered when the transaction commits, and not at all when it rolls back. One announcement per statement.
create function tokvs_reference_changed() returns trigger language plpgsql as $$
begin
    perform pg_notify('tokvs_reference', tg_table_name);
    return null;
end
$$;

create trigger reference_changed after insert or update or delete or truncate on code_list_entry
    for each statement execute function tokvs_reference_changed();
create trigger reference_changed after insert or update or delete or truncate on specialty_group
    for each statement execute function tokvs_reference_changed();
create trigger reference_changed after insert or update or delete or truncate on specialty_group_member
    for each statement execute function tokvs_reference_changed();
create trigger reference_changed after insert or update or delete or truncate on insurer
    for each statement execute function tokvs_reference_changed();
create trigger reference_changed after insert or update or delete or truncate on representative_company
    for each statement execute function tokvs_reference_changed();
