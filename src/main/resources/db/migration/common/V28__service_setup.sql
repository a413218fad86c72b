-- Setting up a real (non-demo) service: the one-time link printed in the log at first start, and the record that the
-- service has been set up. Only the SHA-256 of a link's token is kept, so the table alone cannot open the page.
create table setup_token (
    id          uuid primary key,
    token_hash  varchar(64) not null unique,
    created_at  timestamp with time zone not null,
    expires_at  timestamp with time zone not null,
    used_at     timestamp with time zone
);

-- At most one row ever (id = 1): a second set-up, even one racing the first with another link, fails on the key.
create table service_setup (
    id               integer primary key check (id = 1),
    organisation_id  uuid not null references organisation (id),
    administrator_id uuid not null references staff_member (id),
    completed_at     timestamp with time zone not null
);

-- When each person last signed in with their password, for administrators (written at most every few minutes).
alter table staff_member add column last_signed_in_at timestamp with time zone;
