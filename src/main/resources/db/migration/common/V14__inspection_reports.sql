-- Inspection reports (a LOLER thorough-examination report, an electrical test certificate): the file lives outside the
-- web root like staff evidence; this row says what it is and proves it unchanged.
create table equipment_document (
    id              uuid primary key,
    organisation_id uuid not null references organisation (id),
    inspection_id   uuid not null references equipment_inspection (id),
    original_name   varchar(120) not null,
    content_type    varchar(40) not null,
    size_bytes      bigint not null,
    sha256          varchar(64) not null,
    uploaded_by     uuid not null references staff_member (id),
    uploaded_at     timestamp with time zone not null
);
create index equipment_document_inspection_idx on equipment_document (organisation_id, inspection_id);
