package org.therapyassist.staff.accounts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.web.BoundedList;
import org.therapyassist.platform.web.ProblemResponses;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;
import org.therapyassist.staff.Team;

@RestController
@Tag(name = "Staff accounts")
class AdminTeamsApi {

    private final StaffAccounts accounts;

    AdminTeamsApi(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/api/v1/admin/teams")
    @Operation(summary = "The organisation's teams by name, for placing staff (administrators only)")
    @BoundedList("The teams of one organisation: tens, at most a few hundred")
    List<Team> teams(CurrentUser me) {
        return accounts.teams(me);
    }

    @Performs(Command.MANAGE_STAFF_ACCOUNTS)
    @PostMapping("/api/v1/admin/teams")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a team; 409 `staff.team-exists` when the organisation has one of that name")
    @ProblemResponses(409)
    ResponseEntity<Team> add(CurrentUser me, @Valid @RequestBody NewTeam body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(accounts.addTeam(me, body.name(), body.setting()));
    }

    @Schema(name = "NewTeam")
    record NewTeam(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 120) @NotBlank(message = "{staff.accounts.team-name.blank}") @Size(max = 120, message = "{staff.accounts.team-name.long}") String name,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull(message = "{staff.accounts.team-setting.blank}") TeamSetting setting) {
    }
}
