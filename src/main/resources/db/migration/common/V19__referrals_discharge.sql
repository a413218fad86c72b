-- Referrals in (with the triage decision), referrals out, and discharge summaries with their equipment plans,
-- discussions, outcome snapshot and amendments. Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.

create table referral (
    id                  uuid primary key,
    organisation_id     uuid not null,
    patient_id          uuid not null references patient (id),
    team_id             uuid not null references team (id),
    source_role         varchar(30) not null,
    source_name         varchar(120) not null,
    source_organisation varchar(200),
    reason              varchar(1000) not null,
    urgency             varchar(10) not null,
    received_on         date not null,
    respond_by          date not null,
    status              varchar(20) not null,
    recorded_at         timestamp with time zone not null,
    recorded_by         uuid not null references staff_member (id),
    version             integer not null default 0
);
create index referral_queue_idx on referral (organisation_id, team_id, status, respond_by);
create index referral_patient_idx on referral (organisation_id, patient_id);

-- One decision per referral, never edited: the primary key is the database's own guard against a second decision.
create table referral_decision (
    referral_id     uuid primary key references referral (id),
    organisation_id uuid not null,
    outcome         varchar(20) not null,
    episode_id      uuid references episode (id),
    signposted_to   varchar(200),
    note            varchar(1000),
    decided_by      uuid not null references staff_member (id),
    decided_at      timestamp with time zone not null
);

create table referral_out (
    id                  uuid primary key,
    organisation_id     uuid not null,
    patient_id          uuid not null references patient (id),
    episode_id          uuid references episode (id),
    to_team_id          uuid references team (id),
    to_service          varchar(200),
    linked_referral_id  uuid references referral (id),
    urgency             varchar(10) not null,
    reason              varchar(1000) not null,
    information_sent    varchar(1000) not null,
    status              varchar(20) not null,
    sent_on             date not null,
    sent_by             uuid not null references staff_member (id),
    version             integer not null default 0
);
create index referral_out_patient_idx on referral_out (organisation_id, patient_id);

-- Every change of an external referral's status, append-only.
create table referral_out_update (
    id              uuid primary key,
    organisation_id uuid not null,
    referral_out_id uuid not null references referral_out (id),
    status          varchar(20) not null,
    note            varchar(500),
    recorded_by     uuid not null references staff_member (id),
    recorded_at     timestamp with time zone not null
);
create index referral_out_update_idx on referral_out_update (organisation_id, referral_out_id);

create table discharge_summary (
    id              uuid primary key,
    organisation_id uuid not null,
    episode_id      uuid not null references episode (id),
    patient_id      uuid not null references patient (id),
    advice_given    varchar(2000),
    follow_up       varchar(1000),
    gp_name         varchar(200),
    status          varchar(10) not null,
    created_at      timestamp with time zone not null,
    created_by      uuid not null references staff_member (id),
    signed_at       timestamp with time zone,
    signed_by       uuid references staff_member (id),
    version         integer not null default 0,
    constraint discharge_one_per_episode unique (episode_id)
);
create index discharge_patient_idx on discharge_summary (organisation_id, patient_id);

-- What happens to each item still at the patient's home.
create table discharge_equipment (
    discharge_id    uuid not null references discharge_summary (id),
    loan_id         uuid not null references equipment_loan (id),
    organisation_id uuid not null,
    item_name       varchar(200) not null,
    plan            varchar(30) not null,
    note            varchar(500),
    primary key (discharge_id, loan_id)
);

create table discharge_discussion (
    id              uuid primary key,
    organisation_id uuid not null,
    discharge_id    uuid not null references discharge_summary (id),
    kind            varchar(20) not null,
    held_on         date not null,
    participants    varchar(500) not null,
    agreed          varchar(2000) not null,
    recorded_by     uuid not null references staff_member (id),
    recorded_at     timestamp with time zone not null
);
create index discharge_discussion_idx on discharge_discussion (organisation_id, discharge_id);

-- Goals and measures as they stood when the summary was signed, so the signed summary and letter never change.
create table discharge_outcome_line (
    id              uuid primary key,
    organisation_id uuid not null,
    discharge_id    uuid not null references discharge_summary (id),
    position        integer not null,
    kind            varchar(10) not null,
    label           varchar(500) not null,
    first_value     varchar(100),
    last_value      varchar(100),
    result          varchar(200)
);
create index discharge_outcome_idx on discharge_outcome_line (organisation_id, discharge_id);

create table discharge_amendment (
    id              uuid primary key,
    organisation_id uuid not null,
    discharge_id    uuid not null references discharge_summary (id),
    reason          varchar(500) not null,
    text            varchar(2000) not null,
    author_id       uuid not null references staff_member (id),
    created_at      timestamp with time zone not null
);
create index discharge_amendment_idx on discharge_amendment (organisation_id, discharge_id);
