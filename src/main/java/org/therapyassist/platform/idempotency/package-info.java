/**
 * Nothing done twice: the {@code Idempotency-Key} header on API writes (IETF draft "The Idempotency-Key HTTP Header
 * Field") and one-time tokens on page forms. Both keep, in the database, what the first request answered, so that a
 * retry gets that answer again instead of doing the work a second time.
 */
package org.therapyassist.platform.idempotency;
