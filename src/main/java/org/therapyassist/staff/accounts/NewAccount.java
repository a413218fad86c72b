package org.therapyassist.staff.accounts;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.therapyassist.staff.JobRole;

/** A new account as an administrator types it on the page (the API sends the password once). */
record NewAccount(
        @NotBlank(message = "{staff.account.username.blank}") @Pattern(regexp = "\\s*[A-Za-z0-9._-]{3,60}\\s*", message = "{staff.account.username.invalid}") String username,
        @NotBlank(message = "{staff.account.given-name.blank}") @Size(max = 80, message = "{staff.account.given-name.long}") String givenName,
        @NotBlank(message = "{staff.account.family-name.blank}") @Size(max = 80, message = "{staff.account.family-name.long}") String familyName,
        @NotNull(message = "{staff.account.job-role.blank}") JobRole jobRole,
        @NotNull(message = "{staff.account.band.blank}") @Min(value = 1, message = "{staff.account.band.range}") @Max(value = 9, message = "{staff.account.band.range}") Integer band,
        UUID teamId, String hcpcNumber, String password, String confirmPassword) {
}
