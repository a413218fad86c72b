-- A before-session checklist gone through on a phone without signal (issue 14) reaches the service later, from the
-- phone's outbox. checked_at and checked_on stay when it was taken (what the registrant needs to judge a stop); this
-- says when it arrived, so a late stop reads as late. Null: taken with signal, arrived at once.
alter table pre_session_check add column received_at timestamp with time zone;
