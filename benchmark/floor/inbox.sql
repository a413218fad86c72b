-- Floor for a registrant's inbox: the main parts it shows, one page (20) each with the patient's name, and their
-- totals: open escalations raised to them, records awaiting their countersignature, declined delegations not dealt
-- with, reviews due, offers not answered. One query, as one round trip is the least any implementation needs.
\set n random(1, :people)
with me as (select organisation_id as org, registrant_id as id from bench_people where n = :n),
esc as (select e.id, e.raised_at as at, e.patient_id, 'escalation' as part from escalation e, me
         where e.organisation_id = me.org and e.raised_to = me.id and e.status = 'OPEN'),
cs as (select r.id, r.signed_at as at, r.patient_id, 'countersign' as part
         from session_record r cross join me left join session_countersignature c on c.session_record_id = r.id
        where r.organisation_id = me.org and r.reviewer_id = me.id and r.status = 'SIGNED'
          and r.requires_countersign = true and c.session_record_id is null),
dl as (select d.id, coalesce(d.responded_at, d.created_at) as at, d.patient_id,
              case when d.status = 'DECLINED' then 'declined' when d.status = 'OFFERED' then 'awaiting' else 'review' end
                as part
         from delegation d, me
        where d.organisation_id = me.org and d.delegator_id = me.id
          and ((d.status = 'DECLINED' and d.closed_at is null) or d.status = 'OFFERED'
               or (d.status = 'ACCEPTED' and d.review_on <= current_date))),
everything as (select * from esc union all select * from cs union all select * from dl),
ranked as (select x.*, row_number() over (partition by part order by at, id) as place,
                  count(*) over (partition by part) as total from everything x)
select r.part, r.id, r.at, r.total, p.given_name, p.family_name, p.nhs_number
  from ranked r join patient p on p.id = r.patient_id
 where r.place <= 20;
