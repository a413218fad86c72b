package org.therapyassist.training.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.therapyassist.platform.web.Label;
import org.therapyassist.training.QualificationKind;
import org.therapyassist.training.Qualifications;
import org.therapyassist.training.Training;

/** The training page's two forms, bound by FormPost; the certificate comes as a file beside them. */
final class TrainingForms {

    private TrainingForms() {
    }

    record Completed(@NotBlank(message = "{training.course.blank}") String courseCode,
            @NotNull(message = "{training.completed-on.blank}") @Label("{training.field.completed-on}") LocalDate completedOn,
            @Label("{training.field.expires-on}") LocalDate expiresOn, String provider) {

        Training.NewRecord command() {
            return new Training.NewRecord(courseCode, completedOn, expiresOn, provider, null);
        }
    }

    record Qualification(QualificationKind kind, QualificationKind.Status status,
            @Label("{training.field.achieved-on}") LocalDate achievedOn, String awardingBody) {

        Qualifications.NewQualification command() {
            return new Qualifications.NewQualification(kind, status, achievedOn, awardingBody, null);
        }
    }
}
