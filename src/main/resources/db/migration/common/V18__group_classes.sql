-- Group classes (falls prevention, strength and balance, pulmonary and cardiac rehab, chronic pain): a class template
-- with its capacity and the framework stage its leader needs, dated sessions, enrolments from open episodes with an
-- ordered waiting list, and one signed register per session with a line per enrolled patient.
create table group_class (
    id                uuid primary key,
    organisation_id   uuid not null references organisation (id),
    team_id           uuid not null references team (id),
    name              varchar(120) not null,
    class_type        varchar(30) not null,
    capacity          integer not null,
    leader_stage      varchar(30) not null,
    default_exercises varchar(2000),
    venue             varchar(200) not null,
    day_of_week       integer not null,
    start_time        time not null,
    duration_minutes  integer not null,
    enrolled_count    integer not null default 0,
    active            boolean not null default true,
    created_at        timestamp with time zone not null,
    created_by        uuid not null references staff_member (id),
    version           integer not null default 0,
    -- The database itself never lets a class hold more people than its capacity.
    constraint group_class_capacity_ck check (capacity between 1 and 60),
    constraint group_class_enrolled_ck check (enrolled_count >= 0 and enrolled_count <= capacity),
    constraint group_class_day_ck check (day_of_week between 1 and 7),
    constraint group_class_duration_ck check (duration_minutes between 15 and 240)
);
create index group_class_org_idx on group_class (organisation_id, active);

create table group_session (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    class_id        uuid not null references group_class (id),
    session_date    date not null,
    start_time      time not null,
    leader_id       uuid not null references staff_member (id),
    status          varchar(20) not null,
    cancel_reason   varchar(500),
    cancelled_at    timestamp with time zone,
    cancelled_by    uuid references staff_member (id),
    created_at      timestamp with time zone not null,
    created_by      uuid not null references staff_member (id),
    version         integer not null default 0,
    constraint group_session_day_uq unique (class_id, session_date),
    constraint group_session_status_ck check (status in ('SCHEDULED', 'CANCELLED', 'RECORDED'))
);
create index group_session_date_idx on group_session (organisation_id, session_date);

create table group_enrolment (
    id               uuid primary key,
    organisation_id  uuid not null references organisation (id),
    class_id         uuid not null references group_class (id),
    patient_id       uuid not null references patient (id),
    episode_id       uuid not null references episode (id),
    status           varchar(20) not null,
    waiting_position integer,
    requested_at     timestamp with time zone not null,
    enrolled_at      timestamp with time zone,
    withdrawn_at     timestamp with time zone,
    withdraw_reason  varchar(500),
    enrolled_by      uuid not null references staff_member (id),
    version          integer not null default 0,
    constraint group_enrolment_patient_uq unique (class_id, patient_id),
    -- Two people can never hold the same place on a waiting list (nulls, for those enrolled, do not clash).
    constraint group_enrolment_position_uq unique (class_id, waiting_position),
    constraint group_enrolment_status_ck check (status in ('ENROLLED', 'WAITING', 'WITHDRAWN')),
    constraint group_enrolment_waiting_ck check ((status = 'WAITING' and waiting_position is not null)
        or (status <> 'WAITING' and waiting_position is null))
);
create index group_enrolment_patient_idx on group_enrolment (organisation_id, patient_id);

-- One register per session: saved and signed at once, never changed afterwards (corrections are amendments).
create table group_record (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    session_id      uuid not null references group_session (id),
    leader_id       uuid not null references staff_member (id),
    recorded_by     uuid not null references staff_member (id),
    recorded_at     timestamp with time zone not null,
    signed_at       timestamp with time zone not null,
    group_note      varchar(2000),
    constraint group_record_session_uq unique (session_id)
);

create table group_attendance (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    record_id       uuid not null references group_record (id),
    session_id      uuid not null references group_session (id),
    patient_id      uuid not null references patient (id),
    enrolment_id    uuid not null references group_enrolment (id),
    outcome         varchar(20) not null,
    note            varchar(1000),
    constraint group_attendance_patient_uq unique (record_id, patient_id),
    constraint group_attendance_outcome_ck check (outcome in ('ATTENDED', 'DID_NOT_ATTEND', 'CANCELLED'))
);
create index group_attendance_patient_idx on group_attendance (organisation_id, patient_id);

create table group_record_amendment (
    id                uuid primary key,
    organisation_id   uuid not null references organisation (id),
    record_id         uuid not null references group_record (id),
    patient_id        uuid references patient (id),
    corrected_outcome varchar(20),
    reason            varchar(1000) not null,
    created_by        uuid not null references staff_member (id),
    created_at        timestamp with time zone not null,
    constraint group_amendment_outcome_ck check (corrected_outcome is null
        or corrected_outcome in ('ATTENDED', 'DID_NOT_ATTEND', 'CANCELLED'))
);
create index group_amendment_record_idx on group_record_amendment (organisation_id, record_id);
create index group_amendment_patient_idx on group_record_amendment (organisation_id, patient_id);
