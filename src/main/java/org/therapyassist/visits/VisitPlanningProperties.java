package org.therapyassist.visits;

import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The planner's settings (therapy-assist.visits.*): the straight-line travel estimate, and how long the solver may
 * search for a day's plan, for a re-plan during the day, and without finding anything better before it stops early.
 */
@ConfigurationProperties("therapy-assist.visits")
public record VisitPlanningProperties(Double roadFactor, Double averageSpeedKmh, Duration planFor, Duration replanFor,
        Duration stopWhenUnimprovedFor) {

    public VisitPlanningProperties {
        roadFactor = Objects.requireNonNullElse(roadFactor, 1.3);
        averageSpeedKmh = Objects.requireNonNullElse(averageSpeedKmh, 25.0);
        planFor = Objects.requireNonNullElse(planFor, Duration.ofSeconds(30));
        replanFor = Objects.requireNonNullElse(replanFor, Duration.ofSeconds(4));
        stopWhenUnimprovedFor = Objects.requireNonNullElse(stopWhenUnimprovedFor, Duration.ofSeconds(5));
    }

    public static VisitPlanningProperties defaults() {
        return new VisitPlanningProperties(null, null, null, null, null);
    }

    public VisitPlanningProperties searchingFor(Duration plan, Duration replan, Duration unimproved) {
        return new VisitPlanningProperties(roadFactor, averageSpeedKmh, plan, replan, unimproved);
    }
}
