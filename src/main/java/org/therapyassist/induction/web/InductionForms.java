package org.therapyassist.induction.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.therapyassist.induction.Rotations;
import org.therapyassist.platform.web.Label;

/** The induction and rotation page forms, bound by FormPost; the services check the rest. */
final class InductionForms {

    private InductionForms() {
    }

    /** A plan started from the overview: for whom and from when. */
    record NewPlan(@NotNull(message = "{induction.starter.blank}") UUID staffId,
            @NotNull(message = "{induction.start-date.blank}") @Label("{induction.field.starts-on}") LocalDate startsOn) {
    }

    /** A plan started from the new starter's own page. */
    record PlanStart(
            @NotNull(message = "{induction.start-date.blank}") @Label("{induction.field.starts-on}") LocalDate startsOn) {
    }

    /** A local item added to a plan. */
    record NewItem(String title) {
    }

    /** A rotation to plan: who, to which team, from when (and until when, if known). */
    record NewRotation(@NotNull(message = "{induction.rotations.who.blank}") UUID staffId,
            @NotNull(message = "{induction.rotations.to-team.blank}") UUID toTeamId,
            @NotNull(message = "{induction.rotations.starts.blank}") @Label("{induction.field.placement-starts-on}") LocalDate startsOn,
            @Label("{induction.field.ends-on}") LocalDate endsOn) {

        Rotations.NewRotation command() {
            return new Rotations.NewRotation(staffId, toTeamId, startsOn, endsOn);
        }
    }
}
