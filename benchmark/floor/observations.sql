-- Floor for a FHIR Observation search by patient: the patient's current results (not replaced by a correction) with
-- their items, newest first, one page, and the total the bundle carries.
\set n random(1, :people)
select count(*) from bench_people b join measure_result r
    on r.organisation_id = b.organisation_id and r.patient_id = b.patient_id
 where b.n = :n and not exists (select 1 from measure_result c where c.replaces_id = r.id);
select r.*, i.item_key, i.label, i.item_value
  from bench_people b
  join measure_result r on r.organisation_id = b.organisation_id and r.patient_id = b.patient_id
  left join measure_result_item i on i.result_id = r.id
 where b.n = :n and not exists (select 1 from measure_result c where c.replaces_id = r.id)
 order by r.effective_on desc, r.recorded_at desc limit 50;
