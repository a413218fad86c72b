-- Therapy Assist foundation schema. Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.
-- Every tenant table leads with organisation_id, and so does every index on it.
-- Reference catalogues (competency, task_type) are national and shared by all organisations.

create table organisation (
    id          uuid primary key,
    name        varchar(200) not null,
    ods_code    varchar(10)
);

create table team (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    name            varchar(120) not null,
    setting         varchar(30) not null
);
create index team_org_idx on team (organisation_id, name);

create table staff_member (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    team_id         uuid references team (id),
    username        varchar(60) not null unique,
    password_hash   varchar(100) not null,
    given_name      varchar(80) not null,
    family_name     varchar(80) not null,
    job_role        varchar(40) not null,
    band            integer not null,
    hcpc_number     varchar(8),
    phone           varchar(30),
    enabled         boolean not null default true,
    failed_logins   integer not null default 0,
    locked_until    timestamp with time zone
);
create index staff_org_team_idx on staff_member (organisation_id, team_id);

create table competency (
    code            varchar(40) primary key,
    title           varchar(200) not null,
    framework_domain integer not null,
    validity_months integer not null
);

create table competency_signoff (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    staff_id        uuid not null references staff_member (id),
    competency_code varchar(40) not null references competency (code),
    assessor_id     uuid not null references staff_member (id),
    signed_on       date not null,
    expires_on      date not null,
    evidence        varchar(1000),
    recorded_at     timestamp with time zone not null
);
create index signoff_staff_idx on competency_signoff (organisation_id, staff_id, competency_code, expires_on);
create index signoff_comp_idx on competency_signoff (organisation_id, competency_code, expires_on);

create table patient (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    nhs_number      char(10) not null,
    given_name      varchar(80) not null,
    family_name     varchar(80) not null,
    search_name     varchar(170) not null,
    date_of_birth   date not null,
    address         varchar(300) not null,
    postcode        varchar(10) not null,
    phone           varchar(30),
    created_at      timestamp with time zone not null,
    created_by      uuid not null,
    constraint patient_nhs_number_uq unique (organisation_id, nhs_number)
);
create index patient_name_idx on patient (organisation_id, search_name);
create index patient_family_idx on patient (organisation_id, family_name);

create table patient_alert (
    id              uuid primary key,
    organisation_id uuid not null,
    patient_id      uuid not null references patient (id),
    kind            varchar(30) not null,
    note            varchar(500),
    raised_at       timestamp with time zone not null,
    raised_by       uuid not null,
    active          boolean not null default true
);
create index patient_alert_idx on patient_alert (organisation_id, patient_id);

create table episode (
    id                  uuid primary key,
    organisation_id     uuid not null,
    patient_id          uuid not null references patient (id),
    team_id             uuid not null references team (id),
    lead_therapist_id   uuid not null references staff_member (id),
    referral_reason     varchar(1000) not null,
    condition_category  varchar(30) not null,
    setting             varchar(30) not null,
    location            varchar(200) not null,
    status              varchar(20) not null,
    opened_on           date not null,
    closed_on           date,
    version             integer not null default 0
);
create index episode_patient_idx on episode (organisation_id, patient_id);
create index episode_team_idx on episode (organisation_id, team_id, status);

create table goal (
    id              uuid primary key,
    organisation_id uuid not null,
    episode_id      uuid not null references episode (id),
    patient_id      uuid not null references patient (id),
    description     varchar(500) not null,
    target_date     date not null,
    status          varchar(20) not null,
    created_at      timestamp with time zone not null,
    created_by      uuid not null
);
create index goal_episode_idx on goal (organisation_id, episode_id);

create table programme_item (
    id                  uuid primary key,
    organisation_id     uuid not null,
    episode_id          uuid not null references episode (id),
    position            integer not null,
    activity            varchar(200) not null,
    sets                integer,
    repetitions         integer,
    frequency           varchar(100) not null,
    progression_limits  varchar(500),
    created_at          timestamp with time zone not null,
    created_by          uuid not null,
    active              boolean not null default true
);
create index programme_episode_idx on programme_item (organisation_id, episode_id, position);

create table task_type (
    code            varchar(40) primary key,
    name            varchar(120) not null,
    profession      varchar(10) not null,
    minimum_stage   varchar(40) not null,
    default_risk    varchar(20) not null,
    measure         varchar(20)
);

create table task_type_competency (
    task_type_code  varchar(40) not null references task_type (code),
    competency_code varchar(40) not null references competency (code),
    primary key (task_type_code, competency_code)
);

create table delegation (
    id                      uuid primary key,
    organisation_id         uuid not null,
    patient_id              uuid not null references patient (id),
    episode_id              uuid references episode (id),
    task_type_code          varchar(40) not null references task_type (code),
    delegator_id            uuid not null references staff_member (id),
    delegator_registration  varchar(8) not null,
    worker_id               uuid not null references staff_member (id),
    instructions            varchar(2000) not null,
    frequency               varchar(20) not null,
    time_of_day             varchar(20) not null,
    starts_on               date not null,
    ends_on                 date not null,
    escalation_criteria     varchar(1000) not null,
    patient_risks           varchar(1000) not null,
    consent                 varchar(30) not null,
    consent_note            varchar(500),
    supervision             varchar(20) not null,
    contact_instructions    varchar(300) not null,
    review_on               date not null,
    checks_confirmed_at     timestamp with time zone not null,
    status                  varchar(20) not null,
    decline_reason          varchar(30),
    decline_note            varchar(500),
    responded_at            timestamp with time zone,
    closed_at               timestamp with time zone,
    close_note              varchar(500),
    last_reviewed_at        timestamp with time zone,
    last_session_on         date,
    sessions_count          integer not null default 0,
    week_of_last_session    date,
    sessions_that_week      integer not null default 0,
    created_at              timestamp with time zone not null,
    version                 integer not null default 0
);
create index delegation_worker_idx on delegation (organisation_id, worker_id, status, starts_on);
create index delegation_delegator_idx on delegation (organisation_id, delegator_id, status);
create index delegation_patient_idx on delegation (organisation_id, patient_id);

