-- Floor for reading a patient (the API's patient page and FHIR Patient read): the patient and their active alerts.
\set n random(1, :people)
select p.*,
       (select string_agg(a.kind || ':' || coalesce(a.note, ''), ',') from patient_alert a
         where a.organisation_id = p.organisation_id and a.patient_id = p.id and a.active) as alerts
  from bench_people b
  join patient p on p.organisation_id = b.organisation_id and p.id = b.patient_id
 where b.n = :n;
