package org.therapyassist.visits;

import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The planner's settings (therapy-assist.visits.*): the straight-line travel estimate; how long the solver may search
 * for a day's plan, for a re-plan during the day, and without finding anything better before it stops early; and what
 * the soft aims beside least travel are worth in travel: a visit by the worker the patient knows
 * ({@code continuityWorth}, 10 minutes) and each point (per mille of a shift) of unfairness in workload
 * ({@code fairnessWorth}, 2 seconds). Zero leaves an aim out.
 */
@ConfigurationProperties("therapy-assist.visits")
public record VisitPlanningProperties(Double roadFactor, Double averageSpeedKmh, Duration planFor, Duration replanFor,
        Duration stopWhenUnimprovedFor, Duration continuityWorth, Duration fairnessWorth) {

    public VisitPlanningProperties {
        roadFactor = Objects.requireNonNullElse(roadFactor, 1.3);
        averageSpeedKmh = Objects.requireNonNullElse(averageSpeedKmh, 25.0);
        planFor = Objects.requireNonNullElse(planFor, Duration.ofSeconds(30));
        replanFor = Objects.requireNonNullElse(replanFor, Duration.ofSeconds(4));
        stopWhenUnimprovedFor = Objects.requireNonNullElse(stopWhenUnimprovedFor, Duration.ofSeconds(5));
        continuityWorth = Objects.requireNonNullElse(continuityWorth, Duration.ofMinutes(10));
        fairnessWorth = Objects.requireNonNullElse(fairnessWorth, Duration.ofSeconds(2));
        if (continuityWorth.isNegative() || fairnessWorth.isNegative()) {
            throw new IllegalArgumentException("What continuity and fairness are worth cannot be negative");
        }
    }

    public static VisitPlanningProperties defaults() {
        return new VisitPlanningProperties(null, null, null, null, null, null, null);
    }

    public VisitPlanningProperties searchingFor(Duration plan, Duration replan, Duration unimproved) {
        return new VisitPlanningProperties(roadFactor, averageSpeedKmh, plan, replan, unimproved, continuityWorth,
                fairnessWorth);
    }

    /** The same, with what continuity of carer and fair workload are worth in travel (zero leaves an aim out). */
    public VisitPlanningProperties weighing(Duration continuity, Duration fairness) {
        return new VisitPlanningProperties(roadFactor, averageSpeedKmh, planFor, replanFor, stopWhenUnimprovedFor,
                continuity, fairness);
    }
}
