package org.therapyassist.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.i18n.LocaleContextHolder;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Role;
import org.therapyassist.platform.Stage;
import org.therapyassist.platform.web.Formats;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.policy.Need.Who;

/**
 * The decision on one command as a pure function of the person, the command's need and the facts the need asks
 * for. Refusing someone the role does not allow is 403; refusing a support worker on stage or competency is a
 * clinical-safety rule, 422, and says what would make it acceptable.
 */
public final class PolicyRules {

    public static final String NOT_PERMITTED = "policy.not-permitted";
    public static final String STAGE_TOO_LOW = "policy.stage-too-low";
    public static final String NOT_COMPETENT = "policy.not-competent";
    public static final String COMPETENCY_EXPIRED = "policy.competency-expired";

    private PolicyRules() {
    }

    /** The outcome: allowed, or refused with an HTTP status, a stable code and a message that says why. */
    public record Verdict(boolean allowed, int status, String code, String message, Map<String, Object> details) {

        static final Verdict ALLOWED = new Verdict(true, 200, null, null, Map.of());

        static Verdict forbidden(String code, String message, Command command) {
            return new Verdict(false, 403, code, message, Map.of("command", command.code()));
        }

        static Verdict unsafe(String code, String message, Command command, Collection<String> competencies) {
            return new Verdict(false, 422, code, message, competencies.isEmpty()
                    ? Map.of("command", command.code())
                    : Map.of("command", command.code(), "competencies", List.copyOf(new TreeSet<>(competencies))));
        }
    }

    /**
     * @param qualifier
     *            the value the command's need varies with (the measure, the kind of equipment), or null when it
     *            is not known yet: then only the parts of the need that do not depend on it are checked
     */
    public static Verdict decide(CurrentUser user, Command command, String qualifier, Standing standing) {
        Need need = command.need();
        if (user.isSystem()) {
            // A system is no member of staff: "anyone with an account" does not include it, only what names it.
            return need.who().contains(Who.CONNECTED_SYSTEM) ? Verdict.ALLOWED : notPermitted(command);
        }
        if (need.allows(Who.ANY_STAFF)) {
            return Verdict.ALLOWED;
        }
        if ((need.allows(Who.REGISTRANT) && user.isRegistrant())
                || (need.allows(Who.TEAM_LEAD) && user.has(Role.TEAM_LEAD))
                || (need.allows(Who.ADMIN) && user.has(Role.ADMIN))
                || (need.allows(Who.SUPPORT_WORKER_LEAD) && user.atStage(Stage.SUPPORT_WORKER_LEAD))) {
            return Verdict.ALLOWED;
        }
        if (need.allows(Who.SUPPORT_WORKER) && user.isSupportWorker()) {
            return asSupportWorker(user, command, qualifier, standing);
        }
        for (Who designation : need.who()) {
            if (designation.isDesignation() && standing.holds(designation)) {
                return Verdict.ALLOWED;
            }
        }
        return notPermitted(command);
    }

    private static Verdict notPermitted(Command command) {
        Need need = command.need();
        String code = need.refusalCode() != null ? need.refusalCode() : NOT_PERMITTED;
        return Verdict.forbidden(code, Messages.text("policy.refusal.not-permitted",
                lowerFirst(command.description()), lowerFirst(need.describe())), command);
    }

    private static Verdict asSupportWorker(CurrentUser user, Command command, String qualifier, Standing standing) {
        Need need = command.need();
        Verdict base = stageAndCompetencies(user, command, need.minimumStage(), need.competencies(), standing,
                command.description());
        if (!base.allowed() || need.qualifier() == null || qualifier == null) {
            return base;
        }
        String task = need.qualifierIsTask() ? qualifier : need.tasks().get(qualifier);
        if (task == null) {
            // Designated people may still do it (an equipment lead lending a hoist), so look before refusing.
            for (Who designation : need.who()) {
                if (designation.isDesignation() && standing.holds(designation)) {
                    return Verdict.ALLOWED;
                }
            }
            return Verdict.forbidden(need.refusalCode() != null ? need.refusalCode() : NOT_PERMITTED,
                    Messages.text("policy.refusal.not-open", lowerFirst(command.description()), qualifier),
                    command);
        }
        if (task.equals(Need.NO_TASK)) {
            return Verdict.ALLOWED;
        }
        return standing.task(task)
                .map(t -> stageAndCompetencies(user, command, t.minimumStage(), t.competencies(), standing,
                        command.description() + " (" + t.name() + ")"))
                .orElseGet(() -> Verdict.forbidden(NOT_PERMITTED, Messages.text("policy.refusal.unknown-task", task),
                        command));
    }

    private static Verdict stageAndCompetencies(CurrentUser user, Command command, Stage minimum, Set<String> codes,
            Standing standing, String what) {
        if (minimum != null && !user.atStage(minimum)) {
            return Verdict.unsafe(STAGE_TOO_LOW, Messages.text("policy.refusal.stage-too-low", lowerFirst(what),
                    minimum.title().toLowerCase(LocaleContextHolder.getLocale())), command, List.of());
        }
        if (codes.isEmpty()) {
            return Verdict.ALLOWED;
        }
        Standing.CompetencyStatus status = standing.competencies(codes);
        if (status.passes()) {
            return Verdict.ALLOWED;
        }
        List<String> reasons = new ArrayList<>();
        for (String code : new TreeSet<>(status.expired().keySet())) {
            LocalDate on = status.expired().get(code);
            reasons.add(Messages.text("policy.refusal.lapsed", named(code, status), Formats.day(on)));
        }
        for (String code : new TreeSet<>(status.missing())) {
            reasons.add(Messages.text("policy.refusal.no-sign-off", named(code, status)));
        }
        boolean onlyExpired = status.missing().isEmpty();
        Set<String> failing = new TreeSet<>(status.missing());
        failing.addAll(status.expired().keySet());
        return Verdict.unsafe(onlyExpired ? COMPETENCY_EXPIRED : NOT_COMPETENT, Messages.text(
                "policy.refusal.not-competent", lowerFirst(what), Need.join(reasons, LocaleContextHolder.getLocale())),
                command, failing);
    }

    private static String named(String code, Standing.CompetencyStatus status) {
        String name = status.names().get(code);
        return name == null ? code : code + " (" + name + ")";
    }

    static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
