-- E-mail notifications (issue 15), owned by the notifications module.

-- Where a member of staff wants e-mails and which: their own choice, changed by them only. No row: no address, so no
-- e-mail (the defaults below apply once they give one).
create table notification_settings (
    organisation_id  uuid not null,
    staff_id         uuid not null,
    email            varchar(254),
    escalations      boolean not null default true,
    new_delegations  boolean not null default true,
    changed_at       timestamp with time zone not null,
    primary key (organisation_id, staff_id)
);

-- One row per e-mail: written when the event's work has committed, sent by the outbox job, kept as the record of what
-- was sent. The unique key is what makes a second delivery of the same event send nothing. Holds ids, a kind and the
-- outcome only: the words are made from fixed messages when the e-mail is sent, so no patient detail is ever stored.
create table notification_outbox (
    id                  uuid primary key,
    organisation_id     uuid not null,
    kind                varchar(30) not null,
    subject_id          uuid not null,
    outcome             varchar(20),
    recipient_staff_id  uuid,
    recipient_email     varchar(254) not null,
    status              varchar(10) not null,
    attempts            integer not null default 0,
    queued_at           timestamp with time zone not null,
    next_try_at         timestamp with time zone not null,
    sent_at             timestamp with time zone,
    last_error          varchar(200),
    constraint notification_outbox_once unique (organisation_id, kind, subject_id, recipient_email)
);

-- The job's question across organisations: what is waiting and due.
create index notification_outbox_due on notification_outbox (status, next_try_at);
