-- Signed checkpoints of the audit trail (audit.Checkpoints): every chain head of an organisation, the event count and
-- the previous checkpoint's hash, signed with a key the database does not hold and copied to an append-only file
-- outside it. A trail rewritten, cut short or emptied in the database no longer matches them. Rows are only inserted.
create table audit_checkpoint (
    organisation_id uuid not null,
    number          bigint not null,
    taken_at        timestamp with time zone not null,
    event_count     bigint not null,
    prev_hash       char(64) not null,
    hash            char(64) not null,
    key_id          varchar(32) not null,
    signature       varchar(120) not null,
    primary key (organisation_id, number)
);

create table audit_checkpoint_head (
    organisation_id uuid not null,
    number          bigint not null,
    chain_partition integer not null,
    seq             bigint not null,
    hash            char(64) not null,
    primary key (organisation_id, number, chain_partition),
    foreign key (organisation_id, number) references audit_checkpoint (organisation_id, number)
);

-- Spring Modulith's event publication registry (its v2 layout), made here by the owner role instead of by the
-- application at start-up: on PostgreSQL the application's login may not create tables. "If not exists" because
-- databases that ran earlier versions already have it from that start-up script.
create table if not exists event_publication (
    id                     uuid not null primary key,
    listener_id            varchar(512) not null,
    event_type             varchar(512) not null,
    serialized_event       varchar not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 varchar(20),
    completion_attempts    integer,
    last_resubmission_date timestamp with time zone
);
create index if not exists event_publication_by_completion_date_idx on event_publication (completion_date);
