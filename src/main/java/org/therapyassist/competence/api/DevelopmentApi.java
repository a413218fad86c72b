package org.therapyassist.competence.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.therapyassist.competence.CareerPathway;
import org.therapyassist.competence.Development;
import org.therapyassist.competence.GapStatus;
import org.therapyassist.competence.Statement;
import org.therapyassist.competence.TrainingNeeds;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Stage;
import org.therapyassist.platform.web.BoundedList;
import org.therapyassist.platform.web.PagedResponses;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;

@RestController
@Tag(name = "Development", description = "Competency catalogue, self-assessment, career pathway and the team gap analysis")
class DevelopmentApi {

    private final Development development;
    private final TrainingNeeds trainingNeeds;

    DevelopmentApi(Development development, TrainingNeeds trainingNeeds) {
        this.development = development;
        this.trainingNeeds = trainingNeeds;
    }

    @GetMapping("/api/v1/competencies")
    @Operation(summary = "The competency catalogue: statements in the eight framework domains, the stage each is expected from")
    @BoundedList("the national competency catalogue: 58 statements, changed only by a release")
    List<Statement> catalogue() {
        return development.catalogue();
    }

    @GetMapping("/api/v1/staff/{id}/development")
    @Operation(summary = "A person's development: stage, each statement's status and latest self-rating, what is due, "
            + "and the checklist for the next stage (the person, registered staff and leads only)")
    ProfileView profile(CurrentUser me, @PathVariable UUID id) {
        return ProfileView.of(development.profileOf(me, id));
    }

    @GetMapping("/api/v1/staff/{id}/career-pathway")
    @Operation(summary = "For the next stage: what the person already holds and what is missing", responses = {
            @ApiResponse(responseCode = "200", description = "The checklist for the next stage", content = @Content(schema = @Schema(implementation = CareerPathway.Checklist.class))),
            @ApiResponse(responseCode = "204", description = "The person is at the last stage, or has none")})
    ResponseEntity<CareerPathway.Checklist> pathway(CurrentUser me, @PathVariable UUID id) {
        return development.profileOf(me, id).pathway().map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @GetMapping("/api/v1/staff/{id}/competencies/{code}/self-assessments")
    @Operation(summary = "The person's self-assessments of one statement, newest first")
    ResponseEntity<List<Development.SelfAssessment>> history(CurrentUser me, @PathVariable UUID id,
            @PathVariable String code, PageRequest page) {
        return PagedResponses.of(development.historyOf(me, id, code, page));
    }

    @Performs(Command.SELF_ASSESS)
    @PostMapping("/api/v1/staff/{id}/competencies/{code}/self-assessments")
    @Operation(summary = "Rate myself against a statement (not yet / developing / confident) with evidence; only for myself")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Development.SelfAssessment> selfAssess(CurrentUser me, @PathVariable UUID id,
            @PathVariable String code,
            @Valid @RequestBody SelfAssessmentBody body) {
        return ResponseEntity.status(201).body(development.selfAssess(me, id, code, new Development.NewSelfAssessment(
                body.rating(), body.evidenceKind(), body.evidenceNote(), body.evidenceFileId())));
    }

    @GetMapping("/api/v1/reports/training-needs")
    @Operation(summary = "Gap analysis: support workers × competencies (held, expiring within 60 days, expired, missing for "
            + "stage), counts per domain, what expires next. For registered staff and leads.")
    GridView trainingNeeds(CurrentUser me,
            @Parameter(description = "One team; omit for the whole organisation") @RequestParam(required = false) UUID teamId) {
        return GridView.of(trainingNeeds.grid(me, teamId));
    }

    @GetMapping(value = "/api/v1/reports/training-needs.csv", produces = "text/csv")
    @Operation(summary = "The gap analysis as CSV for a spreadsheet")
    ResponseEntity<byte[]> trainingNeedsCsv(CurrentUser me, @RequestParam(required = false) UUID teamId) {
        TrainingNeeds.Grid grid = trainingNeeds.grid(me, teamId);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
        headers.setContentDisposition(
                ContentDisposition.attachment().filename("training-needs-" + grid.on() + ".csv").build());
        return ResponseEntity.ok().headers(headers).body(TrainingNeeds.csv(grid).getBytes(StandardCharsets.UTF_8));
    }

    @Schema(name = "NewSelfAssessment")
    record SelfAssessmentBody(@NotNull(message = "{competence.self-assessment.rating.blank}") Development.Rating rating,
            Development.EvidenceKind evidenceKind,
            @Size(max = 1000, message = "{competence.self-assessment.note.long}") String evidenceNote,
            UUID evidenceFileId) {
    }

    @Schema(name = "CompetencyLine")
    record LineView(String code, String title, int domain,
            @Schema(implementation = Stage.class) String expectedFrom, boolean expected,
            GapStatus status,
            LocalDate validUntil, Development.Rating selfRating, Instant selfAssessedAt, boolean signOffRequested) {
        static LineView of(Development.Line l) {
            var self = l.latestSelfAssessment();
            return new LineView(l.statement().code(), l.statement().title(), l.statement().domain(),
                    l.statement().expectedFrom().name(), l.expected(), l.status(), l.validUntil(),
                    self == null ? null : self.rating(), self == null ? null : self.assessedAt(), l.requestPending());
        }
    }

    @Schema(name = "DevelopmentProfile")
    record ProfileView(UUID staffId, String name,
            @Schema(implementation = Stage.class) String stage, int band, String team,
            LocalDate stageSince,
            List<LineView> competencies, List<String> due, CareerPathway.Checklist pathway) {
        static ProfileView of(Development.Profile p) {
            return new ProfileView(p.person().id(), p.person().displayName(),
                    p.person().stage().map(Enum::name).orElse(null),
                    p.person().band(), p.person().teamName(), p.stageSince(),
                    p.lines().stream().map(LineView::of).toList(),
                    p.due().stream().map(l -> l.statement().code()).toList(), p.pathway().orElse(null));
        }
    }

    @Schema(name = "TrainingNeedsRow")
    record RowView(UUID staffId, String name, String team,
            @Schema(implementation = Stage.class) String stage, List<GapStatus> cells,
            long held, long expiring,
            long expired, long missing) {
    }

    @Schema(name = "TrainingNeeds")
    record GridView(LocalDate on, UUID teamId, List<String> competencyCodes, List<RowView> rows,
            List<TrainingNeeds.DomainCount> domains, List<TrainingNeeds.Expiring> expiringNext) {
        static GridView of(TrainingNeeds.Grid g) {
            return new GridView(g.on(), g.teamId(), g.statements().stream().map(Statement::code).toList(),
                    g.rows().stream().map(r -> new RowView(r.person().id(), r.person().name(), r.person().team(),
                            r.person().stage().name(), r.cells(), r.count(GapStatus.HELD), r.count(GapStatus.EXPIRING),
                            r.count(GapStatus.EXPIRED), r.count(GapStatus.MISSING))).toList(),
                    g.domains(), g.expiringNext());
        }
    }
}
