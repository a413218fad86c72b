package org.therapyassist.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * With several nodes, a scheduled job runs on one of them per tick: every {@code @Scheduled} method takes a ShedLock
 * lock, or calls a method that does (named here with the reason), so a new job cannot quietly run on every node.
 */
class ScheduledJobsRunOnceTest {

    static final Path SOURCES = Path.of("src/main/java/org/therapyassist");

    /** Triggers whose job takes the lock itself, one call further in. */
    static final Map<String, String> LOCKED_FURTHER_IN = Map.of(
            "reminders/ReminderSchedule.java", "DailyReminderJob.runLocked holds the daily-reminders lock");

    private static final Pattern SCHEDULED = Pattern
            .compile("@Scheduled\\((?s:.*?)\\)\\s*((?:@\\w+(?:\\((?s:.*?)\\))?\\s*)*)");

    @Test
    void everyScheduledJobTakesALockInTheSharedDatabase() throws IOException {
        Set<String> unlocked = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String name = SOURCES.relativize(file).toString().replace('\\', '/');
                Matcher m = SCHEDULED.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).contains("@SchedulerLock") && !LOCKED_FURTHER_IN.containsKey(name)) {
                        unlocked.add(name);
                    }
                }
            }
        }
        assertThat(unlocked).as("@Scheduled without @SchedulerLock: it would run on every node").isEmpty();
    }

    @Test
    void theJobsNamedAsLockedFurtherInDo() throws IOException {
        for (String trigger : LOCKED_FURTHER_IN.keySet()) {
            String job = LOCKED_FURTHER_IN.get(trigger).split("[ .]")[0];
            Path source = SOURCES.resolve(trigger).resolveSibling(job + ".java");
            assertThat(Files.readString(source)).as(source.toString()).contains("@SchedulerLock");
        }
    }
}
