package org.therapyassist.outcomes;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.access.PatientAccess;
import org.therapyassist.access.PatientAction;
import org.therapyassist.delegation.DelegationDesk;
import org.therapyassist.delegation.DelegationView;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Label;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.sessions.Escalations;

/**
 * Stop-and-escalate thresholds on a delegation, set by the delegator. When a support worker's reading breaks one,
 * an escalation goes to the delegator in the same transaction as the reading, so it cannot be saved without it.
 */
@Service
public class StopCriteria {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private final JdbcClient jdbc;
    private final DelegationDesk delegations;
    private final Escalations escalations;
    private final PatientAccess access;
    private final Clock clock;

    StopCriteria(JdbcClient jdbc, DelegationDesk delegations, Escalations escalations, PatientAccess access,
            Clock clock) {
        this.jdbc = jdbc;
        this.delegations = delegations;
        this.escalations = escalations;
        this.access = access;
        this.clock = clock;
    }

    @Schema(name = "StopRulesChange")
    public record SetRules(
            @Label("{outcomes.field.pain-rise.label}") @Min(value = 1, message = "{outcomes.field.pain-rise.range}") @Max(value = 10, message = "{outcomes.field.pain-rise.range}") Integer painRisePoints,
            @Label("{outcomes.field.tug.label}") @DecimalMin(value = "1.0", message = "{outcomes.field.tug.range}") @DecimalMax(value = "300.0", message = "{outcomes.field.tug.range}") BigDecimal tugSlowerThan,
            @Label("{outcomes.field.chair-stand.label}") @Min(value = 1, message = "{outcomes.field.chair-stand.range}") @Max(value = 60, message = "{outcomes.field.chair-stand.range}") Integer chairStandBelow) {
    }

    /** Only the delegator sets them; a newer setting replaces the older one (both kept). */
    @Transactional
    public StopRules set(CurrentUser user, UUID delegationId, SetRules rules) {
        DelegationView d = delegations.view(user, delegationId);
        if (!d.delegatorId().equals(user.staffId())) {
            throw new NotAllowedException("stop-criteria.delegator-only",
                    Messages.text("outcomes.refusal.stop-delegator-only"));
        }
        BigDecimal tug = rules.tugSlowerThan() == null
                ? null
                : rules.tugSlowerThan().setScale(1, RoundingMode.HALF_UP);
        jdbc.sql("insert into delegation_stop_criterion (id, organisation_id, delegation_id, pain_rise_points, "
                + "tug_slower_than, chair_stand_below, set_by, set_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(Ids.newId(), user.organisationId(), delegationId, rules.painRisePoints(), tug,
                        rules.chairStandBelow(), user.staffId(), Time.db(clock.instant()))
                .update();
        access.check(user, d.patient().id(), PatientAction.REVIEW_DELEGATION, delegationId);
        return current(user.organisationId(), delegationId);
    }

    /** The current rules, with access to the delegation's patient checked and audited. */
    @Transactional
    public StopRules open(CurrentUser user, UUID delegationId) {
        delegations.view(user, delegationId);
        return current(user.organisationId(), delegationId);
    }

    @Transactional(readOnly = true)
    public StopRules current(UUID organisationId, UUID delegationId) {
        return jdbc.sql("select pain_rise_points, tug_slower_than, chair_stand_below from delegation_stop_criterion "
                + "where organisation_id = ? and delegation_id = ? order by set_at desc")
                .params(organisationId, delegationId)
                .query((rs, n) -> new StopRules((Integer) rs.getObject(1), rs.getBigDecimal(2),
                        (Integer) rs.getObject(3)))
                .list().stream().findFirst().orElse(StopRules.NONE);
    }

    /** Readings from a session record: pain before and after are compared with each other. */
    List<String> checkSession(CurrentUser user, UUID delegationId, LocalDate on,
            StopRules.Readings readings) {
        StopRules rules = current(user.organisationId(), delegationId);
        List<String> breaches = rules.breaches(readings);
        escalate(user, delegationId, on, breaches, "the session record");
        return breaches;
    }

    /** One result recorded on its own: a pain rating is compared with the patient's previous one. */
    List<String> checkMeasure(CurrentUser user, UUID delegationId, MeasureResult result, Integer previousPain) {
        StopRules rules = current(user.organisationId(), delegationId);
        if (rules.isEmpty()) {
            return List.of();
        }
        StopRules.Readings readings = switch (result.measureKey()) {
            case MeasureLibrary.PAIN -> new StopRules.Readings(previousPain, result.score().intValue(), null, null);
            case MeasureLibrary.TUG -> new StopRules.Readings(null, null, result.score(), null);
            case MeasureLibrary.CHAIR_STAND -> new StopRules.Readings(null, null, null, result.score().intValue());
            default -> new StopRules.Readings(null, null, null, null);
        };
        List<String> breaches = rules.breaches(readings);
        escalate(user, delegationId, result.effectiveOn(), breaches, "a measure result");
        return breaches;
    }

    private void escalate(CurrentUser user, UUID delegationId, LocalDate on, List<String> breaches,
            String source) {
        if (breaches.isEmpty()) {
            return;
        }
        String concern = "Stop criterion met on " + on.format(DAY) + ": " + String.join("; ", breaches)
                + ". Raised automatically from " + source + " by " + user.displayName() + ".";
        escalations.raise(user, delegationId, concern.length() > 2000 ? concern.substring(0, 2000) : concern);
    }
}
