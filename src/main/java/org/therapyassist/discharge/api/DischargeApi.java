package org.therapyassist.discharge.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.therapyassist.discharge.DischargeCommands;
import org.therapyassist.discharge.DischargeLetterPdf;
import org.therapyassist.discharge.DischargeLists;
import org.therapyassist.discharge.DischargeSummary;
import org.therapyassist.discharge.Discharges;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.web.PagedResponses;
import org.therapyassist.platform.web.ProblemResponses;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;

@RestController
@Tag(name = "Discharge", description = "Discharge summaries, discussions, equipment at home, signing and the letter PDF")
class DischargeApi {

    private final Discharges discharges;
    private final DischargeLists lists;

    DischargeApi(Discharges discharges, DischargeLists lists) {
        this.discharges = discharges;
        this.lists = lists;
    }

    @Performs(Command.WRITE_DISCHARGE)
    @PostMapping("/api/v1/episodes/{episodeId}/discharge")
    @Operation(summary = "Start the discharge summary for an open episode (returns the one already started, if any)")
    @ResponseStatus(HttpStatus.CREATED)
    @ProblemResponses(409)
    ResponseEntity<DischargeSummary> start(CurrentUser me, @PathVariable UUID episodeId) {
        return ResponseEntity.status(201).body(discharges.start(me, episodeId));
    }

    @GetMapping("/api/v1/discharges")
    @Operation(summary = "Discharge summaries in one state, a page at a time: DRAFT oldest first (waiting to be "
            + "signed), SIGNED newest first (their letters at /api/v1/discharges/{id}/letter.pdf). whose=MINE keeps those "
            + "the caller wrote or signed; TEAM (default) those written by anyone in the caller's team. Patients the "
            + "caller may not open are left out; those listed are audited as seen")
    ResponseEntity<List<DischargeLists.Listed>> list(CurrentUser me,
            @Parameter(description = "DRAFT (default) or SIGNED") @RequestParam(defaultValue = "DRAFT") DischargeSummary.Status status,
            @Parameter(description = "MINE or TEAM (default)") @RequestParam(defaultValue = "TEAM") Whose whose,
            PageRequest page) {
        return PagedResponses.of(lists.list(me, status, whose == Whose.MINE, page));
    }

    /** Whose discharge summaries a list shows. */
    enum Whose {
        MINE, TEAM
    }

    @GetMapping("/api/v1/discharges/{id}")
    @Operation(summary = "A discharge summary: goals, measures first vs last, equipment at home, discussions, amendments")
    DischargeSummary get(CurrentUser me, @PathVariable UUID id) {
        return discharges.open(me, id);
    }

    @Performs(Command.WRITE_DISCHARGE)
    @PutMapping("/api/v1/discharges/{id}")
    @Operation(summary = "Advice given, follow-up and GP of a draft summary; version guards against lost updates (409)")
    @ProblemResponses(409)
    DischargeSummary update(CurrentUser me, @PathVariable UUID id, @Valid @RequestBody DischargeCommands.Details body) {
        return discharges.update(me, id, body);
    }

    @Performs(Command.WRITE_DISCHARGE)
    @PostMapping("/api/v1/discharges/{id}/equipment-plans")
    @Operation(summary = "What happens to one item still on loan: COLLECT, LEAVE_WITH_PATIENT, TRANSFER (note says where) or REVIEW")
    @ProblemResponses(409)
    DischargeSummary plan(CurrentUser me, @PathVariable UUID id, @Valid @RequestBody DischargeCommands.PlanItem body) {
        return discharges.planEquipment(me, id, body);
    }

    @Performs(Command.WRITE_DISCHARGE)
    @PostMapping("/api/v1/discharges/{id}/discussions")
    @Operation(summary = "Record a discussion with the patient or family, or with the MDT: when, who, what was agreed")
    @ProblemResponses(409)
    DischargeSummary discuss(CurrentUser me, @PathVariable UUID id,
            @Valid @RequestBody DischargeCommands.NewDiscussion body) {
        return discharges.addDiscussion(me, id, body);
    }

    @Performs(Command.SIGN_DISCHARGE)
    @PostMapping("/api/v1/discharges/{id}/sign")
    @Operation(summary = "Sign the summary (closes the episode). Refused (422) while any item at home has no plan; "
            + "400 without advice, follow-up or a discussion with the patient or family; 409 if already signed or changed")
    @ProblemResponses({409, 422})
    DischargeSummary sign(CurrentUser me, @PathVariable UUID id, @RequestBody(required = false) SignRequest body) {
        return discharges.sign(me, id, body == null ? null : body.version());
    }

    @Performs(Command.AMEND_DISCHARGE)
    @PostMapping("/api/v1/discharges/{id}/amendments")
    @Operation(summary = "Amend a signed summary; the original stays as signed")
    @ProblemResponses(409)
    DischargeSummary amend(CurrentUser me, @PathVariable UUID id,
            @Valid @RequestBody DischargeCommands.NewAmendment body) {
        return discharges.amend(me, id, body);
    }

    @GetMapping(value = "/api/v1/discharges/{id}/letter.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The discharge letter for the GP and the patient (PDF); only for a signed summary (409 before)")
    @ProblemResponses({400, 409})
    ResponseEntity<byte[]> letter(CurrentUser me, @PathVariable UUID id,
            @Parameter(description = "The letter's language: en-GB or cy (Welsh); the reader's language when left out", schema = @Schema(allowableValues = {
                    "en-GB", "cy"})) @RequestParam(required = false) String lang) {
        byte[] pdf = discharges.letter(me, id, DischargeLetterPdf.language(lang));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("discharge-letter.pdf").build().toString())
                .body(pdf);
    }

    @Schema(name = "DischargeSign")
    record SignRequest(@Schema(description = "The version you read; a newer one is a 409") Integer version) {
    }
}
