/**
 * Reporting: the team lead's overview of delegated work — open delegations per support worker, reviews overdue,
 * records awaiting countersignature and open escalations. Counts only; no patient is identified here.
 */
package org.therapyassist.reporting;
