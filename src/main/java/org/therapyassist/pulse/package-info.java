/**
 * Pulse: the monthly, anonymous "do you feel valued?" check. Answers are stored with team and month only, and results
 * are released only for groups of at least five answers — enforced in the query, so no page, API or export can show
 * a smaller group or tie an answer to a person.
 */
package org.therapyassist.pulse;
