-- Defence in depth for PostgreSQL: even a direct SQL session cannot change or remove a signed
-- clinical record, a countersignature, an amendment or an audit event. Corrections are amendments.
create or replace function ta_refuse_signed_record_change() returns trigger
language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if old.status = 'SIGNED' then
            raise exception 'session record % is signed and cannot be deleted', old.id using errcode = 'P0001';
        end if;
        return old;
    end if;
    if old.status = 'SIGNED' then
        raise exception 'session record % is signed and cannot be changed', old.id using errcode = 'P0001';
    end if;
    return new;
end;
$$;

create trigger session_record_immutable_when_signed
    before update or delete on session_record
    for each row execute function ta_refuse_signed_record_change();

create or replace function ta_refuse_change() returns trigger
language plpgsql as $$
begin
    raise exception '% rows are append-only', tg_table_name using errcode = 'P0001';
end;
$$;

create trigger session_activity_append_only before update or delete on session_activity
    for each row execute function ta_refuse_change();
create trigger session_goal_progress_append_only before update or delete on session_goal_progress
    for each row execute function ta_refuse_change();
create trigger session_countersignature_append_only before update or delete on session_countersignature
    for each row execute function ta_refuse_change();
create trigger session_amendment_append_only before update or delete on session_amendment
    for each row execute function ta_refuse_change();
create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function ta_refuse_change();
