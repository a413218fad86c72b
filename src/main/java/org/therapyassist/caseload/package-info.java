/**
 * Caseload: the lists a clinician or support worker starts the day from (my patients, the team's caseload, the ward
 * list by bed) with filters. It owns no tables: it reads open episodes from careplans, patients' names and alerts
 * from patients and open delegations from delegation, through their public services, and passes every patient it
 * shows through the access module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Caseload")
package org.therapyassist.caseload;
