/**
 * Care plans: an episode of care opened for a referral (reason, condition category, setting, lead therapist), the
 * goals agreed with the patient and the programme of exercises or activities with the limits of progression.
 */
package org.therapyassist.careplans;
