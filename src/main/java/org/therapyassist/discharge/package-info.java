/**
 * Discharge: the discharge summary written when an episode of care ends (goals and measures first vs last, equipment
 * still at home with what happens to each item, advice given, follow-up), the discussions with the patient or family
 * and with the MDT (who, when, what was agreed), signing (which closes the episode and freezes the summary;
 * corrections are amendments) and the discharge letter PDF for the GP and the patient.
 */
package org.therapyassist.discharge;
