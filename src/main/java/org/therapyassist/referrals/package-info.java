/**
 * Referrals: referrals in from the MDT (source, reason, urgency with a date to respond by) waiting in a team's triage
 * queue until a registrant accepts them into an episode of care, signposts them elsewhere or rejects them with a
 * reason (one final decision, who and when); and referrals out to another team or an external service, with what
 * was sent and the status as it changes. FHIR: both map to ServiceRequest.
 */
package org.therapyassist.referrals;
