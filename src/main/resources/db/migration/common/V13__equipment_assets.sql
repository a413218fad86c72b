-- Equipment assets, inspections, faults and purchase orders: why and by whom an asset was retired (it is never
-- deleted), who cancelled or sent an order, and the indexes the due list and fault lists read by.

alter table equipment_asset add column retired_reason varchar(500);
alter table equipment_asset add column retired_by uuid references staff_member (id);
alter table equipment_asset add column retired_at timestamp with time zone;

alter table purchase_order add column sent_by uuid references staff_member (id);
alter table purchase_order add column cancelled_by uuid references staff_member (id);
alter table purchase_order add column cancelled_at timestamp with time zone;
alter table purchase_order add column cancel_reason varchar(500);

create index equipment_fault_asset_idx on equipment_fault (asset_id, status);
create index purchase_order_store_idx on purchase_order (organisation_id, store_id, status);
alter table purchase_order_line add constraint purchase_order_line_item_uq unique (purchase_order_id, item_code);
