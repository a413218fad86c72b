-- Defence in depth for PostgreSQL, as V1_1 does for session records: the records issues 5 and 6 added are append-only
-- or frozen once signed, so even a direct SQL session cannot quietly change what a clinician signed or the ledger says.
-- Corrections are amendments, new rows naming what they replace, or new ledger entries.

create trigger equipment_movement_append_only before update or delete on equipment_movement
    for each row execute function ta_refuse_change();
create trigger equipment_cleaning_append_only before update or delete on equipment_cleaning
    for each row execute function ta_refuse_change();
create trigger measure_result_append_only before update or delete on measure_result
    for each row execute function ta_refuse_change();
create trigger measure_result_item_append_only before update or delete on measure_result_item
    for each row execute function ta_refuse_change();
create trigger goal_review_append_only before update or delete on goal_review
    for each row execute function ta_refuse_change();
create trigger group_record_append_only before update or delete on group_record
    for each row execute function ta_refuse_change();
create trigger group_attendance_append_only before update or delete on group_attendance
    for each row execute function ta_refuse_change();
create trigger group_record_amendment_append_only before update or delete on group_record_amendment
    for each row execute function ta_refuse_change();
create trigger discharge_outcome_line_append_only before update or delete on discharge_outcome_line
    for each row execute function ta_refuse_change();
create trigger discharge_amendment_append_only before update or delete on discharge_amendment
    for each row execute function ta_refuse_change();

create or replace function ta_refuse_signed_discharge_change() returns trigger
language plpgsql as $$
begin
    if old.status = 'SIGNED' then
        raise exception 'discharge summary % is signed and cannot be changed or deleted', old.id using errcode = 'P0001';
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end;
$$;

create trigger discharge_summary_frozen_when_signed before update or delete on discharge_summary
    for each row execute function ta_refuse_signed_discharge_change();
