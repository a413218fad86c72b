-- Who cleaned and decontaminated a returned asset, when and how: the record infection control asks for before the
-- next patient gets it. Append-only, like the stock ledger's CLEANED movements for counted stock.
create table equipment_cleaning (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    asset_id        uuid not null references equipment_asset (id),
    loan_id         uuid references equipment_loan (id),
    method          varchar(300),
    cleaned_by      uuid not null references staff_member (id),
    cleaned_at      timestamp with time zone not null
);
create index equipment_cleaning_asset_idx on equipment_cleaning (organisation_id, asset_id, cleaned_at);
