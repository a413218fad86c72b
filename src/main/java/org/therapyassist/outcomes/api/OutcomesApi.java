package org.therapyassist.outcomes.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.therapyassist.outcomes.ChairStandNorms.NormGroup;
import org.therapyassist.outcomes.Measure;
import org.therapyassist.outcomes.MeasureCatalogue;
import org.therapyassist.outcomes.MeasureResult;
import org.therapyassist.outcomes.MeasureResults;
import org.therapyassist.outcomes.PatientOutcomes;
import org.therapyassist.outcomes.StopCriteria;
import org.therapyassist.outcomes.StopRules;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.platform.web.PagedResponses;
import org.therapyassist.platform.web.ProblemResponses;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;

@RestController
@Tag(name = "Outcome measures", description = "Measure catalogue, results per patient (FHIR Observation shaped), a "
        + "service's own measures, progress charts as SVG, stop criteria on delegations")
class OutcomesApi {

    private final MeasureCatalogue catalogue;
    private final MeasureResults results;
    private final PatientOutcomes outcomes;
    private final StopCriteria stopCriteria;

    private final Clock clock;

    OutcomesApi(MeasureCatalogue catalogue, MeasureResults results, PatientOutcomes outcomes, StopCriteria stopCriteria,
            Clock clock) {
        this.clock = clock;
        this.catalogue = catalogue;
        this.results = results;
        this.outcomes = outcomes;
        this.stopCriteria = stopCriteria;
    }

    @GetMapping("/api/v1/measures")
    @Operation(summary = "The measures this service can use: the built-in library (with SNOMED CT codes where confirmed) "
            + "and the service's own")
    ResponseEntity<List<Measure>> catalogue(CurrentUser me, PageRequest page) {
        return PagedResponses.of(catalogue.all(me.organisationId(), page));
    }

    @GetMapping("/api/v1/measures/{key}")
    @Operation(summary = "One measure: items with their ranges, total rule and interpretation bands")
    Measure measure(CurrentUser me, @PathVariable String key) {
        return catalogue.require(me.organisationId(), key);
    }

    @Performs(Command.ADD_SERVICE_MEASURE)
    @PostMapping("/api/v1/measures")
    @Operation(summary = "Registrant: add a measure of the service's own (items with ranges, total by sum or mean)")
    @ResponseStatus(HttpStatus.CREATED)
    @ProblemResponses(409)
    ResponseEntity<Measure> createMeasure(CurrentUser me, @Valid @RequestBody MeasureCatalogue.NewMeasure body) {
        Measure created = catalogue.create(me, body);
        return ResponseEntity.created(URI.create("/api/v1/measures/" + created.key())).body(created);
    }

    @GetMapping("/api/v1/patients/{patientId}/measure-results")
    @Operation(summary = "A patient's current measure results, oldest first (corrected results are replaced by the "
            + "correction); one measure only with measureKey. The last page (rel=\"last\") holds the newest")
    ResponseEntity<List<MeasureResult>> resultsOf(CurrentUser me, @PathVariable UUID patientId,
            @Parameter(description = "Only this measure") @RequestParam(required = false) String measureKey,
            PageRequest page) {
        return PagedResponses.of(results.openForPatient(me, patientId, measureKey, page));
    }

    @Performs(Command.RECORD_MEASURE)
    @PostMapping("/api/v1/patients/{patientId}/measure-results")
    @Operation(summary = "Record a result: item values in the measure's order; the score is worked out by the service. "
            + "An out-of-range item is a 400 with the field items[n]")
    @ResponseStatus(HttpStatus.CREATED)
    @ProblemResponses({409, 422})
    ResponseEntity<MeasureResult> record(CurrentUser me, @PathVariable UUID patientId,
            @Valid @RequestBody MeasureResults.NewResult body) {
        MeasureResult saved = results.record(me, patientId, body);
        return ResponseEntity.created(URI.create("/api/v1/measure-results/" + saved.id())).body(saved);
    }

    @GetMapping("/api/v1/measure-results/{id}")
    @Operation(summary = "One measure result with its items as components")
    MeasureResult result(CurrentUser me, @PathVariable UUID id) {
        return results.open(me, id);
    }

