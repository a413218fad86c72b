package org.therapyassist.careplans.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
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
import org.therapyassist.careplans.CarePlans;
import org.therapyassist.careplans.Commands;
import org.therapyassist.careplans.Episode;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.web.PagedResponses;
import org.therapyassist.platform.web.ProblemResponses;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Care plans", description = "Episodes of care, goals and programmes")
class CarePlanApi {

    private final CarePlans carePlans;
    private final PatientRecords patients;

    CarePlanApi(CarePlans carePlans, PatientRecords patients) {
        this.carePlans = carePlans;
        this.patients = patients;
    }

    @Performs(Command.OPEN_EPISODE)
    @PostMapping("/patients/{patientId}/episodes")
    @Operation(summary = "Open an episode of care for a referral (registrants)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Episode> open(CurrentUser me, @PathVariable UUID patientId,
            @Valid @RequestBody Commands.OpenEpisode body) {
        Episode e = carePlans.open(me, patientId, body);
        return ResponseEntity.created(URI.create("/api/v1/episodes/" + e.id())).body(e);
    }

    @GetMapping("/patients/{patientId}/episodes")
    @Operation(summary = "A patient's episodes with goals and programme")
    ResponseEntity<List<Episode>> episodes(CurrentUser me, @PathVariable UUID patientId, PageRequest page) {
        patients.open(me, patientId);
        return PagedResponses.of(carePlans.episodesOf(me.organisationId(), patientId, page));
    }

    @Performs(Command.ADD_GOAL)
    @PostMapping("/episodes/{id}/goals")
    @Operation(summary = "Record a goal agreed with the patient")
    @ResponseStatus(HttpStatus.CREATED)
    @ProblemResponses(409)
    ResponseEntity<Episode> goal(CurrentUser me, @PathVariable UUID id, @Valid @RequestBody Commands.AddGoal body) {
        return ResponseEntity.status(201).body(carePlans.addGoal(me, id, body));
    }

    @Performs(Command.ADD_PROGRAMME_ITEM)
    @PostMapping("/episodes/{id}/programme-items")
    @Operation(summary = "Add an exercise or activity to the programme, with dosage and progression limits")
    @ResponseStatus(HttpStatus.CREATED)
    @ProblemResponses(409)
    ResponseEntity<Episode> programmeItem(CurrentUser me, @PathVariable UUID id,
            @Valid @RequestBody Commands.AddProgrammeItem body) {
        return ResponseEntity.status(201).body(carePlans.addProgrammeItem(me, id, body));
    }
}
