/**
 * Community visits: planning a day of home visits. This slice is the planning engine only: a day's visits and workers
 * in ({@link org.therapyassist.visits.DayProblem}), a plan out ({@link org.therapyassist.visits.DayPlan}) made by
 * {@link org.therapyassist.visits.VisitPlanner} with Timefold Solver. The hard rules (in-date competence on the visit's
 * day and the stage, time windows, shifts and breaks, double-up visits, pins) live once in
 * {@link org.therapyassist.visits.PlanRules}, which checks any plan, the solver's or a lead's manual move. The solver's
 * own model is in {@code planning} and is not part of the module's face.
 */
package org.therapyassist.visits;
