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
import org.springframework.context.i18n.LocaleContextHolder;
import org.therapyassist.platform.Stage;
import org.therapyassist.platform.web.Messages;

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

    /** The groups of people a command is for; their words are {@code policy.who.<WHO>}. */
    public enum Who {
        REGISTRANT, TEAM_LEAD, SUPPORT_WORKER, SUPPORT_WORKER_LEAD, EQUIPMENT_LEAD, CARE_CERTIFICATE_ASSESSOR, ADMIN, ANY_STAFF, SET_UP_LINK, CONNECTED_SYSTEM;

        /** "registered therapists", in the request's language. */
        public String plural() {
            return plural(LocaleContextHolder.getLocale());
        }

        public String plural(Locale language) {
            return Messages.text(language, "policy.who." + name());
        }

        /** A group that is a duty given to a person by name rather than a role or stage they hold. */
        public boolean isDesignation() {
            return this == EQUIPMENT_LEAD || this == CARE_CERTIFICATE_ASSESSOR;
        }
    }

    /** Which records a command reaches; declared here, enforced by the module that owns them. */
    public enum Scope {
        OWN, PATIENT, TEAM, ORGANISATION;

        /** "their own records", in the request's language ({@code policy.scope.<SCOPE>}). */
        public String text() {
            return text(LocaleContextHolder.getLocale());
        }

        public String text(Locale language) {
            return Messages.text(language, "policy.scope." + name());
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

    /** The need in one plain line, in the request's language, for the "who can do what" page and refusals. */
    public String describe() {
        return describe(LocaleContextHolder.getLocale());
    }

    /** The same in a given language: English for docs/who-can-do-what.md and the OpenAPI document. */
    public String describe(Locale language) {
        List<String> parts = who.stream()
                .map(w -> w == Who.SUPPORT_WORKER ? supportWorkers(language) : w.plural(language)).toList();
        return capitalise(join(parts, language));
    }

    private String supportWorkers(Locale language) {
        StringBuilder text = new StringBuilder(minimumStage == null
                ? Messages.text(language, "policy.need.support-workers")
                : Messages.text(language, "policy.need.support-workers-from",
                        Messages.text(language, "platform.stage." + minimumStage.name()).toLowerCase(language)));
        if (!competencies.isEmpty()) {
            text.append(Messages.text(language, "policy.need.with-sign-off",
                    join(competencies.stream().sorted().toList(), language)));
        }
        if (qualifier != null) {
            String what = qualifierText(qualifier, language);
            text.append(tasks.isEmpty() && !qualifierIsTask
                    ? Messages.text(language, "policy.need.not-open", what)
                    : Messages.text(language, qualifierIsTask ? "policy.need.task-needs" : "policy.need.task-of-needs",
                            what));
        }
        return text.toString();
    }

    /** What a need varies with ("measure", "kind of equipment"), in words: {@code policy.qualifier.<qualifier>}. */
    public static String qualifierText(String qualifier, Locale language) {
        return Messages.text(language, "policy.qualifier." + qualifier.replace(' ', '-'));
    }

    /** "a, b and c" in the language's words ("a, b a c"). */
    static String join(List<String> parts, Locale language) {
        if (parts.size() <= 1) {
            return parts.isEmpty() ? Messages.text(language, "policy.need.nobody") : parts.getFirst();
        }
        String last = parts.getLast();
        // Welsh writes "ac" before a vowel ("a gweithwyr cymorth", "ac arweinwyr tîm").
        String key = !last.isEmpty() && "aeiouwyâêîôûŵŷ".indexOf(Character.toLowerCase(last.charAt(0))) >= 0
                ? "policy.need.and-vowel"
                : "policy.need.and";
        return Messages.text(language, key, String.join(", ", parts.subList(0, parts.size() - 1)), last);
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
