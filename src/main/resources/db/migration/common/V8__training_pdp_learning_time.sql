-- Evidence files (certificates and the like): the bytes live outside the web root under the row's id; this row is
-- what the application knows about them. Never updated.
create table evidence_file (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    staff_id        uuid not null references staff_member (id),
    original_name   varchar(120) not null,
    content_type    varchar(40) not null,
    size_bytes      bigint not null check (size_bytes > 0),
    sha256          char(64) not null,
    uploaded_by     uuid not null references staff_member (id),
    uploaded_at     timestamp with time zone not null
);
create index evidence_staff_idx on evidence_file (organisation_id, staff_id, uploaded_at);

-- The mandatory training catalogue (national reference data, like competency): how often each must be renewed.
create table training_course (
    code            varchar(40) primary key,
    title           varchar(200) not null,
    renewal_months  integer not null check (renewal_months > 0),
    mandatory       boolean not null,
    position        integer not null
);
insert into training_course (code, title, renewal_months, mandatory, position) values
    ('MOVING_HANDLING_PEOPLE', 'Moving and handling people', 12, true, 1),
    ('BASIC_LIFE_SUPPORT', 'Basic life support', 12, true, 2),
    ('SAFEGUARDING_ADULTS_L2', 'Safeguarding adults level 2', 36, true, 3),
    ('SAFEGUARDING_CHILDREN_L2', 'Safeguarding children level 2', 36, true, 4),
    ('INFORMATION_GOVERNANCE', 'Information governance and data security', 12, true, 5),
    ('INFECTION_PREVENTION', 'Infection prevention and control', 12, true, 6),
    ('FIRE_SAFETY', 'Fire safety', 12, true, 7),
    ('EQUALITY_DIVERSITY_HUMAN_RIGHTS', 'Equality, diversity and human rights', 36, true, 8),
    ('CONFLICT_RESOLUTION', 'Conflict resolution', 36, true, 9),
    ('PREVENT', 'Prevent', 36, true, 10);

-- Completed training. A renewal is a new row; rows are never updated or deleted.
create table training_record (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    staff_id        uuid not null references staff_member (id),
    course_code     varchar(40) not null references training_course (code),
    completed_on    date not null,
    expires_on      date not null,
    provider        varchar(200),
    evidence_id     uuid references evidence_file (id),
    recorded_by     uuid not null references staff_member (id),
    recorded_at     timestamp with time zone not null,
    check (expires_on > completed_on)
);
create index training_record_staff_idx on training_record (organisation_id, staff_id, course_code, expires_on);

-- Qualifications (Care Certificate, diplomas, apprenticeships, foundation degree). Progress is a new row.
create table qualification (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    staff_id        uuid not null references staff_member (id),
    kind            varchar(40) not null,
    status          varchar(20) not null,
    achieved_on     date,
    awarding_body   varchar(200),
    evidence_id     uuid references evidence_file (id),
    recorded_by     uuid not null references staff_member (id),
    recorded_at     timestamp with time zone not null,
    check (status in ('IN_PROGRESS', 'ACHIEVED')),
    check (status <> 'ACHIEVED' or achieved_on is not null)
);
create index qualification_staff_idx on qualification (organisation_id, staff_id, recorded_at);

-- Personal development plan objectives: towards one competency or towards the next framework stage.
create table pdp_objective (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    staff_id        uuid not null references staff_member (id),
    competency_code varchar(40) references competency (code),
    target_stage    varchar(30),
    objective       varchar(500) not null,
    actions         varchar(2000),
    target_date     date not null,
    review_date     date,
    status          varchar(20) not null,
    version         integer not null,
    created_by      uuid not null references staff_member (id),
    created_at      timestamp with time zone not null,
    updated_by      uuid not null references staff_member (id),
    updated_at      timestamp with time zone not null,
    check ((competency_code is null and target_stage is not null) or (competency_code is not null and target_stage is null)),
    check (status in ('NOT_STARTED', 'IN_PROGRESS', 'ACHIEVED', 'DROPPED'))
);
create index pdp_objective_staff_idx on pdp_objective (organisation_id, staff_id, created_at);

-- Dated PDP reviews of an objective; a review may bring in a thank-you the person received.
create table pdp_review (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    staff_id        uuid not null references staff_member (id),
    objective_id    uuid not null references pdp_objective (id),
    reviewed_on     date not null,
    reviewer_id     uuid not null references staff_member (id),
    note            varchar(2000) not null,
    next_review_on  date,
    thanks_id       uuid references thanks (id),
    recorded_at     timestamp with time zone not null
);
create index pdp_review_staff_idx on pdp_review (organisation_id, staff_id, reviewed_on);
create index pdp_review_objective_idx on pdp_review (organisation_id, objective_id, reviewed_on);

-- Ring-fenced learning time: hours agreed per month, from a month onwards. A change is a new row.
create table learning_time_agreement (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    staff_id        uuid not null references staff_member (id),
    hours_per_month numeric(5, 1) not null check (hours_per_month >= 0 and hours_per_month <= 80),
    agreed_from     date not null,
    agreed_by       uuid not null references staff_member (id),
    recorded_at     timestamp with time zone not null
);
create index learning_agreement_staff_idx on learning_time_agreement (organisation_id, staff_id, agreed_from);

-- Booked learning sessions, then taken, or cancelled with a reason (the protected time managers must see lost).
create table learning_session (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    staff_id        uuid not null references staff_member (id),
    session_on      date not null,
    hours           numeric(4, 1) not null check (hours > 0 and hours <= 12),
    activity        varchar(300) not null,
    status          varchar(20) not null,
    cancel_reason   varchar(500),
    booked_by       uuid not null references staff_member (id),
    booked_at       timestamp with time zone not null,
    closed_by       uuid references staff_member (id),
    closed_at       timestamp with time zone,
    version         integer not null,
    check (status in ('BOOKED', 'TAKEN', 'CANCELLED')),
    check (status <> 'CANCELLED' or cancel_reason is not null)
);
create index learning_session_staff_idx on learning_session (organisation_id, staff_id, session_on);
