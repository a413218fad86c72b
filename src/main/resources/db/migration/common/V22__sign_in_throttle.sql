-- Sign-in throttling (issue 11, point 3). Failed sign-ins are counted in three leaky buckets: per network address
-- and account, per address, per account. Each bucket is one row holding the instant it is busy until (the generic
-- cell rate algorithm); a row exists only while the bucket holds something. Kept in the database so that every app
-- node counts the same tries. Accounts are keyed by a SHA-256 of the username as typed, never the text itself.
create table sign_in_throttle (
    scope       varchar(16) not null,   -- ADDRESS_ACCOUNT, ADDRESS or ACCOUNT
    address     varchar(45) not null,   -- '' for ACCOUNT
    account_key varchar(64) not null,   -- '' for ADDRESS
    busy_until  timestamp with time zone not null,
    primary key (scope, address, account_key)
);
create index sign_in_throttle_busy_idx on sign_in_throttle (busy_until);

-- What administrators and team leads see on "Sign-in alerts": an account being guessed at, and from where.
create table sign_in_alert (
    id              uuid primary key,
    organisation_id uuid not null,
    staff_id        uuid not null,
    username        varchar(60) not null,
    staff_name      varchar(170) not null,
    kind            varchar(30) not null,
    address         varchar(45) not null,
    raised_at       timestamp with time zone not null,
    locked_until    timestamp with time zone
);
create index sign_in_alert_org_idx on sign_in_alert (organisation_id, raised_at);
create index sign_in_alert_staff_idx on sign_in_alert (organisation_id, staff_id, kind, raised_at);

-- Failures are no longer counted on the account (that let anyone lock anyone out); the lock itself stays.
alter table staff_member drop column failed_logins;
