/**
 * Induction: the Care Certificate induction of new support workers (standards, observed items, named assessors) and
 * rotations between teams with their handover.
 */
package org.therapyassist.induction;
