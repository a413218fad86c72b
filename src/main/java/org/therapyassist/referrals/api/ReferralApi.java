package org.therapyassist.referrals.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.therapyassist.patients.NewPatient;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.platform.web.PagedResponses;
import org.therapyassist.platform.web.ProblemResponses;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;
import org.therapyassist.referrals.Referral;
import org.therapyassist.referrals.ReferralCommands;
import org.therapyassist.referrals.ReferralOut;
import org.therapyassist.referrals.Referrals;
import org.therapyassist.referrals.ReferralsOut;
import org.therapyassist.referrals.SourceRole;
import org.therapyassist.referrals.Urgency;

@RestController
@Tag(name = "Referrals", description = "Referrals in (triage queue; accept into an episode, signpost or reject) and referrals out")
class ReferralApi {

    private final Referrals referrals;
    private final ReferralsOut out;

    ReferralApi(Referrals referrals, ReferralsOut out) {
        this.referrals = referrals;
        this.out = out;
    }

    @Performs(Command.RECEIVE_REFERRAL)
    @PostMapping("/api/v1/referrals")
    @Operation(summary = "Record a referral in for an existing patient (patientId) or a new one (newPatient); the date "
            + "to respond by follows from the urgency")
    @ResponseStatus(HttpStatus.CREATED)
    @ProblemResponses({404, 409})
    ResponseEntity<Referral> receive(CurrentUser me, @Valid @RequestBody ReferralRequest body) {
        if ((body.patientId() == null) == (body.newPatient() == null)) {
            throw new InvalidInputException(
                    Map.of("patientId", Messages.text("referrals.field.patient.either")));
        }
        var command = new ReferralCommands.NewReferral(body.patientId() == null ? UUID.randomUUID() : body.patientId(),
                body.teamId(), body.sourceRole(), body.sourceName(), body.sourceOrganisation(), body.reason(),
                body.urgency(),
                body.receivedOn(), body.referrerEmail());
        Referral r = body.newPatient() == null
                ? referrals.receive(me, command)
                : referrals.receiveForNewPatient(me, body.newPatient(), command);
        return ResponseEntity.status(201).body(r);
    }

    @GetMapping("/api/v1/referrals/{id}")
    @Operation(summary = "One referral with its triage decision, if made")
    Referral get(CurrentUser me, @PathVariable UUID id) {
        return referrals.open(me, id);
    }

    @GetMapping("/api/v1/teams/{teamId}/referral-queue")
    @Operation(summary = "The team's triage queue: urgent first, then the earliest date to respond by; overdue ones flagged")
    ResponseEntity<List<Referral>> queue(CurrentUser me, @PathVariable UUID teamId, PageRequest page) {
        return PagedResponses.of(referrals.queue(me, teamId, page));
    }

    @GetMapping("/api/v1/teams/{teamId}/referrals/decided")
    @Operation(summary = "The team's most recent triage decisions")
    ResponseEntity<List<Referral>> decided(CurrentUser me, @PathVariable UUID teamId, PageRequest page) {
        return PagedResponses.of(referrals.decided(me, teamId, page));
    }

    @Performs(Command.TRIAGE_REFERRAL)
    @PostMapping("/api/v1/referrals/{id}/decision")
    @Operation(summary = "Triage: ACCEPTED (opens an episode: category, setting, location, lead), SIGNPOSTED (signpostedTo) "
            + "or REJECTED (note = reason, required). Final; a second decision gets 409")
    @ProblemResponses(409)
    Referral decide(CurrentUser me, @PathVariable UUID id, @Valid @RequestBody ReferralCommands.Decide body) {
        return referrals.decide(me, id, body);
    }

    @GetMapping("/api/v1/referrals-out")
    @Operation(summary = "Referrals sent by anyone in the caller's team, newest first, with the replies recorded; "
            + "patients the caller may not open are left out, those listed are audited as seen")
    ResponseEntity<List<ReferralOut>> sent(CurrentUser me, PageRequest page) {
        return PagedResponses.of(out.sentByTeam(me, page));
    }

    @Performs(Command.REFER_OUT)
    @PostMapping("/api/v1/referrals-out")
    @Operation(summary = "Refer a patient to another team here (toTeamId: it joins that team's triage queue) or to an "
            + "external service (toService)")
    @ResponseStatus(HttpStatus.CREATED)
    @ProblemResponses(404)
    ResponseEntity<ReferralOut> send(CurrentUser me, @Valid @RequestBody ReferralCommands.NewReferralOut body) {
        return ResponseEntity.status(201).body(out.send(me, body));
    }

    @GetMapping("/api/v1/patients/{patientId}/referrals-out")
    @Operation(summary = "A patient's referrals out with their status history")
    ResponseEntity<List<ReferralOut>> ofPatient(CurrentUser me, @PathVariable UUID patientId, PageRequest page) {
        return PagedResponses.of(out.ofPatient(me, patientId, page));
    }

    @Performs(Command.REFER_OUT)
    @PostMapping("/api/v1/referrals-out/{id}/responses")
    @Operation(summary = "Record an external service's reply (acknowledged, accepted, signposted, declined, withdrawn)")
    @ProblemResponses({409, 422})
    ReferralOut respond(CurrentUser me, @PathVariable UUID id, @Valid @RequestBody ReferralCommands.OutResponse body) {
        return out.recordResponse(me, id, body);
    }

    @Schema(name = "NewReferral", description = "For an existing patient (patientId) or a new one (newPatient), not both")
    record ReferralRequest(UUID patientId, @Valid NewPatient newPatient,
            @NotNull(message = "{referrals.field.team.null}") UUID teamId,
            @NotNull(message = "{referrals.field.source-role.null}") SourceRole sourceRole,
            @NotBlank(message = "{referrals.field.source-name.blank}") @Size(max = 120, message = "{referrals.field.source-name.size}") String sourceName,
            @Size(max = 200, message = "{referrals.field.source-organisation.size}") String sourceOrganisation,
            @NotBlank(message = "{referrals.field.reason.blank}") @Size(max = 1000, message = "{referrals.field.reason.size}") String reason,
            @NotNull(message = "{referrals.field.urgency.null}") Urgency urgency,
            @NotNull(message = "{referrals.field.received-on.null}") LocalDate receivedOn,
            @Schema(description = "Where to e-mail the triage outcome (accepted, signposted or rejected); the e-mail "
                    + "says only the outcome and the referral's id, never who the patient is") @Pattern(regexp = ReferralCommands.EMAIL, message = "{referrals.field.referrer-email.invalid}") @Size(max = 254, message = "{referrals.field.referrer-email.size}") String referrerEmail) {
    }
}
