package org.therapyassist.visits;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.therapyassist.platform.Stage;

/** Small builders for a day of home visits in Shrewsbury (fictional people, real streets' rough coordinates). */
final class Days {

    static final LocalDate DAY = LocalDate.of(2026, 12, 8);
    static final Location CENTRE = new Location(52.7079, -2.7540);
    static final Visit.NeededCompetency HOIST = new Visit.NeededCompetency("3.06", "hoist transfer");
    static final Visit.NeededCompetency EXERCISE = new Visit.NeededCompetency("3.01", "exercise programme");
    static final Visit.NeededCompetency STAIRS = new Visit.NeededCompetency("3.04", "stair practice");
    static final TravelTimes TRAVEL = StraightLineTravel.urban();

    private Days() {
    }

    /** A place this many kilometres north and east of the town centre. */
    static Location at(double northKm, double eastKm) {
        return new Location(CENTRE.latitude() + northKm / 111.2,
                CENTRE.longitude() + eastKm / (111.2 * Math.cos(Math.toRadians(CENTRE.latitude()))));
    }

    static Worker.HeldCompetency held(Visit.NeededCompetency need, LocalDate expiresOn) {
        return new Worker.HeldCompetency(need.code(), expiresOn);
    }

    static Worker.HeldCompetency inDate(Visit.NeededCompetency need) {
        return held(need, DAY.plusMonths(6));
    }

    static Worker worker(String name, Location base, Worker.HeldCompetency... held) {
        return worker(name, base, TimeWindow.of("08:30", "16:30"), held);
    }

    static Worker worker(String name, Location base, TimeWindow shift, Worker.HeldCompetency... held) {
        List<TimeWindow> breaks = shift.contains(LocalTime.of(12, 30), LocalTime.of(13, 0))
                ? List.of(TimeWindow.of("12:30", "13:00"))
                : List.of();
        return new Worker(id(name), name, base, shift, breaks, Stage.SENIOR_SUPPORT_WORKER, Arrays.asList(held));
    }

    static Visit visit(String name, Location at, int minutes, TimeWindow window, Visit.NeededCompetency... needs) {
        return new Visit(id(name), UUID.nameUUIDFromBytes(("patient " + name).getBytes()), at,
                Duration.ofMinutes(minutes), window, Stage.SUPPORT_WORKER, Arrays.asList(needs), false, null, null);
    }

    static Visit doubleUp(String name, Location at, int minutes, TimeWindow window, Visit.NeededCompetency... needs) {
        Visit v = visit(name, at, minutes, window, needs);
        return new Visit(v.id(), v.patientId(), at, v.duration(), window, v.stage(), v.needs(), true, null, null);
    }

    static Visit preferring(Visit v, Worker worker) {
        return new Visit(v.id(), v.patientId(), v.location(), v.duration(), v.window(), v.stage(), v.needs(),
                v.doubleUp(), worker.id(), v.pin());
    }

    static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes());
    }

    /** A planner that searches briefly: these days are small. */
    static VisitPlanner planner() {
        return new VisitPlanner(TRAVEL, VisitPlanningProperties.defaults().searchingFor(Duration.ofSeconds(3),
                Duration.ofSeconds(2), Duration.ofMillis(700)));
    }
}
