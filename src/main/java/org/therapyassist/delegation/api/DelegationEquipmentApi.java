package org.therapyassist.delegation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
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
import org.therapyassist.delegation.DelegationEquipment;
import org.therapyassist.equipment.Asset;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.web.PagedResponses;
import org.therapyassist.platform.web.ProblemResponses;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;

@RestController
@Tag(name = "Delegation")
class DelegationEquipmentApi {

    private final DelegationEquipment equipment;

    DelegationEquipmentApi(DelegationEquipment equipment) {
        this.equipment = equipment;
    }

    @Performs(Command.NAME_TASK_EQUIPMENT)
    @PostMapping("/api/v1/delegations/{id}/equipment")
    @Operation(summary = "Name the equipment a task uses (a hoist, a sling) by its label; refused when it is past its "
            + "inspection (equipment.inspection-overdue), quarantined or retired. Checked again at acceptance and each visit.")
    @ResponseStatus(HttpStatus.CREATED)
    @ProblemResponses({409, 422})
    ResponseEntity<Asset> attach(CurrentUser me, @PathVariable UUID id, @Valid @RequestBody NameEquipment body) {
        return ResponseEntity.status(201).body(equipment.attach(me, id, body.assetLabel()));
    }

    @GetMapping("/api/v1/delegations/{id}/equipment")
    @Operation(summary = "The equipment named for a delegated task")
    ResponseEntity<List<Asset>> list(CurrentUser me, @PathVariable UUID id, PageRequest page) {
        return PagedResponses.of(equipment.of(me.organisationId(), id, page));
    }

    @Schema(name = "TaskEquipmentLabel")
    record NameEquipment(
            @NotBlank(message = "{delegation.refusal.label.blank}") @Size(max = 40, message = "{delegation.refusal.label.size}") String assetLabel) {
    }
}
