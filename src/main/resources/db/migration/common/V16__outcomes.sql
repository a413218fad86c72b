-- Outcome measures: a service's own measures (the built-in library lives in code), results with their item values,
-- stop criteria set on a delegation, and Goal Attainment Scaling on care-plan goals. Everything here is append-only:
-- a correction is a new row that names the row it replaces.

create table custom_measure (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    name            varchar(120) not null,
    unit            varchar(30) not null,
    total_rule      varchar(10) not null,
    higher_is_better boolean not null,
    description     varchar(500),
    created_by      uuid not null references staff_member (id),
    created_at      timestamp with time zone not null,
    active          boolean not null default true,
    constraint custom_measure_name_uq unique (organisation_id, name)
);

create table custom_measure_item (
    measure_id      uuid not null references custom_measure (id),
    position        integer not null,
    label           varchar(200) not null,
    min_value       integer not null,
    max_value       integer not null,
    primary key (measure_id, position)
);

create table measure_result (
    id                  uuid primary key,
    organisation_id     uuid not null references organisation (id),
    patient_id          uuid not null references patient (id),
    episode_id          uuid references episode (id),
    delegation_id       uuid references delegation (id),
    session_record_id   uuid references session_record (id),
    measure_key         varchar(60) not null,
    score               decimal(8, 2) not null,
    unit                varchar(30) not null,
    interpretation      varchar(200),
    tone                varchar(10),
    norm_sex            varchar(10),
    effective_on        date not null,
    performer_id        uuid not null references staff_member (id),
    performer_band      integer not null,
    recorded_at         timestamp with time zone not null,
    note                varchar(1000),
    replaces_id         uuid references measure_result (id),
    correction_reason   varchar(500)
);
create index measure_result_patient_idx on measure_result (organisation_id, patient_id, measure_key, effective_on);
create index measure_result_delegation_idx on measure_result (organisation_id, delegation_id);
create unique index measure_result_replaces_uq on measure_result (replaces_id);

create table measure_result_item (
    result_id       uuid not null references measure_result (id),
    position        integer not null,
    item_key        varchar(40) not null,
    label           varchar(200) not null,
    item_value      decimal(8, 2) not null,
    primary key (result_id, position)
);

-- Stop-and-escalate thresholds a delegator sets on a delegation; a newer row replaces the older one.
create table delegation_stop_criterion (
    id                  uuid primary key,
    organisation_id     uuid not null references organisation (id),
    delegation_id       uuid not null references delegation (id),
    pain_rise_points    integer,
    tug_slower_than     decimal(5, 1),
    chair_stand_below   integer,
    set_by              uuid not null references staff_member (id),
    set_at              timestamp with time zone not null
);
create index delegation_stop_idx on delegation_stop_criterion (organisation_id, delegation_id, set_at);

create table goal_scaling (
    goal_id         uuid primary key references goal (id),
    organisation_id uuid not null references organisation (id),
    weight          integer not null,
    level_minus2    varchar(300) not null,
    level_minus1    varchar(300) not null,
    level_zero      varchar(300) not null,
    level_plus1     varchar(300) not null,
    level_plus2     varchar(300) not null,
    baseline_level  integer not null,
    set_by          uuid not null references staff_member (id),
    set_at          timestamp with time zone not null
);

create table goal_review (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    goal_id         uuid not null references goal (id),
    reviewed_on     date not null,
    attained_level  integer not null,
    note            varchar(1000),
    reviewed_by     uuid not null references staff_member (id),
    recorded_at     timestamp with time zone not null
);
create index goal_review_goal_idx on goal_review (organisation_id, goal_id, reviewed_on);
