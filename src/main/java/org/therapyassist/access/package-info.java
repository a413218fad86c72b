/**
 * Access: the one place that decides who may see or change a patient's record, and that writes the audit event
 * for every such read or change. Support workers see patients on their team's caseload or delegated to them;
 * anything else is a break-glass with a recorded reason.
 */
package org.therapyassist.access;
