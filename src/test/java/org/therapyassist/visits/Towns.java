package org.therapyassist.visits;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.therapyassist.platform.Stage;

/**
 * A believable day in one town (Shrewsbury, about 6 km across): workers from three bases with full-time and
 * part-time shifts, a lunch break, framework stages and sign-offs of which some lapse before the day; visits of six
 * kinds of task in morning, afternoon, all-day and two-hour windows; some patients with a worker they know. The same
 * seed gives the same day. Used by the tests and the planning benchmark.
 */
public final class Towns {

    public static final LocalDate DAY = LocalDate.of(2026, 12, 8);
    private static final Location[] BASES = {
            new Location(52.7079, -2.7540), // town centre clinic
            new Location(52.7235, -2.7370), // north: Harlescott
            new Location(52.6950, -2.7270)}; // south-east: Meole Brace side
    private static final Location CENTRE = BASES[0];

    /** Task kinds: competency code, words, lowest stage, minutes. */
    private record Task(String code, String name, Stage stage, int minutes) {
    }

    private static final Task[] TASKS = {
            new Task("3.01", "exercise programme", Stage.SUPPORT_WORKER, 30),
            new Task("3.03", "walking aid", Stage.SENIOR_SUPPORT_WORKER, 30),
            new Task("3.04", "stair practice", Stage.SENIOR_SUPPORT_WORKER, 40),
            new Task("3.05", "transfer practice", Stage.SUPPORT_WORKER, 20),
            new Task("3.06", "hoist transfer", Stage.SUPPORT_WORKER, 30),
            new Task("3.08", "observations", Stage.SENIOR_SUPPORT_WORKER, 20)};

    private Towns() {
    }

    public static DayProblem day(int workers, int visits, int doubleUps, long seed) {
        Random random = new Random(seed);
        List<Worker> staff = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            staff.add(worker(i, random));
        }
        List<Visit> list = new ArrayList<>();
        for (int i = 0; i < visits; i++) {
            boolean doubleUp = i < doubleUps;
            Task task = doubleUp ? TASKS[4] : TASKS[random.nextInt(TASKS.length)];
            list.add(visit(i, task, doubleUp, staff, random));
        }
        return new DayProblem(DAY, staff, list);
    }

    private static Worker worker(int i, Random random) {
        Stage stage = switch (random.nextInt(10)) {
            case 0, 1, 2, 3 -> Stage.SUPPORT_WORKER;
            case 4, 5, 6, 7, 8 -> Stage.SENIOR_SUPPORT_WORKER;
            default -> Stage.ASSISTANT_PRACTITIONER;
        };
        TimeWindow shift = switch (random.nextInt(8)) {
            case 0 -> TimeWindow.of("08:30", "13:00");
            case 1 -> TimeWindow.of("12:30", "17:00");
            case 2 -> TimeWindow.of("08:00", "16:00");
            default -> TimeWindow.of("08:30", "16:30");
        };
        List<TimeWindow> breaks = shift.contains(LocalTime.of(12, 0), LocalTime.of(14, 0))
                ? List.of(random.nextBoolean() ? TimeWindow.of("12:30", "13:00") : TimeWindow.of("13:00", "13:30"))
                : List.of();
        List<Worker.HeldCompetency> held = new ArrayList<>();
        for (Task task : TASKS) {
            if (random.nextInt(10) < 7) {
                // Most in date; about one in ten lapses before the day (some the day before), to catch the planner out.
                LocalDate expires = random.nextInt(10) == 0
                        ? DAY.minusDays(1 + random.nextInt(20))
                        : DAY.plusDays(random.nextInt(300));
                held.add(new Worker.HeldCompetency(task.code(), expires));
            }
        }
        Location base = BASES[i % BASES.length];
        return new Worker(UUID.nameUUIDFromBytes(("worker " + i).getBytes()), "Worker " + (i + 1), base, shift,
                breaks, stage, held);
    }

    private static Visit visit(int i, Task task, boolean doubleUp, List<Worker> staff, Random random) {
        // Homes spread over the town, denser towards the centre.
        double r = 3.2 * Math.sqrt(random.nextDouble());
        double angle = random.nextDouble() * 2 * Math.PI;
        Location home = new Location(CENTRE.latitude() + r * Math.sin(angle) / 111.2,
                CENTRE.longitude() + r * Math.cos(angle) / (111.2 * Math.cos(Math.toRadians(CENTRE.latitude()))));
        int minutes = task.minutes() + (doubleUp ? 10 : 0);
        TimeWindow window = switch (random.nextInt(10)) {
            case 0, 1, 2 -> TimeWindow.of("09:00", "12:00");
            case 3, 4 -> TimeWindow.of("13:00", "16:30");
            case 5 -> {
                LocalTime from = LocalTime.of(9 + random.nextInt(6), 0);
                yield new TimeWindow(from, from.plusHours(2));
            }
            default -> TimeWindow.of("08:30", "16:30");
        };
        UUID preferred = random.nextInt(3) == 0 ? staff.get(random.nextInt(staff.size())).id() : null;
        return new Visit(UUID.nameUUIDFromBytes(("visit " + i).getBytes()),
                UUID.nameUUIDFromBytes(("patient " + i).getBytes()), home, Duration.ofMinutes(minutes), window,
                task.stage(), List.of(new Visit.NeededCompetency(task.code(), task.name())), doubleUp, preferred, null);
    }
}
