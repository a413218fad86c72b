-- Community visits (issue 14): a team's planned day of home visits, made from the delegations due that day.

-- Where a patient lives, as the coordinates travel is measured from. Owned by the patients module; null until known
-- (a visit to a home without coordinates is listed "needs the home's location" rather than guessed).
alter table patient add column home_latitude decimal(8, 5);
alter table patient add column home_longitude decimal(8, 5);
alter table patient add constraint patient_home_both check ((home_latitude is null) = (home_longitude is null));

-- The rest is owned by the visits module.

-- A worker's shift on one day: when, one break, the base they set out from and come back to, and when they went
-- off during the day (sick), if they did.
create table visit_shift (
    organisation_id uuid not null,
    staff_id        uuid not null references staff_member (id),
    shift_day       date not null,
    starts_at       time not null,
    ends_at         time not null,
    break_from      time,
    break_to        time,
    base_name       varchar(120) not null,
    base_latitude   decimal(8, 5) not null,
    base_longitude  decimal(8, 5) not null,
    off_from        time,
    changed_at      timestamp with time zone not null,
    changed_by      uuid not null,
    primary key (staff_id, shift_day),
    constraint visit_shift_order check (starts_at < ends_at),
    constraint visit_shift_break check ((break_from is null) = (break_to is null)),
    constraint visit_shift_break_inside check (break_from is null
        or (break_from >= starts_at and break_to <= ends_at and break_from < break_to))
);
create index visit_shift_day_idx on visit_shift (organisation_id, shift_day);

-- A team's day: planned (the board), then published to the workers; re-published after each change.
create table visit_day (
    team_id         uuid not null references team (id),
    plan_day        date not null,
    organisation_id uuid not null,
    planned_at      timestamp with time zone,
    planned_by      uuid,
    published_at    timestamp with time zone,
    published_by    uuid,
    unpublished_changes boolean not null default false,
    version         integer not null default 0,
    primary key (team_id, plan_day)
);

-- One visit to one patient for one delegation on one day (never two for the same delegation and day).
create table visit (
    id                  uuid primary key,
    organisation_id     uuid not null,
    team_id             uuid not null,
    visit_day           date not null,
    delegation_id       uuid not null references delegation (id),
    patient_id          uuid not null references patient (id),
    task_type_code      varchar(40) not null references task_type (code),
    duration_minutes    integer not null,
    window_from         time not null,
    window_to           time not null,
    double_up           boolean not null,
    preferred_worker_id uuid references staff_member (id),
    pinned              boolean not null default false,
    cancelled_at        timestamp with time zone,
    reason_code         varchar(60),
    reason              varchar(400),
    created_at          timestamp with time zone not null,
    version             integer not null default 0,
    constraint visit_once_a_day unique (delegation_id, visit_day),
    constraint visit_of_a_day foreign key (team_id, visit_day) references visit_day (team_id, plan_day),
    constraint visit_duration check (duration_minutes between 5 and 480),
    constraint visit_window check (window_from < window_to)
);
create index visit_team_day_idx on visit (team_id, visit_day);

-- Who makes a visit and when: the board's working copy (DRAFT) and what the workers see (PUBLISHED), which publishing
-- replaces with the working copy. A double-up visit has two rows of each, with the same start.
create table visit_assignment (
    visit_id   uuid not null references visit (id),
    plan_copy  varchar(10) not null,
    worker_id  uuid not null references staff_member (id),
    starts_at  time not null,
    ends_at    time not null,
    primary key (visit_id, plan_copy, worker_id),
    constraint visit_assignment_copy check (plan_copy in ('DRAFT', 'PUBLISHED')),
    constraint visit_assignment_order check (starts_at < ends_at)
);
create index visit_assignment_worker_idx on visit_assignment (worker_id, plan_copy);
