/**
 * Competence: the competency catalogue, sign-offs (recorded, requested, refused, revoked), the checks delegation
 * relies on, gap analysis and career pathway against the framework, self-assessments and signed competency passports.
 */
package org.therapyassist.competence;
