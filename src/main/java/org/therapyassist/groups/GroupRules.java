package org.therapyassist.groups;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.therapyassist.groups.GroupClasses.NewClass;
import org.therapyassist.groups.GroupClasses.NewSessions;
import org.therapyassist.groups.Registers.MeasureEntry;
import org.therapyassist.patients.PatientSummary;
import org.therapyassist.platform.Stage;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.staff.StaffMember;

/** The rules of group classes, free of the database so they can be tested on their own. */
public final class GroupRules {

    public static final int MAX_NOTE = 1000;
    /** The most people a class takes (the database checks it too), so a class's enrolled list is never long. */
    public static final int MAX_CAPACITY = 60;
    public static final int MAX_WEEKS = 26;

    private GroupRules() {
    }

    /** Where the next person goes: a place while one is free, otherwise the waiting list. Never over capacity. */
    public static Placement place(int enrolled, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("A class has a capacity of at least 1");
        }
        return enrolled < capacity ? Placement.ENROLLED : Placement.WAITING;
    }

    public enum Placement { ENROLLED, WAITING }

    /** The next place on a waiting list: one after the last, so positions stay unique and in order of asking. */
    public static int nextWaitingPosition(Collection<Integer> taken) {
        return taken.stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
    }

    /** Who is offered a freed place: the person waiting longest (lowest position). */
    public static <T> Optional<T> nextOffered(Map<T, Integer> waiting) {
        return waiting.entrySet().stream().min(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
    }

    /**
     * May this person lead a class needing this framework stage? A registered therapist always may; a support worker
     * must be at that stage or above; anyone else (an administrator) may not.
     */
    public static boolean mayLead(StaffMember leader, Stage required) {
        if (leader.isRegistrant()) {
            return true;
        }
        return leader.stage().map(s -> s.isAtLeast(required)).orElse(false);
    }

    /** One line of a register as it comes in. */
    public record Line(UUID patientId, Outcome outcome, String note) {
    }

    /**
     * Checks a register against the class's enrolled patients: a line for a patient who is not enrolled is refused
     * (H40), every enrolled patient needs an outcome, notes are limited. Returns field errors (empty when it is fine),
     * keyed like the page's fields: {@code outcome-<patientId>}, {@code note-<patientId>}, {@code register}.
     */
    public static Map<String, String> checkRegister(Set<UUID> enrolled, List<Line> lines) {
        Map<String, String> errors = new HashMap<>();
        Set<UUID> seen = new HashSet<>();
        for (Line line : lines) {
            if (line.patientId() == null || !enrolled.contains(line.patientId())) {
                errors.putIfAbsent("register", Messages.text("groups.field.register.not-enrolled"));
                continue;
            }
            if (!seen.add(line.patientId())) {
                errors.putIfAbsent("register", Messages.text("groups.field.register.twice"));
            }
            if (line.outcome() == null) {
                errors.put("outcome-" + line.patientId(), Messages.text("groups.field.outcome.choose"));
            }
            if (line.note() != null && line.note().length() > MAX_NOTE) {
                errors.put("note-" + line.patientId(), Messages.text("groups.field.note.size", MAX_NOTE));
            }
        }
        for (UUID patient : enrolled) {
            if (!seen.contains(patient)) {
                errors.putIfAbsent("outcome-" + patient, Messages.text("groups.field.outcome.choose"));
            }
        }
        return errors;
    }

    /**
     * Checks a register's measures: each for someone enrolled who attended, a measure quick enough to take in a class
     * ({@link Registers#CLASS_MEASURES}) and a value. Returns field errors keyed {@code measure-<patientId>} or
     * {@code measures}.
     */
    public static Map<String, String> checkMeasures(Set<UUID> enrolled, List<Line> lines, List<MeasureEntry> measures) {
        Map<UUID, Outcome> outcomeOf = new HashMap<>();
        lines.forEach(l -> outcomeOf.put(l.patientId(), l.outcome()));
        Map<String, String> errors = new LinkedHashMap<>();
        for (MeasureEntry m : measures) {
            String field = "measure-" + m.patientId();
            if (m.patientId() == null || !enrolled.contains(m.patientId())) {
                errors.put("measures", Messages.text("groups.field.measures.not-enrolled"));
            } else if (outcomeOf.get(m.patientId()) != Outcome.ATTENDED) {
                errors.put(field, Messages.text("groups.field.measure.attended"));
            } else if (m.measureKey() == null || !Registers.CLASS_MEASURES.contains(m.measureKey())) {
                errors.put(field, Messages.text("groups.field.measure.list"));
            } else if (m.value() == null) {
                errors.put(field, Messages.text("groups.field.measure.result"));
            }
        }
        return errors;
    }

    /** Checks a new class template against the service's teams; returns field errors (empty when it is fine). */
    public static Map<String, String> checkNewClass(NewClass command, Collection<UUID> teamIds) {
        Map<String, String> errors = new HashMap<>();
        if (command.teamId() == null || !teamIds.contains(command.teamId())) {
            errors.put("teamId", Messages.text("groups.field.team"));
        }
        if (Text.blankToNull(command.name()) == null || command.name().strip().length() > 120) {
            errors.put("name", Messages.text("groups.field.name"));
        }
        if (command.type() == null) {
            errors.put("type", Messages.text("groups.field.type"));
        }
        if (command.capacity() == null || command.capacity() < 1 || command.capacity() > MAX_CAPACITY) {
            errors.put("capacity", Messages.text("groups.field.capacity", MAX_CAPACITY));
        }
        if (command.leaderStage() == null) {
            errors.put("leaderStage", Messages.text("groups.field.leader-stage"));
        }
        if (command.defaultExercises() != null && command.defaultExercises().length() > 2000) {
            errors.put("defaultExercises", Messages.text("groups.field.exercises"));
        }
        if (Text.blankToNull(command.venue()) == null || command.venue().strip().length() > 200) {
            errors.put("venue", Messages.text("groups.field.venue"));
        }
        if (command.dayOfWeek() == null) {
            errors.put("dayOfWeek", Messages.text("groups.field.day"));
        }
        if (command.startTime() == null) {
            errors.put("startTime", Messages.text("groups.field.start-time"));
        }
        if (command.durationMinutes() == null || command.durationMinutes() < 15 || command.durationMinutes() > 240) {
            errors.put("durationMinutes", Messages.text("groups.field.duration"));
        }
        return errors;
    }

    /** How many weekly sessions a block asks for: one when not said. */
    public static int weeks(NewSessions command) {
        return command.weeks() == null ? 1 : command.weeks();
    }

    /** Checks a block of sessions: a first date from today on, 1 to 26 weeks, a leader; returns field errors. */
    public static Map<String, String> checkNewSessions(NewSessions command, LocalDate today) {
        Map<String, String> errors = new HashMap<>();
        if (command.firstDate() == null) {
            errors.put("firstDate", Messages.text("groups.field.first-date"));
        } else if (command.firstDate().isBefore(today)) {
            errors.put("firstDate", Messages.text("groups.field.first-date.past"));
        }
        int weeks = weeks(command);
        if (weeks < 1 || weeks > MAX_WEEKS) {
            errors.put("weeks", Messages.text("groups.field.weeks", MAX_WEEKS));
        }
        if (command.leaderId() == null) {
            errors.put("leaderId", Messages.text("groups.field.leader"));
        }
        return errors;
    }

    /**
     * Rows about patients in the order patient lists are read in: {@code byName} is the patients module's order (family
     * name, then given name); rows of patients with the same name follow their own id, as they did when the list was
     * sorted in SQL. A row whose patient is not in {@code byName} is left out.
     */
    public static <T> List<T> inNameOrder(List<T> rows, Function<T, UUID> patient, Function<T, UUID> id,
            List<PatientSummary> byName) {
        Map<UUID, Integer> rank = new HashMap<>();
        String previous = null;
        int place = -1;
        for (PatientSummary p : byName) {
            if (!p.name().equals(previous)) {
                place++;
                previous = p.name();
            }
            rank.put(p.id(), place);
        }
        // Ids compare as their text, which is the unsigned byte order the databases sort a uuid column in.
        return rows.stream().filter(r -> rank.containsKey(patient.apply(r)))
                .sorted(Comparator.<T>comparingInt(r -> rank.get(patient.apply(r)))
                        .thenComparing(r -> id.apply(r).toString()))
                .toList();
    }
}
