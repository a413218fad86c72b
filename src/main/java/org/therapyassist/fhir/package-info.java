/**
 * FHIR: the service's FHIR R4 server at {@code /fhir} (HAPI FHIR's plain {@code RestfulServer}), returning UK Core STU2
 * resources mapped from the other modules' public faces (patients, staff, careplans, exercises, delegation, sessions,
 * groups, outcomes, equipment, referrals), and taking Patients and ServiceRequests (referrals into triage) from other
 * systems through the same modules' methods the app uses. It owns no table; every patient's record it returns or
 * changes passes the same policy, access check and audit as the REST API, and every search pages ({@code _count},
 * {@code _offset}, {@code total}).
 */
package org.therapyassist.fhir;
