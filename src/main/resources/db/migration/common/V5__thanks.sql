-- Thanks for a specific piece of work: seen by the person thanked, and kept for their PDP review.
create table thanks (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    from_staff_id   uuid not null references staff_member (id),
    to_staff_id     uuid not null references staff_member (id),
    about           varchar(200),
    message         varchar(500) not null,
    created_at      timestamp with time zone not null
);
create index thanks_to_idx on thanks (organisation_id, to_staff_id, created_at);
