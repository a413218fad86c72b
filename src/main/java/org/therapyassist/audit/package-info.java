/**
 * Audit: the one writer of the append-only, hash-chained audit trail, and the reader that shows a patient's
 * trail and verifies that no event has been altered or removed.
 */
package org.therapyassist.audit;
