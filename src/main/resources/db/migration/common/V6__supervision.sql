-- Supervision sessions between a support worker and their supervisor: what was discussed, actions, a wellbeing check
-- and when the next one is due. Policy: every 6 to 8 weeks.
create table supervision_session (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    staff_id        uuid not null references staff_member (id),
    supervisor_id   uuid not null references staff_member (id),
    held_on         date not null,
    kind            varchar(20) not null,
    discussed       varchar(2000) not null,
    actions         varchar(2000),
    wellbeing       varchar(20) not null,
    next_due_on     date not null,
    recorded_at     timestamp with time zone not null
);
create index supervision_staff_idx on supervision_session (organisation_id, staff_id, held_on);
