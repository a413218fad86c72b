-- Care Certificate induction for new starters, rotations between teams with a handover checklist, daily reminders,
-- and the lock table that lets one app node run each scheduled job. Runs unchanged on H2 and PostgreSQL.

-- The two Care Certificate standard sets (national reference data, short titles of our own).
create table care_certificate_standard (
    standard_set    varchar(10) not null,
    number          integer not null,
    title           varchar(120) not null,
    primary key (standard_set, number)
);
insert into care_certificate_standard (standard_set, number, title) values
    ('CC2015', 1, 'Understand your role'),
    ('CC2015', 2, 'Your personal development'),
    ('CC2015', 3, 'Duty of care'),
    ('CC2015', 4, 'Equality and diversity'),
    ('CC2015', 5, 'Work in a person-centred way'),
    ('CC2015', 6, 'Communication'),
    ('CC2015', 7, 'Privacy and dignity'),
    ('CC2015', 8, 'Fluids and nutrition'),
    ('CC2015', 9, 'Mental health, dementia and learning disability awareness'),
    ('CC2015', 10, 'Safeguarding adults'),
    ('CC2015', 11, 'Safeguarding children'),
    ('CC2015', 12, 'Basic life support'),
    ('CC2015', 13, 'Health and safety'),
    ('CC2015', 14, 'Handling information'),
    ('CC2015', 15, 'Infection prevention and control'),
    ('CC2025', 1, 'Understand your role'),
    ('CC2025', 2, 'Your personal development'),
    ('CC2025', 3, 'Duty of care'),
    ('CC2025', 4, 'Equality, diversity, inclusion and human rights'),
    ('CC2025', 5, 'Work in a person-centred way'),
    ('CC2025', 6, 'Communication'),
    ('CC2025', 7, 'Privacy and dignity'),
    ('CC2025', 8, 'Fluids and nutrition'),
    ('CC2025', 9, 'Mental health and dementia awareness'),
    ('CC2025', 10, 'Safeguarding adults'),
    ('CC2025', 11, 'Safeguarding children'),
    ('CC2025', 12, 'Basic life support'),
    ('CC2025', 13, 'Health and safety'),
    ('CC2025', 14, 'Handling information'),
    ('CC2025', 15, 'Infection prevention and control'),
    ('CC2025', 16, 'Learning disability and autism awareness');

-- Which set an organisation uses for new plans; no row means the 2025 set.
create table organisation_induction_setting (
    organisation_id uuid primary key references organisation (id),
    standard_set    varchar(10) not null,
    changed_by      uuid references staff_member (id),
    changed_at      timestamp with time zone not null
);

-- Non-registered staff a lead has named to assess Care Certificate standards.
create table care_certificate_assessor (
    organisation_id uuid not null references organisation (id),
    staff_id        uuid not null references staff_member (id),
    named_by        uuid not null references staff_member (id),
    named_at        timestamp with time zone not null,
    primary key (organisation_id, staff_id)
);

create table induction_plan (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    staff_id        uuid not null references staff_member (id),
    starts_on       date not null,
    standard_set    varchar(10) not null,
    created_by      uuid not null references staff_member (id),
    created_at      timestamp with time zone not null,
    constraint induction_plan_once unique (organisation_id, staff_id)
);

create table induction_item (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    plan_id         uuid not null references induction_plan (id),
    position        integer not null,
    kind            varchar(20) not null,
    standard_number integer,
    title           varchar(200) not null,
    signed_off_by   uuid references staff_member (id),
    signed_off_at   timestamp with time zone,
    note            varchar(500)
);
create index induction_item_plan_idx on induction_item (organisation_id, plan_id, position);

create table rotation (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    staff_id        uuid not null references staff_member (id),
    from_team_id    uuid not null references team (id),
    to_team_id      uuid not null references team (id),
    starts_on       date not null,
    ends_on         date,
    status          varchar(20) not null,
    created_by      uuid not null references staff_member (id),
    created_at      timestamp with time zone not null,
    started_by      uuid references staff_member (id),
    started_at      timestamp with time zone,
    version         integer not null default 0
);
create index rotation_staff_idx on rotation (organisation_id, staff_id, starts_on);
create index rotation_to_team_idx on rotation (organisation_id, to_team_id, status, starts_on);

create table rotation_handover_item (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    rotation_id     uuid not null references rotation (id),
    position        integer not null,
    title           varchar(200) not null,
    ticked_by       uuid references staff_member (id),
    ticked_at       timestamp with time zone
);
create index rotation_handover_idx on rotation_handover_item (organisation_id, rotation_id, position);

-- Reminders written by the daily job: one per recipient, kind and subject (the subject carries its due date), so a
-- second run on the same day, or the next day, adds nothing new.
create table reminder (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    recipient_id    uuid not null references staff_member (id),
    about_staff_id  uuid not null references staff_member (id),
    kind            varchar(40) not null,
    subject_ref     varchar(120) not null,
    due_on          date,
    message         varchar(300) not null,
    created_on      date not null,
    dismissed_at    timestamp with time zone,
    constraint reminder_once unique (organisation_id, recipient_id, kind, subject_ref)
);
create index reminder_recipient_idx on reminder (organisation_id, recipient_id, dismissed_at);

-- ShedLock: which node holds each scheduled job's lock, and until when.
create table shedlock (
    name            varchar(64) not null primary key,
    lock_until      timestamp not null,
    locked_at       timestamp not null,
    locked_by       varchar(255) not null
);
