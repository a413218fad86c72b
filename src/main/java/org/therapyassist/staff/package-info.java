/**
 * Staff: the directory of people, teams, job roles and framework stages, HCPC registration, and the accounts that
 * login reads (through the platform's AccountDirectory). The only module that reads staff_member, team and
 * organisation; others ask StaffDirectory, StaffLookup, StaffNames or Teams, reading their own tables for ids first and
 * asking here with them. Also who may see a person's development record (StaffRecordAccess).
 */
package org.therapyassist.staff;
