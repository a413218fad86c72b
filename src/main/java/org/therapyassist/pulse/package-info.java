/**
 * Pulse: the monthly, anonymous "do you feel valued?" check. Answers are stored with team and month only. Results are
 * released only for closed months, fixed once released, and only for groups such that every figure, and every sum or
 * difference of figures, covers at least five people ({@link org.therapyassist.pulse.PulseRules#release}), so no
 * sequence of reads or subtraction can tie an answer to a person.
 */
package org.therapyassist.pulse;
