/**
 * Outcomes: the outcome-measure library (scoring and interpretation as code), measure results recorded for a patient
 * by registrants and support workers (including the pain, TUG and chair-stand values of session records), a
 * service's own measures, stop criteria on a delegation that escalate to the delegator, and server-rendered SVG
 * progress charts with a data-table alternative.
 */
package org.therapyassist.outcomes;
