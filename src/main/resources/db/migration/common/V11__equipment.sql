-- Equipment: a national catalogue of item types; stores per team; an append-only stock ledger with a balance per
-- (store, item, bin) kept in the same transaction, whose check constraint makes a negative figure impossible; assets
-- tracked one by one; loans to patients; reservations; inspections; faults; purchase orders.

create table equipment_item_type (
    code                    varchar(40) primary key,
    name                    varchar(120) not null,
    category                varchar(40) not null,
    tracking                varchar(10) not null,
    inspection_regime       varchar(20) not null,
    inspection_months       integer,
    check (tracking in ('ASSET', 'STOCK')),
    check (inspection_regime in ('LOLER', 'ELECTRICAL', 'NONE'))
);

insert into equipment_item_type (code, name, category, tracking, inspection_regime, inspection_months) values
 ('WALKING_FRAME', 'Walking frame', 'WALKING_AID', 'STOCK', 'NONE', null),
 ('WHEELED_FRAME', 'Wheeled walking frame (two wheels)', 'WALKING_AID', 'STOCK', 'NONE', null),
 ('THREE_WHEELED_WALKER', 'Three-wheeled walker', 'WALKING_AID', 'STOCK', 'NONE', null),
 ('WALKING_STICK', 'Walking stick (adjustable)', 'WALKING_AID', 'STOCK', 'NONE', null),
 ('ELBOW_CRUTCHES', 'Elbow crutches (pair)', 'WALKING_AID', 'STOCK', 'NONE', null),
 ('COMMODE', 'Commode chair', 'TOILETING', 'STOCK', 'NONE', null),
 ('TOILET_FRAME', 'Toilet frame', 'TOILETING', 'STOCK', 'NONE', null),
 ('RAISED_TOILET_SEAT', 'Raised toilet seat', 'TOILETING', 'STOCK', 'NONE', null),
 ('PERCHING_STOOL', 'Perching stool', 'KITCHEN', 'STOCK', 'NONE', null),
 ('BATH_BOARD', 'Bath board', 'BATHING', 'STOCK', 'NONE', null),
 ('GRAB_RAIL', 'Grab rail', 'BATHING', 'STOCK', 'NONE', null),
 ('MOBILE_HOIST', 'Mobile hoist', 'MOVING_AND_HANDLING', 'ASSET', 'LOLER', 6),
 ('STANDING_HOIST', 'Standing hoist', 'MOVING_AND_HANDLING', 'ASSET', 'LOLER', 6),
 ('SLING', 'Hoist sling', 'MOVING_AND_HANDLING', 'ASSET', 'LOLER', 6),
 ('WHEELCHAIR', 'Self-propelled wheelchair', 'WHEELCHAIR', 'ASSET', 'NONE', null),
 ('PRESSURE_CUSHION', 'Pressure-relieving cushion', 'PRESSURE_CARE', 'STOCK', 'NONE', null),
 ('PROFILING_BED', 'Profiling bed (electric)', 'BEDS', 'ASSET', 'ELECTRICAL', 12);

create table equipment_store (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    team_id         uuid references team (id),
    name            varchar(120) not null,
    kind            varchar(20) not null,
    check (kind in ('WARD', 'COMMUNITY_BASE', 'CENTRAL'))
);
create index equipment_store_org_idx on equipment_store (organisation_id, name);

-- Per store and item: when to reorder and how many.
create table equipment_stock_level (
    store_id        uuid not null references equipment_store (id),
    item_code       varchar(40) not null references equipment_item_type (code),
    reorder_level   integer not null,
    reorder_quantity integer not null,
    primary key (store_id, item_code),
    check (reorder_level >= 0 and reorder_quantity > 0)
);

-- The figure on hand per bin, changed only together with a ledger entry; never negative.
create table equipment_balance (
    organisation_id uuid not null references organisation (id),
    store_id        uuid not null references equipment_store (id),
    item_code       varchar(40) not null references equipment_item_type (code),
    bin             varchar(20) not null,
    on_hand         integer not null,
    primary key (store_id, item_code, bin),
    check (on_hand >= 0),
    check (bin in ('AVAILABLE', 'QUARANTINE'))
);

create table equipment_movement (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    store_id        uuid not null references equipment_store (id),
    item_code       varchar(40) not null references equipment_item_type (code),
    bin             varchar(20) not null,
    quantity        integer not null,
    kind            varchar(20) not null,
    reason          varchar(500),
    loan_id         uuid,
    purchase_order_id uuid,
    transfer_id     uuid,
    actor_id        uuid not null references staff_member (id),
    happened_at     timestamp with time zone not null,
    check (quantity <> 0),
    check (bin in ('AVAILABLE', 'QUARANTINE'))
);
create index equipment_movement_store_idx on equipment_movement (organisation_id, store_id, item_code, happened_at);

