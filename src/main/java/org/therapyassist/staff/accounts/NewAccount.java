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
        @NotBlank(message = "Enter a username") @Pattern(regexp = "\\s*[A-Za-z0-9._-]{3,60}\\s*", message = "Enter a username of 3 to 60 letters, numbers, dots, hyphens or underscores") String username,
        @NotBlank(message = "Enter the first name") @Size(max = 80, message = "The first name must be 80 characters or fewer") String givenName,
        @NotBlank(message = "Enter the last name") @Size(max = 80, message = "The last name must be 80 characters or fewer") String familyName,
        @NotNull(message = "Choose a job role") JobRole jobRole,
        @NotNull(message = "Enter the band, from 1 to 9") @Min(value = 1, message = "Enter a band from 1 to 9") @Max(value = 9, message = "Enter a band from 1 to 9") Integer band,
        UUID teamId, String hcpcNumber, String password, String confirmPassword) {
}
