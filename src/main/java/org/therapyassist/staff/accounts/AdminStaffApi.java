package org.therapyassist.staff.accounts;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.web.PagedResponses;
import org.therapyassist.platform.web.ProblemResponses;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;
import org.therapyassist.staff.JobRole;

@RestController
@RequestMapping("/api/v1/admin/staff")
@Tag(name = "Staff accounts", description = "Administrators add, change and disable accounts and reset passwords")
class AdminStaffApi {

    private final StaffAccounts accounts;

    AdminStaffApi(StaffAccounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    @Operation(summary = "The organisation's accounts by name, with who last signed in (administrators only)")
    ResponseEntity<List<Account>> list(CurrentUser me, PageRequest page) {
        return PagedResponses.of(accounts.page(me, page));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One account (administrators only)")
    Account one(CurrentUser me, @PathVariable UUID id) {
        return accounts.find(me, id);
    }

    @Performs(Command.MANAGE_STAFF_ACCOUNTS)
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an account with a first local password; 409 `staff.username-taken`")
    @ProblemResponses(409)
    ResponseEntity<Account> add(CurrentUser me, @Valid @RequestBody NewAccountBody body) {
        return ResponseEntity.status(HttpStatus.CREATED).body(accounts.add(me, body.account()));
    }

    @Performs(Command.MANAGE_STAFF_ACCOUNTS)
    @PutMapping("/{id}")
    @Operation(summary = "Change an account's job role, band, team and HCPC number; 422 "
            + "`staff.cannot-demote-self` for your own administrator role")
    @ProblemResponses(422)
    Account change(CurrentUser me, @PathVariable UUID id, @Valid @RequestBody AccountChange body) {
        return accounts.change(me, id, body);
    }

    @Performs(Command.DISABLE_STAFF_ACCOUNT)
    @PostMapping("/{id}/disable")
    @Operation(summary = "Disable an account: it can no longer sign in; 422 `staff.cannot-disable-self` for your own")
    @ProblemResponses(422)
    Account disable(CurrentUser me, @PathVariable UUID id) {
        return accounts.disable(me, id);
    }

    @Performs(Command.DISABLE_STAFF_ACCOUNT)
    @PostMapping("/{id}/enable")
    @Operation(summary = "Enable a disabled account again")
    Account enable(CurrentUser me, @PathVariable UUID id) {
        return accounts.enable(me, id);
    }

    @Performs(Command.RESET_PASSWORD)
    @PostMapping("/{id}/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set a new local password (at least 12 characters, not containing the username); "
            + "also lifts a lock from failed sign-ins")
    ResponseEntity<Void> resetPassword(CurrentUser me, @PathVariable UUID id, @Valid @RequestBody PasswordBody body) {
        accounts.resetPassword(me, id, body.password(), body.password());
        return ResponseEntity.noContent().build();
    }

    @Schema(name = "NewStaffAccount")
    record NewAccountBody(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, pattern = "[A-Za-z0-9._-]{3,60}") @NotBlank(message = "{staff.account.username.blank}") @Pattern(regexp = "\\s*[A-Za-z0-9._-]{3,60}\\s*", message = "{staff.account.username.invalid}") String username,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 80) @NotBlank(message = "{staff.account.given-name.blank}") @Size(max = 80, message = "{staff.account.given-name.long}") String givenName,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 80) @NotBlank(message = "{staff.account.family-name.blank}") @Size(max = 80, message = "{staff.account.family-name.long}") String familyName,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull(message = "{staff.account.job-role.blank}") JobRole jobRole,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "9") @NotNull(message = "{staff.account.band.blank}") @Min(value = 1, message = "{staff.account.band.blank}") @Max(value = 9, message = "{staff.account.band.blank}") Integer band,
            @Schema(description = "The team; absent for none") UUID teamId,
            @Schema(description = "HCPC number (PH or OT and six digits); needed for registered job roles") String hcpcNumber,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 12, description = "At least 12 characters, at most 72 bytes, not containing the username") String password) {

        NewAccount account() {
            return new NewAccount(username, givenName, familyName, jobRole, band, teamId, hcpcNumber, password,
                    password);
        }
    }

    @Schema(name = "NewPassword")
    record PasswordBody(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minLength = 12, description = "At least 12 characters, at most 72 bytes, not containing the username") String password) {
    }
}
