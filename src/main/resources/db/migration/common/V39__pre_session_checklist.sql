-- Before the session (issue 14): the observations a registrant asks for before each session of a delegated task, with
-- the safe limits set when delegating (owned by the delegation module; no row: the task asks for none), and each
-- checklist a support worker goes through before a session (owned by the sessions module): consent today, the readings
-- taken, the red-flag questions answered yes, go or stop with the reasons in words, the escalation a stop raised, and
-- the session record a passing checklist was used for (once).
create table delegation_observation_limit (
    delegation_id   uuid not null references delegation (id),
    organisation_id uuid not null references organisation (id),
    observation     varchar(30) not null check (observation in ('HEART_RATE', 'SYSTOLIC', 'DIASTOLIC',
                        'OXYGEN_SATURATION', 'RESPIRATORY_RATE', 'TEMPERATURE')),
    low_limit       numeric(5, 1) not null,
    high_limit      numeric(5, 1),
    primary key (delegation_id, observation),
    check (high_limit is null or low_limit < high_limit)
);

create table pre_session_check (
    id                uuid primary key,
    organisation_id   uuid not null references organisation (id),
    delegation_id     uuid not null references delegation (id),
    patient_id        uuid not null references patient (id),
    worker_id         uuid not null references staff_member (id),
    checked_on        date not null,
    checked_at        timestamp with time zone not null,
    consent_today     boolean not null,
    heart_rate        integer,
    systolic          integer,
    diastolic         integer,
    oxygen_saturation integer,
    respiratory_rate  integer,
    temperature       numeric(4, 1),
    red_flags_yes     varchar(300) not null,
    outcome           varchar(10) not null check (outcome in ('GO', 'STOP')),
    reasons           varchar(4000),
    escalation_id     uuid references escalation (id),
    session_record_id uuid unique references session_record (id),
    check (outcome = 'GO' or escalation_id is not null),
    check (outcome = 'GO' or session_record_id is null)
);

create index pre_session_check_by_delegation on pre_session_check (organisation_id, delegation_id, checked_on);
