-- HTTP sessions kept in the shared database (issue 16, more than one node), so that a page served by one node and the
-- next by another see the same signed-in person, and signing out on one ends the session on all. Spring Session JDBC
-- 4.1.0's own tables (its schema-postgresql.sql; BYTEA is also H2's name for a variable binary), made here by Flyway
-- because the application's login may not create tables. Only the cluster profile uses them; one node keeps its
-- sessions in memory and leaves these empty.
--
-- Not led by organisation_id, unlike every clinical table: a session exists before anyone has said who they are, and
-- belongs to the service as a whole (docs/deployment.md, "Past one database").
create table spring_session (
    primary_id            char(36) not null,
    session_id            char(36) not null,
    creation_time         bigint not null,
    last_access_time      bigint not null,
    max_inactive_interval int not null,
    expiry_time           bigint not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);

create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id)
        references spring_session (primary_id) on delete cascade
);
