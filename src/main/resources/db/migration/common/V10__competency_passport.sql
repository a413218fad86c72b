-- Portable competency passports: each organisation signs with its own Ed25519 key; a receiving service trusts the
-- issuers it knows. Imported passports are kept whole (payload and signature) so they can be verified again later.
create table organisation_signing_key (
    organisation_id uuid primary key references organisation (id),
    key_id          varchar(64) not null,
    public_key      varchar(200) not null,
    private_key     varchar(200) not null,
    created_at      timestamp with time zone not null
);

create table trusted_passport_issuer (
    organisation_id uuid not null references organisation (id),
    key_id          varchar(64) not null,
    issuer_name     varchar(200) not null,
    public_key      varchar(200) not null,
    added_by        uuid not null references staff_member (id),
    added_at        timestamp with time zone not null,
    primary key (organisation_id, key_id)
);

create table imported_passport (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    staff_id        uuid not null references staff_member (id),
    issuer_name     varchar(200) not null,
    key_id          varchar(64) not null,
    issuer_trusted  boolean not null,
    issued_at       timestamp with time zone not null,
    payload         varchar(200000) not null,
    signature       varchar(200) not null,
    imported_by     uuid not null references staff_member (id),
    imported_at     timestamp with time zone not null
);
create index imported_passport_staff_idx on imported_passport (organisation_id, staff_id, imported_at);
