/**
 * Training: mandatory and role training records and their renewal, qualifications and the evidence files that back
 * them, with the team's training compliance.
 */
package org.therapyassist.training;
