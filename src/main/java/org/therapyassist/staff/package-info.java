/**
 * Staff: the directory of people, teams, job roles and framework stages, HCPC registration, and the accounts that
 * login reads (through the platform's AccountDirectory). The only module that reads staff_member and team; others ask
 * StaffDirectory, StaffNames or Teams. Also who may see a person's development record (StaffRecordAccess).
 */
package org.therapyassist.staff;
