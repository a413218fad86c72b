-- Who delegated the work a result was recorded on, kept on the result itself (a delegation's delegator never changes),
-- so the outcomes module finds "results on my delegations" in its own table instead of reading delegation's. The
-- vendor migrations V26_1 fill it for results recorded before this column.
alter table measure_result add column delegated_by uuid references staff_member (id);
create index measure_result_delegated_by_idx on measure_result (organisation_id, delegated_by, effective_on);
