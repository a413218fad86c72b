package org.therapyassist.competence.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.therapyassist.competence.SignOffMethod;
import org.therapyassist.competence.SignOffs;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.web.CreatedId;
import org.therapyassist.platform.web.PagedResponses;
import org.therapyassist.platform.web.ProblemResponses;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;

@RestController
@Tag(name = "Competency sign-off", description = "Request, sign off, refuse and revoke competency sign-offs")
class SignOffApi {

    private final SignOffs signOffs;

    SignOffApi(SignOffs signOffs) {
        this.signOffs = signOffs;
    }

    @Performs(Command.SIGN_OFF_COMPETENCY)
    @PostMapping("/api/v1/staff/{staffId}/sign-offs")
    @Operation(summary = "A registered assessor signs off (or renews) a competency; never for themselves")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CreatedId> signOff(CurrentUser me, @PathVariable UUID staffId,
            @Valid @RequestBody SignOffRequest body) {
        UUID id = signOffs.signOff(me, staffId, new SignOffs.NewSignOff(body.competencyCode(), body.signedOn(),
                body.method(), body.evidence(), body.expiresOn()));
        return ResponseEntity.status(201).body(new CreatedId(id));
    }

    @Performs(Command.REVOKE_SIGN_OFF)
    @PostMapping("/api/v1/sign-offs/{id}/revoke")
    @Operation(summary = "Withdraw a sign-off with a reason; delegations relying on it are flagged to their delegators")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @ProblemResponses(409)
    ResponseEntity<Void> revoke(CurrentUser me, @PathVariable UUID id, @Valid @RequestBody RevokeRequest body) {
        signOffs.revoke(me, id, body.reason());
        return ResponseEntity.noContent().build();
    }

    @Performs(Command.REQUEST_SIGN_OFF)
    @PostMapping("/api/v1/sign-off-requests")
    @Operation(summary = "A support worker asks for a competency to be signed off (409 while one is open)")
    @ResponseStatus(HttpStatus.CREATED)
    @ProblemResponses(409)
    ResponseEntity<CreatedId> request(CurrentUser me, @Valid @RequestBody NewRequest body) {
        return ResponseEntity.status(201).body(new CreatedId(signOffs.request(me, body.competencyCode(), body.note())));
    }

    @GetMapping("/api/v1/sign-off-requests")
    @Operation(summary = "My requests (support workers) or the open requests (registrants)")
    ResponseEntity<List<SignOffs.Request>> requests(CurrentUser me, PageRequest page) {
        return PagedResponses.of(me.isRegistrant()
                ? signOffs.openRequests(me.organisationId(), null, page)
                : signOffs.requestsOf(me.organisationId(), me.staffId(), page));
    }

    @Performs(Command.REFUSE_SIGN_OFF)
    @PostMapping("/api/v1/sign-off-requests/{id}/refuse")
    @Operation(summary = "Refuse a request with feedback on what is still needed (409 when already answered)")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @ProblemResponses(409)
    ResponseEntity<Void> refuse(CurrentUser me, @PathVariable UUID id, @Valid @RequestBody RefuseRequest body) {
        signOffs.refuse(me, id, body.feedback());
        return ResponseEntity.noContent().build();
    }

    @Schema(name = "NewSignOff")
    record SignOffRequest(@NotBlank(message = "{competence.sign-off.competency.blank}") String competencyCode,
            @NotNull(message = "{competence.sign-off.signed-on.blank}") LocalDate signedOn,
            @NotNull(message = "{competence.sign-off.method.blank}") SignOffMethod method,
            @Size(max = 1000, message = "{competence.sign-off.evidence.long}") String evidence,
            LocalDate expiresOn) {
    }

    @Schema(name = "SignOffRevoke")
    record RevokeRequest(
            @NotBlank(message = "{competence.sign-off.reason.blank}") @Size(max = 500, message = "{competence.sign-off.reason.long}") String reason) {
    }

    @Schema(name = "NewSignOffRequest")
    record NewRequest(@NotBlank(message = "{competence.sign-off.competency.blank}") String competencyCode,
            @Size(max = 1000, message = "{competence.sign-off.note.long}") String note) {
    }

    @Schema(name = "SignOffRefusal")
    record RefuseRequest(
            @NotBlank(message = "{competence.sign-off.feedback.needed}") @Size(max = 1000, message = "{competence.sign-off.feedback.long}") String feedback) {
    }
}
