package org.therapyassist.patients.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.therapyassist.access.PatientAccess;
import org.therapyassist.patients.AlertKind;
import org.therapyassist.patients.NewPatient;
import org.therapyassist.patients.Patient;
import org.therapyassist.patients.PatientAlert;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.web.ProblemResponses;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;

@RestController
@RequestMapping("/api/v1/patients")
@Tag(name = "Patients", description = "Find, add and open patients; every read is access-checked and audited")
class PatientApi {

    private final PatientRecords patients;
    private final PatientAccess access;

    PatientApi(PatientRecords patients, PatientAccess access) {
        this.patients = patients;
        this.access = access;
    }

    @GetMapping
    @Operation(summary = "Search by NHS number (exact) or name (prefix of last name, or first and last name)")
    SearchResponse search(CurrentUser me, @RequestParam("q") String q) {
        var result = patients.search(me, q);
        return new SearchResponse(result.patients().stream().map(PatientResponse::of).toList(),
                result.outsideCaseloadPatientId());
    }

    @Performs(Command.REGISTER_PATIENT)
    @PostMapping
    @Operation(summary = "Add a patient (registrants); the NHS number must pass the Modulus 11 check")
    @ResponseStatus(HttpStatus.CREATED)
    @ProblemResponses(409)
    ResponseEntity<PatientResponse> create(CurrentUser me, @Valid @RequestBody NewPatient body) {
        Patient p = patients.register(me, body);
        return ResponseEntity.created(URI.create("/api/v1/patients/" + p.id())).body(PatientResponse.of(p));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Open a patient's details and alerts")
    PatientResponse get(CurrentUser me, @PathVariable UUID id) {
        return PatientResponse.of(patients.open(me, id));
    }

    @Performs(Command.ADD_PATIENT_ALERT)
    @PostMapping("/{id}/alerts")
    @Operation(summary = "Add an alert such as falls risk or lone-working risk")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<PatientAlert> addAlert(CurrentUser me, @PathVariable UUID id,
            @Valid @RequestBody NewAlertRequest body) {
        return ResponseEntity.status(201).body(patients.addAlert(me, id, body.kind(), body.note()));
    }

    @Performs(Command.BREAK_GLASS)
    @PostMapping("/{id}/break-glass")
    @Operation(summary = "Open a patient outside your caseload, with a reason that is recorded and reviewed")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @ProblemResponses(422)
    ResponseEntity<Void> breakGlass(CurrentUser me, @PathVariable UUID id, @Valid @RequestBody BreakGlassRequest body) {
        patients.require(me.organisationId(), id);
        access.breakGlass(me, id, body.reason());
        return ResponseEntity.noContent().build();
    }

    @Schema(name = "NewAlert")
    record NewAlertRequest(@NotNull(message = "{patients.validation.alert-kind.blank}") AlertKind kind,
            @Size(max = 500, message = "{patients.validation.alert-note.size}") String note) {
    }

    record BreakGlassRequest(
            @NotBlank(message = "{patients.validation.reason.blank}") @Size(min = 10, max = 500, message = "{patients.validation.reason.size}") String reason) {
    }

    @Schema(name = "PatientSearch")
    record SearchResponse(List<PatientResponse> patients, UUID outsideCaseloadPatientId) {
    }

    @Schema(name = "Patient")
    record PatientResponse(UUID id, String nhsNumber, String nhsNumberFormatted, String givenName, String familyName,
            LocalDate dateOfBirth, String address, String postcode, String phone, List<PatientAlert> alerts) {
        static PatientResponse of(Patient p) {
            return new PatientResponse(p.id(), p.nhsNumber().value(), p.nhsNumber().formatted(), p.givenName(),
                    p.familyName(), p.dateOfBirth(), p.address(), p.postcode(), p.phone(), p.alerts());
        }
    }
}
