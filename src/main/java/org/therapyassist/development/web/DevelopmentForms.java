package org.therapyassist.development.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.UUID;
import org.therapyassist.competence.Development;
import org.therapyassist.competence.SignOffMethod;
import org.therapyassist.competence.SignOffs;
import org.therapyassist.development.DevelopmentPlans;
import org.therapyassist.development.LearningTime;
import org.therapyassist.development.Supervision;
import org.therapyassist.platform.Stage;
import org.therapyassist.platform.web.FormReader;
import org.therapyassist.platform.web.Label;
import org.therapyassist.platform.web.Messages;

/** The staff, development and PDP page forms, bound by FormPost; the services check the rest. */
final class DevelopmentForms {

    private DevelopmentForms() {
    }

    record SupervisionSession(
            @NotNull(message = "{development.supervision.held-on.blank}") @Label("{development.field.held-on}") LocalDate heldOn,
            Supervision.Kind kind, String discussed, String actions, Supervision.Wellbeing wellbeing,
            @Label("{development.field.next-due-on}") LocalDate nextDueOn) {

        Supervision.NewSession command() {
            return new Supervision.NewSession(heldOn, kind, discussed, actions, wellbeing, nextDueOn);
        }
    }

    record ThankYou(String about, String message) {
    }

    record SignOff(@NotBlank(message = "{development.sign-off.competency.blank}") String competencyCode,
            @NotNull(message = "{development.sign-off.signed-on.blank}") @Label("{development.field.signed-on}") LocalDate signedOn,
            @NotNull(message = "{development.sign-off.method.blank}") SignOffMethod method, String evidence,
            @Label("{development.field.expires-on}") LocalDate expiresOn) {

        SignOffs.NewSignOff command() {
            return new SignOffs.NewSignOff(competencyCode, signedOn, method, evidence, expiresOn);
        }
    }

    /** A sign-off asked for from the staff page, or from a statement's development page ({@code returnTo}). */
    record SignOffRequest(String competencyCode, String note, String returnTo) {

        boolean fromDevelopment() {
            return "development".equals(returnTo) && competencyCode != null && competencyCode.matches("\\d\\.\\d{2}");
        }
    }

    record SelfAssessment(Development.Rating rating, Development.EvidenceKind evidenceKind, String evidenceNote) {

        Development.NewSelfAssessment command() {
            return new Development.NewSelfAssessment(rating, evidenceKind, evidenceNote, null);
        }
    }

    /**
     * A PDP objective, towards a competency ({@code competency:3.07}) or the next stage ({@code stage:SENIOR_...}).
     */
    record Objective(String competencyCode, Stage targetStage, String objective, String actions,
            @NotNull(message = "{development.pdp.target-date.blank}") @Label("{development.field.target-date}") LocalDate targetDate,
            @Label("{development.field.review-date}") LocalDate reviewDate) {

        static Objective read(FormReader in) {
            String towards = Objects.requireNonNullElse(in.text("towards"), "");
            String code = towards.startsWith("competency:") ? towards.substring(11) : null;
            Stage stage = null;
            if (towards.startsWith("stage:")) {
                stage = Arrays.stream(Stage.values()).filter(s -> s.name().equals(towards.substring(6))).findFirst()
                        .orElse(null);
                if (stage == null) {
                    in.reject("towards", Messages.text("development.pdp.towards.unknown"));
                }
            }
            return new Objective(code, stage, in.text("objective"), in.text("actions"),
                    in.date("targetDate", Messages.text("development.field.target-date")),
                    in.date("reviewDate", Messages.text("development.field.review-date")));
        }

        DevelopmentPlans.NewObjective command() {
            return new DevelopmentPlans.NewObjective(competencyCode, targetStage, objective, actions, targetDate,
                    reviewDate);
        }
    }

    /** A new status, new actions or both for one objective, against the version its editor read. */
    record ObjectiveChange(DevelopmentPlans.Status status, String actions, Integer version) {

        DevelopmentPlans.Change command() {
            return new DevelopmentPlans.Change(status, actions == null ? "" : actions, version);
        }
    }

    record Review(@NotNull(message = "{development.pdp.objective-reviewed.blank}") UUID objectiveId,
            @NotNull(message = "{development.pdp.reviewed-on.blank}") @Label("{development.field.reviewed-on}") LocalDate reviewedOn,
            String note, @Label("{development.field.next-review-on}") LocalDate nextReviewOn, UUID thanksId) {

        DevelopmentPlans.NewReview command() {
            return new DevelopmentPlans.NewReview(reviewedOn, note, nextReviewOn, thanksId);
        }
    }

    record LearningAgreement(
            @NotNull(message = "{development.learning.per-month.invalid}") BigDecimal hoursPerMonth) {
    }

    record LearningSession(
            @NotNull(message = "{development.learning.date.blank}") @Label("{development.field.session-on}") LocalDate sessionOn,
            BigDecimal hours, String activity) {

        LearningTime.NewSession command() {
            return new LearningTime.NewSession(sessionOn, hours, activity);
        }
    }
}