    @Performs(Command.CORRECT_MEASURE)
    @PostMapping("/api/v1/measure-results/{id}/corrections")
    @Operation(summary = "Correct a result: a new result replacing it, with the reason; the original is kept "
            + "(409 measure.already-corrected when someone corrected it first)")
    @ResponseStatus(HttpStatus.CREATED)
    @ProblemResponses({409, 422})
    ResponseEntity<MeasureResult> correct(CurrentUser me, @PathVariable UUID id, @RequestBody Correction body) {
        MeasureResult saved = results.correct(me, id, body.reason(),
                new MeasureResults.NewResult(body.measureKey(), null,
                        null, body.effectiveOn(), body.items(), body.itemLabels(), body.normGroup(), body.note()));
        return ResponseEntity.created(URI.create("/api/v1/measure-results/" + saved.id())).body(saved);
    }

    @GetMapping("/api/v1/measure-results/delegated")
    @Operation(summary = "Registrant: results support workers recorded on my delegations in the last 30 days")
    ResponseEntity<List<MeasureResult>> delegated(CurrentUser me, @RequestParam(defaultValue = "30") int days,
            PageRequest page) {
        if (!me.isRegistrant()) {
            throw new NotAllowedException("measure.registrant-only", Messages.text("outcomes.refusal.delegated-only"));
        }
        return PagedResponses.of(results.fromDelegatedWork(me, Math.max(1, Math.min(days, 365)), page));
    }

    @GetMapping(value = "/api/v1/patients/{patientId}/measures/{key}/chart.svg", produces = "image/svg+xml")
    @Operation(summary = "The measure over time as SVG with interpretation bands (role=img, title and description): "
            + "the latest " + PatientOutcomes.CHART_WINDOW + " results")
    ResponseEntity<String> chart(CurrentUser me, @PathVariable UUID patientId, @PathVariable String key) {
        return ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml"))
                .body(outcomes.measure(me, patientId, key).chartSvg());
    }

    @GetMapping(value = "/api/v1/patients/{patientId}/progress.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Printable progress report: every measure's chart with its bands and results, and goal attainment")
    ResponseEntity<byte[]> progressReport(CurrentUser me, @PathVariable UUID patientId) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "attachment; filename=\"progress-report.pdf\"")
                .body(outcomes.progressReport(me, patientId, Time.today(clock)));
    }

    @GetMapping(value = "/api/v1/patients/{patientId}/goals/chart.svg", produces = "image/svg+xml")
    @Operation(summary = "Goal attainment levels over time as SVG; 204 when no goal has been reviewed yet", responses = {
            @ApiResponse(responseCode = "200", description = "The chart", content = @Content(mediaType = "image/svg+xml", schema = @Schema(type = "string"))),
            @ApiResponse(responseCode = "204", description = "No goal has been reviewed yet, so there is nothing to draw")})
    ResponseEntity<String> goalChart(CurrentUser me, @PathVariable UUID patientId) {
        String svg = outcomes.goals(me, patientId).chartSvg();
        return svg == null
                ? ResponseEntity.noContent().build()
                : ResponseEntity.ok().contentType(MediaType.valueOf("image/svg+xml")).body(svg);
    }

    @GetMapping("/api/v1/delegations/{id}/stop-criteria")
    @Operation(summary = "The stop-and-escalate thresholds set on a delegation")
    StopRules stopCriteria(CurrentUser me, @PathVariable UUID id) {
        return stopCriteria.open(me, id);
    }

    @Performs(Command.SET_STOP_CRITERIA)
    @PutMapping("/api/v1/delegations/{id}/stop-criteria")
    @Operation(summary = "Delegator: set the thresholds (pain rise in points, TUG slower than seconds, chair stands "
            + "fewer than); a support worker's reading that breaks one escalates to the delegator")
    StopRules setStopCriteria(CurrentUser me, @PathVariable UUID id, @Valid @RequestBody StopCriteria.SetRules body) {
        return stopCriteria.set(me, id, body);
    }

    @Schema(name = "MeasureCorrection")
    record Correction(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 500) String reason,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The same measure as the result corrected") String measureKey,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate effectiveOn, List<BigDecimal> items,
            List<String> itemLabels, NormGroup normGroup, @Schema(maxLength = 1000) String note) {
    }
}
