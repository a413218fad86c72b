package org.therapyassist.induction.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.therapyassist.induction.CareCertificateAssessors;
import org.therapyassist.induction.Induction;
import org.therapyassist.induction.InductionRules;
import org.therapyassist.induction.StandardSet;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.CreatedId;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.platform.web.PagedResponses;
import org.therapyassist.platform.web.ProblemResponses;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;
import org.therapyassist.staff.StaffDirectory;

@RestController
@Tag(name = "Induction", description = "Care Certificate induction for new starters: plans, sign-off, named assessors")
class InductionApi {

    private final Induction induction;
    private final CareCertificateAssessors assessors;
    private final StaffDirectory staff;
    private final Clock clock;

    InductionApi(Induction induction, CareCertificateAssessors assessors, StaffDirectory staff, Clock clock) {
        this.assessors = assessors;
        this.induction = induction;
        this.staff = staff;
        this.clock = clock;
    }

    @GetMapping("/api/v1/induction")
    @Operation(summary = "Leads: new starters' plans with weeks since start, % done and whether they are behind; "
            + "open plans first, longest running first, then complete ones")
    ResponseEntity<List<Induction.Summary>> overview(CurrentUser me, PageRequest page) {
        InductionRules.requireLead(staff.require(me.organisationId(), me.staffId()));
        return PagedResponses.of(induction.overview(me.organisationId(), Time.today(clock), page));
    }

    @GetMapping("/api/v1/staff/{id}/induction")
    @Operation(summary = "A new starter's induction plan: standards and local items with who signed each off")
    Induction.Plan plan(CurrentUser me, @PathVariable UUID id) {
        if (!me.is(id)) {
            InductionRules.requireLead(staff.require(me.organisationId(), me.staffId()));
        }
        return induction.planOf(me.organisationId(), id)
                .orElseThrow(() -> new NotFoundException("induction.no-plan",
                        Messages.text("induction.refusal.no-plan")));
    }

    @Performs(Command.PLAN_INDUCTION)
    @PostMapping("/api/v1/staff/{id}/induction")
    @Operation(summary = "A lead starts an induction plan with the service's standard set and the usual local items; "
            + "409 if the person has one")
    @ResponseStatus(HttpStatus.CREATED)
    @ProblemResponses(409)
    ResponseEntity<Induction.Plan> create(CurrentUser me, @PathVariable UUID id, @Valid @RequestBody NewPlan body) {
        induction.createPlan(me, id, body.startsOn());
        return ResponseEntity.status(201).body(induction.planOf(me.organisationId(), id).orElseThrow());
    }

    @Performs(Command.PLAN_INDUCTION)
    @PostMapping("/api/v1/staff/{id}/induction/items")
    @Operation(summary = "A lead adds a local induction item")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<CreatedId> addItem(CurrentUser me, @PathVariable UUID id, @Valid @RequestBody NewItem body) {
        return ResponseEntity.status(201).body(new CreatedId(induction.addLocalItem(me, id, body.title())));
    }

    @Performs(Command.SIGN_OFF_INDUCTION_ITEM)
    @PostMapping("/api/v1/induction/items/{id}/sign-off")
    @Operation(summary = "Sign off an item: registered staff any item, a named assessor Care Certificate standards; "
            + "never one's own; 409 if already signed off")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @ProblemResponses(409)
    ResponseEntity<Void> signOff(CurrentUser me, @PathVariable UUID id,
            @Valid @RequestBody(required = false) SignOff body) {
        induction.signOff(me, id, body == null ? null : body.note());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/organisation/induction-standard-set")
    @Operation(summary = "The Care Certificate standard set new plans use (2025 unless the service chose 2015)")
    StandardSetView standardSet(CurrentUser me) {
        return StandardSetView.of(induction.standardSetOf(me.organisationId()));
    }

    @Performs(Command.CHOOSE_STANDARD_SET)
    @PutMapping("/api/v1/organisation/induction-standard-set")
    @Operation(summary = "A lead or administrator chooses the standard set for new plans")
    @ProblemResponses(422)
    StandardSetView chooseStandardSet(CurrentUser me, @Valid @RequestBody ChooseSet body) {
        induction.chooseStandardSet(me, body.standardSet());
        return StandardSetView.of(induction.standardSetOf(me.organisationId()));
    }

    @GetMapping("/api/v1/care-certificate-assessors")
    @Operation(summary = "Support staff named to assess Care Certificate standards")
    ResponseEntity<List<CareCertificateAssessors.Assessor>> assessors(CurrentUser me, PageRequest page) {
        return PagedResponses.of(assessors.assessors(me.organisationId(), page));
    }

    @Performs(Command.NAME_ASSESSOR)
    @PostMapping("/api/v1/care-certificate-assessors")
    @Operation(summary = "A lead names a support worker (for example an assistant practitioner) as assessor; 409 if named "
            + "already, 422 if they cannot assess")
    @ResponseStatus(HttpStatus.CREATED)
    @ProblemResponses({404, 409, 422})
    ResponseEntity<List<CareCertificateAssessors.Assessor>> name(CurrentUser me,
            @Valid @RequestBody NameAssessor body) {
        assessors.nameAssessor(me, body.staffId());
        return ResponseEntity.status(201).body(assessors.assessors(me.organisationId()));
    }

    @Performs(Command.NAME_ASSESSOR)
    @DeleteMapping("/api/v1/care-certificate-assessors/{staffId}")
    @Operation(summary = "A lead withdraws someone's naming as assessor")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> remove(CurrentUser me, @PathVariable UUID staffId) {
        assessors.removeAssessor(me, staffId);
        return ResponseEntity.noContent().build();
    }

    @Schema(name = "NewInductionPlan")
    record NewPlan(@NotNull(message = "{induction.start-date.blank}") LocalDate startsOn) {
    }

    @Schema(name = "NewInductionItem")
    record NewItem(
            @NotNull(message = "{induction.plan.item.blank}") @Size(min = 1, max = 200, message = "{induction.plan.item.size}") String title) {
    }

    @Schema(name = "InductionSignOff")
    record SignOff(@Size(max = 500, message = "{induction.plan.note.long}") String note) {
    }

    @Schema(name = "StandardSetChoice")
    record ChooseSet(@NotNull(message = "{induction.standards.blank}") StandardSet standardSet) {
    }

    record NameAssessor(@NotNull(message = "{induction.assessors.name.blank-api}") UUID staffId) {
    }

    @Schema(name = "InductionStandardSet")
    record StandardSetView(StandardSet standardSet, String title) {
        static StandardSetView of(StandardSet set) {
            return new StandardSetView(set, set.title());
        }
    }
}
