/**
 * Exercises: the exercise library (national entries written for the product plus a service's own, each with a
 * stick-figure illustration), the programme a therapist builds from it for an episode of care (dose, order, limits
 * of progression, kept in careplans' programme_item), and the home exercise sheet (page and PDF, with an easy-read
 * version) for the patient.
 */
package org.therapyassist.exercises;