create table equipment_asset (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    item_code       varchar(40) not null references equipment_item_type (code),
    store_id        uuid not null references equipment_store (id),
    asset_label     varchar(40) not null,
    serial_number   varchar(80),
    status          varchar(20) not null,
    next_inspection_due date,
    version         integer not null default 0,
    constraint equipment_asset_label_uq unique (organisation_id, asset_label),
    check (status in ('AVAILABLE', 'ON_LOAN', 'NEEDS_CLEANING', 'QUARANTINED', 'RETIRED'))
);
create index equipment_asset_store_idx on equipment_asset (organisation_id, store_id, item_code, status);
create index equipment_asset_due_idx on equipment_asset (organisation_id, next_inspection_due);

create table equipment_loan (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    patient_id      uuid not null references patient (id),
    store_id        uuid not null references equipment_store (id),
    item_code       varchar(40) not null references equipment_item_type (code),
    asset_id        uuid references equipment_asset (id),
    quantity        integer not null,
    adjustments     varchar(500),
    instructions    varchar(1000) not null,
    session_record_id uuid,
    issued_by       uuid not null references staff_member (id),
    issued_at       timestamp with time zone not null,
    expected_return_on date,
    review_on       date,
    status          varchar(20) not null,
    returned_at     timestamp with time zone,
    returned_by     uuid references staff_member (id),
    return_note     varchar(500),
    version         integer not null default 0,
    check (quantity > 0),
    check (status in ('ON_LOAN', 'RETURNED'))
);
create index equipment_loan_patient_idx on equipment_loan (organisation_id, patient_id, status);
create index equipment_loan_due_idx on equipment_loan (organisation_id, status, expected_return_on);

create table equipment_reservation (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    store_id        uuid not null references equipment_store (id),
    item_code       varchar(40) not null references equipment_item_type (code),
    asset_id        uuid references equipment_asset (id),
    quantity        integer not null,
    starts_on       date not null,
    ends_on         date not null,
    patient_id      uuid references patient (id),
    reason          varchar(500) not null,
    status          varchar(20) not null,
    created_by      uuid not null references staff_member (id),
    created_at      timestamp with time zone not null,
    check (quantity > 0),
    check (ends_on >= starts_on),
    check (status in ('ACTIVE', 'CANCELLED', 'FULFILLED'))
);
create index equipment_reservation_idx on equipment_reservation (organisation_id, store_id, item_code, status, starts_on);

create table equipment_inspection (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    asset_id        uuid not null references equipment_asset (id),
    inspected_on    date not null,
    result          varchar(10) not null,
    findings        varchar(1000),
    examiner        varchar(200) not null,
    next_due_on     date,
    report_file_id  uuid,
    recorded_by     uuid not null references staff_member (id),
    recorded_at     timestamp with time zone not null,
    check (result in ('PASS', 'FAIL'))
);
create index equipment_inspection_asset_idx on equipment_inspection (organisation_id, asset_id, inspected_on);

create table equipment_fault (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    asset_id        uuid references equipment_asset (id),
    item_code       varchar(40) not null references equipment_item_type (code),
    patient_id      uuid references patient (id),
    description     varchar(1000) not null,
    reported_by     uuid not null references staff_member (id),
    reported_at     timestamp with time zone not null,
    status          varchar(20) not null,
    resolved_by     uuid references staff_member (id),
    resolved_at     timestamp with time zone,
    resolution      varchar(1000),
    check (status in ('OPEN', 'REPAIRED', 'WRITTEN_OFF'))
);
create index equipment_fault_idx on equipment_fault (organisation_id, status, reported_at);

create table purchase_order (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    store_id        uuid not null references equipment_store (id),
    supplier        varchar(200) not null,
    status          varchar(20) not null,
    created_by      uuid not null references staff_member (id),
    created_at      timestamp with time zone not null,
    approved_by     uuid references staff_member (id),
    approved_at     timestamp with time zone,
    sent_at         timestamp with time zone,
    version         integer not null default 0,
    check (status in ('DRAFT', 'APPROVED', 'SENT', 'PART_RECEIVED', 'RECEIVED', 'CANCELLED'))
);
create index purchase_order_idx on purchase_order (organisation_id, status, created_at);

create table purchase_order_line (
    id              uuid primary key,
    purchase_order_id uuid not null references purchase_order (id),
    item_code       varchar(40) not null references equipment_item_type (code),
    quantity        integer not null,
    received_quantity integer not null default 0,
    check (quantity > 0 and received_quantity >= 0 and received_quantity <= quantity)
);
create index purchase_order_line_idx on purchase_order_line (purchase_order_id);
