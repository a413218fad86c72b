/**
 * Delegation: a registrant hands a task for a patient to a support worker judged competent. The desk refuses a
 * delegation the rules forbid (unregistered delegator, no consent, stage too low, competency missing or expired);
 * the worker accepts or declines; the registrant reviews. Also the support worker's "My day".
 */
package org.therapyassist.delegation;
