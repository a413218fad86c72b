package org.therapyassist.training.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.web.BoundedList;
import org.therapyassist.platform.web.PagedResponses;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;
import org.therapyassist.training.QualificationKind;
import org.therapyassist.training.Qualifications;
import org.therapyassist.training.Training;
import org.therapyassist.training.TrainingCompliance;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Training", description = "Mandatory training, qualifications and training compliance")
class TrainingApi {

    private final Training training;
    private final Qualifications qualifications;
    private final TrainingCompliance compliance;

    TrainingApi(Training training, Qualifications qualifications, TrainingCompliance compliance) {
        this.training = training;
        this.qualifications = qualifications;
        this.compliance = compliance;
    }

    @GetMapping("/training-courses")
    @Operation(summary = "The training catalogue with each course's renewal interval in months")
    @BoundedList("the national training catalogue, a fixed list of about a dozen courses")
    List<Training.Course> courses() {
        return training.courses();
    }

    @GetMapping("/staff/{id}/training")
    @Operation(summary = "A person's training records, newest first; renewals never replace earlier records")
    ResponseEntity<List<Training.Record>> records(CurrentUser me, @PathVariable UUID id, PageRequest page) {
        return PagedResponses.of(training.recordsOf(me, id, page));
    }

    @Performs(Command.RECORD_TRAINING)
    @PostMapping("/staff/{id}/training")
    @Operation(summary = "Record completed training; expiresOn defaults to the course's renewal interval. "
            + "Recording your own needs a certificate uploaded first (evidenceId)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Training.Record> record(CurrentUser me, @PathVariable UUID id, @RequestBody TrainingBody body) {
        return ResponseEntity.status(201).body(training.record(me, id, new Training.NewRecord(body.courseCode(),
                body.completedOn(), body.expiresOn(), body.provider(), body.evidenceId())));
    }

    @GetMapping("/staff/{id}/qualifications")
    @Operation(summary = "A person's qualifications, newest entry first")
    ResponseEntity<List<Qualifications.Qualification>> qualifications(CurrentUser me, @PathVariable UUID id,
            PageRequest page) {
        return PagedResponses.of(qualifications.of(me, id, page));
    }

    @Performs(Command.RECORD_TRAINING)
    @PostMapping("/staff/{id}/qualifications")
    @Operation(summary = "Record a qualification in progress or achieved (achievedOn required when achieved)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Qualifications.Qualification> addQualification(CurrentUser me, @PathVariable UUID id,
            @RequestBody QualificationBody body) {
        return ResponseEntity.status(201)
                .body(qualifications.add(me, id, new Qualifications.NewQualification(body.kind(),
                        body.status(), body.achievedOn(), body.awardingBody(), body.evidenceId())));
    }

    @GetMapping("/staff/{id}/training-compliance")
    @Operation(summary = "Status of every mandatory course for a person: IN_DATE, EXPIRING_SOON (60 days), EXPIRED, NEVER_DONE")
    TrainingCompliance.Person personCompliance(CurrentUser me, @PathVariable UUID id) {
        return compliance.of(me, id);
    }

    @GetMapping("/teams/{id}/training-compliance")
    @Operation(summary = "Supervisors and leads: a team's mandatory training compliance per course, and who has gaps")
    TrainingCompliance.Team teamCompliance(CurrentUser me, @PathVariable UUID id) {
        return compliance.ofTeam(me, id);
    }

    @Schema(name = "NewTrainingRecord")
    record TrainingBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) String courseCode,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Today or earlier") LocalDate completedOn,
            @Schema(description = "After completedOn; the course's renewal interval when not given") LocalDate expiresOn,
            @Schema(maxLength = 200) String provider,
            @Schema(description = "An uploaded certificate (POST /api/v1/staff/{id}/evidence); needed for your own") UUID evidenceId) {
    }

    @Schema(name = "NewQualification")
    record QualificationBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) QualificationKind kind,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) QualificationKind.Status status,
            @Schema(description = "Needed when achieved; today or earlier") LocalDate achievedOn,
            @Schema(maxLength = 200) String awardingBody,
            @Schema(description = "An uploaded certificate (POST /api/v1/staff/{id}/evidence); needed for your own") UUID evidenceId) {
    }
}
