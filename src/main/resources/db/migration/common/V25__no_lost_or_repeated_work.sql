-- No acknowledged or typed work lost, nothing done twice (issue 11, point 4).

-- Idempotency-Key (IETF draft "The Idempotency-Key HTTP Header Field"): one row per key and person. The first request
-- inserts its row IN_FLIGHT (the primary key makes a second request at the same moment see it and get 409), then the
-- row becomes COMPLETED with the response, in the same transaction as the work itself, so a retry gets that response
-- again. Rows go after expires_at (platform sweep, under ShedLock).
create table idempotency_key (
    organisation_id     uuid not null,
    staff_id            uuid not null,
    idempotency_key     varchar(255) not null,
    fingerprint         varchar(64) not null,   -- SHA-256 of method, path, query and body
    state               varchar(12) not null,   -- IN_FLIGHT, COMPLETED
    claim               uuid not null,          -- which request holds it; a stale claim is taken over by a retry
    response_status     integer,
    response_type       varchar(255),
    response_location   varchar(2000),
    response_body       bytea,
    created_at          timestamp with time zone not null,
    expires_at          timestamp with time zone not null,
    primary key (organisation_id, staff_id, idempotency_key)
);
create index idempotency_key_expiry_idx on idempotency_key (expires_at);

-- One-time form tokens: a page form's token is used once. The row is written when the form is posted (nothing is
-- stored when a form is shown) and, when the post ended in a redirect, keeps where it went, so a second post of the
-- same form goes there too instead of doing the work again.
create table form_submission (
    token_id        varchar(40) primary key,   -- the token's random part
    staff_id        uuid not null,
    state           varchar(12) not null,      -- IN_FLIGHT, COMPLETED
    outcome         varchar(2000),             -- where the first post redirected to
    created_at      timestamp with time zone not null,
    expires_at      timestamp with time zone not null
);
create index form_submission_expiry_idx on form_submission (expires_at);

-- The same session record sent again by a client without an Idempotency-Key (a retry after a lost response) is
-- recognised by what it says: same worker, delegation, day and content within a few minutes.
alter table session_record add column content_hash varchar(64);
create index session_record_repeat_idx on session_record (organisation_id, delegation_id, author_id, performed_on);

-- My day lists a worker's unsigned drafts ("waiting for your signature").
create index session_record_author_status_idx on session_record (organisation_id, author_id, status);
