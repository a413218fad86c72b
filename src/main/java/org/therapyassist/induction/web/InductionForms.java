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
    record NewPlan(@NotNull(message = "Choose the new starter") UUID staffId,
            @NotNull(message = "Enter the start date") @Label("start date") LocalDate startsOn) {
    }

    /** A plan started from the new starter's own page. */
    record PlanStart(@NotNull(message = "Enter the start date") @Label("start date") LocalDate startsOn) {
    }

    /** A local item added to a plan. */
    record NewItem(String title) {
    }

    /** A rotation to plan: who, to which team, from when (and until when, if known). */
    record NewRotation(@NotNull(message = "Choose who is rotating") UUID staffId,
            @NotNull(message = "Choose the team they are moving to") UUID toTeamId,
            @NotNull(message = "Enter the start date of the placement") @Label("start date of the placement") LocalDate startsOn,
            @Label("end date") LocalDate endsOn) {

        Rotations.NewRotation command() {
            return new Rotations.NewRotation(staffId, toTeamId, startsOn, endsOn);
        }
    }
}