-- The competency sign-offs a delegation relied on, kept as evidence even if they later expire.
create table delegation_evidence (
    delegation_id   uuid not null references delegation (id),
    organisation_id uuid not null,
    competency_code varchar(40) not null,
    signoff_id      uuid not null references competency_signoff (id),
    expires_on      date not null,
    primary key (delegation_id, competency_code)
);

create table delegation_review (
    id              uuid primary key,
    organisation_id uuid not null,
    delegation_id   uuid not null references delegation (id),
    reviewed_by     uuid not null references staff_member (id),
    reviewed_at     timestamp with time zone not null,
    outcome         varchar(20) not null,
    note            varchar(1000) not null,
    next_review_on  date
);
create index delegation_review_idx on delegation_review (organisation_id, delegation_id);

create table session_record (
    id                  uuid primary key,
    organisation_id     uuid not null,
    delegation_id       uuid not null references delegation (id),
    patient_id          uuid not null references patient (id),
    author_id           uuid not null references staff_member (id),
    author_band         integer not null,
    reviewer_id         uuid not null references staff_member (id),
    performed_on        date not null,
    recorded_at         timestamp with time zone not null,
    patient_response    varchar(1000) not null,
    pain_before         integer,
    pain_after          integer,
    tug_seconds         decimal(5, 1),
    chair_stand_count   integer,
    note                varchar(4000),
    status              varchar(20) not null,
    requires_countersign boolean not null,
    signed_at           timestamp with time zone,
    version             integer not null default 0
);
create index session_patient_idx on session_record (organisation_id, patient_id, performed_on);
create index session_delegation_idx on session_record (organisation_id, delegation_id);
create index session_reviewer_idx on session_record (organisation_id, reviewer_id, status);

create table session_activity (
    session_record_id   uuid not null references session_record (id),
    position            integer not null,
    activity            varchar(200) not null,
    sets_done           integer,
    repetitions_done    integer,
    primary key (session_record_id, position)
);

create table session_goal_progress (
    session_record_id   uuid not null references session_record (id),
    goal_id             uuid not null references goal (id),
    progress            varchar(20) not null,
    note                varchar(500),
    primary key (session_record_id, goal_id)
);

create table session_countersignature (
    session_record_id   uuid primary key references session_record (id),
    organisation_id     uuid not null,
    countersigned_by    uuid not null references staff_member (id),
    countersigned_at    timestamp with time zone not null,
    note                varchar(1000)
);

create table session_amendment (
    id                  uuid primary key,
    organisation_id     uuid not null,
    session_record_id   uuid not null references session_record (id),
    author_id           uuid not null references staff_member (id),
    created_at          timestamp with time zone not null,
    reason              varchar(500) not null,
    text                varchar(4000) not null
);
create index session_amendment_idx on session_amendment (organisation_id, session_record_id);

create table escalation (
    id                  uuid primary key,
    organisation_id     uuid not null,
    session_record_id   uuid references session_record (id),
    delegation_id       uuid not null references delegation (id),
    patient_id          uuid not null references patient (id),
    raised_by           uuid not null references staff_member (id),
    raised_to           uuid not null references staff_member (id),
    concern             varchar(2000) not null,
    raised_at           timestamp with time zone not null,
    status              varchar(20) not null,
    reply               varchar(2000),
    replied_by          uuid references staff_member (id),
    replied_at          timestamp with time zone,
    version             integer not null default 0
);
create index escalation_to_idx on escalation (organisation_id, raised_to, status);
create index escalation_patient_idx on escalation (organisation_id, patient_id);

-- Who has a care relationship with a patient: a team through an open episode, a worker through a delegation.
create table care_relationship (
    organisation_id uuid not null,
    patient_id      uuid not null,
    team_id         uuid,
    staff_id        uuid,
    source_id       uuid not null,
    active          boolean not null,
    primary key (source_id)
);
create index care_rel_staff_idx on care_relationship (organisation_id, staff_id, patient_id, active);
create index care_rel_team_idx on care_relationship (organisation_id, team_id, patient_id, active);

create table break_glass (
    id              uuid primary key,
    organisation_id uuid not null,
    staff_id        uuid not null,
    patient_id      uuid not null,
    reason          varchar(500) not null,
    granted_at      timestamp with time zone not null,
    expires_at      timestamp with time zone not null
);
create index break_glass_idx on break_glass (organisation_id, staff_id, patient_id, expires_at);

-- Append-only audit trail, hash-chained per (organisation, partition) so that appends in one
-- organisation do not all queue behind a single lock.
create table audit_event (
    id              uuid primary key,
    organisation_id uuid not null,
    chain_partition integer not null,
    seq             bigint not null,
    occurred_at     timestamp with time zone not null,
    actor_id        uuid,
    actor_username  varchar(60) not null,
    actor_role      varchar(40) not null,
    patient_id      uuid,
    action          varchar(60) not null,
    entity_type     varchar(40),
    entity_id       uuid,
    detail          varchar(500),
    prev_hash       char(64) not null,
    hash            char(64) not null,
    constraint audit_chain_uq unique (organisation_id, chain_partition, seq)
);
create index audit_patient_idx on audit_event (organisation_id, patient_id, occurred_at);

create table audit_chain_head (
    organisation_id uuid not null,
    chain_partition integer not null,
    last_seq        bigint not null,
    last_hash       char(64) not null,
    primary key (organisation_id, chain_partition)
);
