/**
 * Sessions: what a support worker records after doing delegated work — activities done, patient response, pain,
 * measures, progress on goals — signed and then immutable, corrected only by amendments, countersigned by a
 * registrant where the author's band requires it. Escalations ("stop and contact") land in the delegator's inbox.
 */
package org.therapyassist.sessions;
