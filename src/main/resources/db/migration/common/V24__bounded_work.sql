-- Bounded work (issue 11, point 8). Reminders close themselves when what they ask for is done (closed_at, with who
-- and why kept), are grouped by kind, and there is one per recipient and subject: a sign-off going from "expiring" to
-- "expired" updates its reminder instead of adding a second one.
alter table reminder add column kind_group varchar(40);
alter table reminder add column raised_at timestamp with time zone;
alter table reminder add column closed_at timestamp with time zone;
alter table reminder add column closed_reason varchar(200);
alter table reminder add column closed_by uuid references staff_member (id);

update reminder set kind_group = case
        when kind like 'COMPETENCY%' then 'COMPETENCY'
        when kind like 'TRAINING%' then 'TRAINING'
        when kind like 'SUPERVISION%' then 'SUPERVISION'
        when kind like 'INDUCTION%' then 'INDUCTION'
        else 'OTHER' end,
    raised_at = cast(created_on as timestamp with time zone);
alter table reminder alter column kind_group set not null;
alter table reminder alter column raised_at set not null;

-- The milder twin of a reminder that has already escalated for the same person and subject is the duplicate.
delete from reminder where (kind like '%EXPIRING' or kind = 'SUPERVISION_DUE') and exists (
    select 1 from reminder worse where worse.organisation_id = reminder.organisation_id
        and worse.recipient_id = reminder.recipient_id and worse.subject_ref = reminder.subject_ref
        and worse.id <> reminder.id);

alter table reminder drop constraint reminder_once;
alter table reminder add constraint reminder_once unique (organisation_id, recipient_id, subject_ref);
drop index reminder_recipient_idx;
create index reminder_open_idx on reminder (organisation_id, recipient_id, closed_at, dismissed_at, kind_group, due_on);
create index reminder_about_idx on reminder (organisation_id, about_staff_id, kind_group);
