/**
 * Record: the patient's record as one page and one timeline — details and alerts, episodes with goals and programme,
 * delegations, session records with amendments, escalations — composed from the modules that own each part.
 */
package org.therapyassist.record;
