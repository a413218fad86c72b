/**
 * Reminders: the daily job that tells staff and their leads what is due (sign-offs and training expiring, supervision
 * and induction behind), grouped by kind, and closes reminders when the work is done (on the owning modules' events).
 */
package org.therapyassist.reminders;
