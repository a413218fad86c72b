-- Checkpoints are inserted, never changed; and no audit table can be emptied with TRUNCATE (row triggers do not see
-- it). The application's login has neither the right to update or delete these rows nor to truncate or alter the
-- tables (see afterMigrate__grant_application_role.sql); these triggers stop the owner role too, unless switched off.
create trigger audit_checkpoint_append_only before update or delete on audit_checkpoint
    for each row execute function ta_refuse_change();
create trigger audit_checkpoint_head_append_only before update or delete on audit_checkpoint_head
    for each row execute function ta_refuse_change();

create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function ta_refuse_change();
create trigger audit_chain_head_no_truncate before truncate on audit_chain_head
    for each statement execute function ta_refuse_change();
create trigger audit_checkpoint_no_truncate before truncate on audit_checkpoint
    for each statement execute function ta_refuse_change();
create trigger audit_checkpoint_head_no_truncate before truncate on audit_checkpoint_head
    for each statement execute function ta_refuse_change();

-- The registry finds a publication by its serialised event, which can be longer than a b-tree entry allows.
create index if not exists event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
