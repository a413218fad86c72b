/**
 * Group classes: class templates (falls prevention, strength and balance, pulmonary and cardiac rehab, chronic pain)
 * with a capacity and the framework stage the leader needs, dated sessions, enrolment from a patient's open episode
 * with an ordered waiting list when the class is full, and the attendance register: saved once and signed, it writes
 * a line into each attendee's record; corrections are amendments. Other modules use its root package only.
 */
package org.therapyassist.groups;
