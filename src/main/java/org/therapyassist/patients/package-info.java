/**
 * Patients: who the service treats — NHS number (Modulus 11 checked), name, date of birth, contact details and
 * alerts such as falls risk or lone-working risk. Every read and change goes through the access module.
 */
package org.therapyassist.patients;
