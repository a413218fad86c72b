/**
 * Lone working on home visits: a worker's "Arrived" and "Left" on each published visit, a job that raises an alert
 * when "Left" has not come by the expected time plus a grace period and escalates it when nobody acknowledges it, and
 * a discreet "I need help" that alerts at once with the visit's address. Everything is rows in the database (check-ins,
 * alerts, their recipients), so an alert survives a restart and two nodes never raise one twice.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Lone working")
package org.therapyassist.lonework;
