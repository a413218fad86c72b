-- A draft session record can now be edited by its author until it is signed (issue 11, point 4). Its activities and
-- goal progress therefore change with it while it is a draft; once the record is signed they are frozen as before,
-- even for a direct SQL session.
create or replace function ta_refuse_change_once_record_signed() returns trigger
language plpgsql as $$
begin
    if exists (select 1 from session_record r where r.id = old.session_record_id and r.status = 'SIGNED') then
        raise exception '% rows of signed session record % are append-only', tg_table_name, old.session_record_id
            using errcode = 'P0001';
    end if;
    if tg_op = 'DELETE' then
        return old;
    end if;
    return new;
end;
$$;

drop trigger session_activity_append_only on session_activity;
drop trigger session_goal_progress_append_only on session_goal_progress;
create trigger session_activity_frozen_when_signed before update or delete on session_activity
    for each row execute function ta_refuse_change_once_record_signed();
create trigger session_goal_progress_frozen_when_signed before update or delete on session_goal_progress
    for each row execute function ta_refuse_change_once_record_signed();
