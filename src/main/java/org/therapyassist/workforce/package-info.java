/**
 * Workforce: teams, staff and their roles, bands and framework stages, HCPC registration, and the competency
 * sign-offs that delegation relies on. Also the accounts that login reads (through the platform's AccountDirectory).
 */
package org.therapyassist.workforce;
