package org.therapyassist.visits.planning;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.loadBalance;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import java.util.function.Function;

/**
 * The rules the solver optimises. Hard: competence on the day, time windows, shifts, breaks, partners on different
 * workers, pins, and timings that are consistent. Medium: every visit planned, a double-up (often a hoist transfer)
 * before two single visits; it counts as planned only with both workers (one alone still beats none, so the search
 * can get there).
 * Soft: travel in seconds, continuity of carer and a fair share of visit time.
 */
public class VisitConstraints implements ConstraintProvider {

    /** A visit not with the worker the patient knows costs as much as this many seconds of extra travel. */
    static final int CONTINUITY_SECONDS = 600;
    /** Each point (per mille) of unfairness in the share of shifts spent visiting costs this many seconds of travel. */
    static final int FAIRNESS_SECONDS_PER_POINT = 2;
    /** Names of the soft aims whose weights a planner may set (see {@code VisitPlanningProperties}). */
    static final String CONTINUITY = "continuity of carer";
    static final String FAIRNESS = "fair workload";

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[]{
                notQualified(factory), lateForWindow(factory), overBreak(factory), pastShiftEnd(factory),
                partnersOnOneWorker(factory), partnersApart(factory), pinMoved(factory), inconsistentTimes(factory),
                unplanned(factory), doubleUpMissingAPartner(factory),
                travel(factory), continuity(factory), fairness(factory)};
    }

    Constraint notQualified(ConstraintFactory factory) {
        return factory.forEach(Stop.class).filter(s -> !s.qualified())
                .penalize(HardMediumSoftScore.ofHard(100)).asConstraint("worker not competent on the day");
    }

    Constraint lateForWindow(ConstraintFactory factory) {
        return factory.forEach(Stop.class).filter(s -> s.lateBy() > 0)
                .penalize(HardMediumSoftScore.ONE_HARD, s -> 1 + s.lateBy() / 60)
                .asConstraint("finishes after its window");
    }

    Constraint overBreak(ConstraintFactory factory) {
        return factory.forEach(Stop.class).filter(Stop::overBreak)
                .penalize(HardMediumSoftScore.ofHard(10)).asConstraint("runs over a break");
    }

    Constraint pastShiftEnd(ConstraintFactory factory) {
        return factory.forEach(Stop.class).filter(s -> s.overtime() > 0)
                .penalize(HardMediumSoftScore.ONE_HARD, s -> 1 + s.overtime() / 60)
                .asConstraint("home after the shift ends");
    }

    Constraint partnersOnOneWorker(ConstraintFactory factory) {
        return factory.forEach(Stop.class).filter(s -> s.partner() != null && s.part() == 0)
                .join(Stop.class, Joiners.equal(Stop::partner, Function.identity()),
                        Joiners.equal(Stop::route, Stop::route))
                .penalize(HardMediumSoftScore.ofHard(100)).asConstraint("double-up with one worker twice");
    }

    Constraint pinMoved(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Stop.class).filter(Stop::pinMoved)
                .penalize(HardMediumSoftScore.ofHard(100)).asConstraint("pinned visit moved");
    }

    Constraint partnersApart(ConstraintFactory factory) {
        return factory.forEach(Stop.class).filter(Stop::lateForPartner)
                .penalize(HardMediumSoftScore.ONE_HARD, s -> 1 + Math.abs(s.start() - s.visit().fixedStart) / 60)
                .asConstraint("double-up partner not there at the agreed time");
    }

    Constraint inconsistentTimes(ConstraintFactory factory) {
        return factory.forEachUnfiltered(Stop.class).filter(Stop::inconsistent)
                .penalize(HardMediumSoftScore.ofHard(100)).asConstraint("partners waiting on each other");
    }

    Constraint unplanned(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Stop.class).filter(s -> s.route() == null)
                .penalize(HardMediumSoftScore.ONE_MEDIUM, s -> s.partner() == null ? 2 : 3)
                .asConstraint("visit not planned");
    }

    Constraint doubleUpMissingAPartner(ConstraintFactory factory) {
        return factory.forEach(Stop.class).filter(s -> s.partner() != null)
                .ifNotExists(Stop.class, Joiners.equal(Stop::partner, Function.identity()))
                .penalize(HardMediumSoftScore.ONE_MEDIUM).asConstraint("double-up with one worker only");
    }

    Constraint travel(ConstraintFactory factory) {
        return factory.forEach(Stop.class)
                .penalize(HardMediumSoftScore.ONE_SOFT, Stop::travelSeconds).asConstraint("travel");
    }

    Constraint continuity(ConstraintFactory factory) {
        return factory.forEach(Stop.class).filter(Stop::hasPreferredWorker)
                .groupBy(Stop::visit, sum(s -> s.withPreferredWorker() ? 1 : 0))
                .filter((visit, withPreferred) -> withPreferred == 0)
                .penalize(HardMediumSoftScore.ofSoft(CONTINUITY_SECONDS)).asConstraint(CONTINUITY);
    }

    Constraint fairness(ConstraintFactory factory) {
        return factory.forEach(WorkerRoute.class)
                .groupBy(loadBalance(r -> r, WorkerRoute::shareOfShift))
                .penalize(HardMediumSoftScore.ofSoft(FAIRNESS_SECONDS_PER_POINT),
                        balance -> balance.unfairness().longValue())
                .asConstraint(FAIRNESS);
    }
}
