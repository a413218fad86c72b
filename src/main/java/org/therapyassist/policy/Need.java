package org.therapyassist.policy;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.therapyassist.platform.Stage;

/**
 * What a command needs of the person doing it. Anyone in one of the {@link Who} groups may run it; someone who
 * qualifies only as a support worker must also be at the minimum stage and hold in-date sign-offs for the
 * competencies (or for the task that the command's qualifier names, such as the measure being recorded). Registered
 * therapists and team leads are not held to support-worker stages or competencies: their registration is the evidence.
 *
 * @param who
 *            the groups that may run the command (any one is enough)
 * @param minimumStage
 *            the lowest framework stage for a support worker, or null for any stage
 * @param competencies
 *            competency codes a support worker must hold in date
 * @param qualifier
 *            what varies the need (for example "measure"), or null
 * @param tasks
 *            for each value of the qualifier, the task type whose stage and competencies a support worker needs;
 *            {@link #NO_TASK} for a value any qualifying support worker may do; a value not listed is not open to
 *            support
 *            workers at all; empty when the qualifier is itself a task type ({@link #perTaskType})
 * @param scope
 *            which records the command may touch; the module that owns the records enforces it
 * @param refusalCode
 *            the stable code of a refusal for not being in {@code who}, when the command has one of its own
 */
public record Need(Set<Who> who, Stage minimumStage, Set<String> competencies, String qualifier,
        Map<String, String> tasks, boolean qualifierIsTask, Scope scope, String refusalCode) {

    /** A qualifier value that support workers may do with no task-specific stage or competency. */
    public static final String NO_TASK = "";

    public Need {
        who = who.isEmpty() ? EnumSet.noneOf(Who.class) : EnumSet.copyOf(who);
        competencies = Set.copyOf(competencies);
        tasks = tasks == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(tasks));
        Objects.requireNonNull(scope, "scope");
    }

    /** The groups of people a command is for. */
    public enum Who {
        REGISTRANT("registered therapists"), TEAM_LEAD("team leads"), SUPPORT_WORKER(
                "support workers"), SUPPORT_WORKER_LEAD("support worker leads"), EQUIPMENT_LEAD(
                        "equipment leads"), CARE_CERTIFICATE_ASSESSOR("named Care Certificate assessors"), ADMIN(
                                "system administrators"), ANY_STAFF("anyone with an account"), SET_UP_LINK(
                                        "whoever opens the one-time set-up link from the log, before the service "
                                                + "has an administrator"), CONNECTED_SYSTEM(
                                                        "other systems of the organisation, such as its EPR, "
                                                                + "calling with a token whose scope allows it");

        private final String plural;

        Who(String plural) {
            this.plural = plural;
        }

        public String plural() {
            return plural;
        }

        /** A group that is a duty given to a person by name rather than a role or stage they hold. */
        public boolean isDesignation() {
            return this == EQUIPMENT_LEAD || this == CARE_CERTIFICATE_ASSESSOR;
        }
    }

    /** Which records a command reaches; declared here, enforced by the module that owns them. */
    public enum Scope {
        OWN("their own records"), PATIENT(
                "patients they may open: their team's caseload, delegated to them, or after breaking glass"), TEAM(
                        "their own team's records"), ORGANISATION("anything in their organisation");

        private final String text;

        Scope(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    public static Need of(Who... who) {
        return new Need(EnumSet.copyOf(Arrays.asList(who)), null, Set.of(), null, Map.of(), false, Scope.ORGANISATION,
                null);
    }

    public Need fromStage(Stage stage) {
        return new Need(who, stage, competencies, qualifier, tasks, qualifierIsTask, scope, refusalCode);
    }

    public Need withCompetencies(String... codes) {
        return new Need(who, minimumStage, Set.of(codes), qualifier, tasks, qualifierIsTask, scope, refusalCode);
    }

    /** The support-worker need varies with a value of the request: each value's task type (see {@link #tasks}). */
    public Need perTask(String qualifier, Map<String, String> tasks) {
        return new Need(who, minimumStage, competencies, qualifier, tasks, false, scope, refusalCode);
    }

    /** The support-worker need is that of the task type the request is about (the delegated task being recorded). */
    public Need perTaskType(String qualifier) {
        return new Need(who, minimumStage, competencies, qualifier, Map.of(), true, scope, refusalCode);
    }

    public Need within(Scope scope) {
        return new Need(who, minimumStage, competencies, qualifier, tasks, qualifierIsTask, scope, refusalCode);
    }

    public Need refusedAs(String code) {
        return new Need(who, minimumStage, competencies, qualifier, tasks, qualifierIsTask, scope, code);
    }

    public boolean allows(Who group) {
        return who.contains(group) || who.contains(Who.ANY_STAFF);
    }

    /** The need in one plain-English line, for the "who can do what" page and refusals. */
    public String describe() {
        List<String> parts = who.stream().map(w -> w == Who.SUPPORT_WORKER ? supportWorkers() : w.plural()).toList();
        return capitalise(join(parts));
    }

    private String supportWorkers() {
        StringBuilder text = new StringBuilder(minimumStage == null
                ? "support workers"
                : "support workers from the " + minimumStage.title().toLowerCase(Locale.ROOT) + " stage");
        if (!competencies.isEmpty()) {
            text.append(" with an in-date sign-off for ").append(join(competencies.stream().sorted().toList()));
        }
        if (qualifier != null) {
            text.append(tasks.isEmpty() && !qualifierIsTask
                    ? " (no " + qualifier + " is open to support workers)"
                    : " with the stage and in-date sign-offs the " + qualifier
                            + (qualifierIsTask ? " needs" : "'s task needs"));
        }
        return text.toString();
    }

    static String join(List<String> parts) {
        if (parts.size() <= 1) {
            return parts.isEmpty() ? "nobody" : parts.getFirst();
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.getLast();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
