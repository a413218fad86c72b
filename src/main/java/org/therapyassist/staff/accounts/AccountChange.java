package org.therapyassist.staff.accounts;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.therapyassist.staff.JobRole;

/** An account's job role, band and team as they should now be (the whole of each: absent team means none). */
@Schema(name = "StaffAccountChange")
record AccountChange(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotNull(message = "{staff.account.job-role.blank}") JobRole jobRole,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, minimum = "1", maximum = "9") @NotNull(message = "{staff.account.band.blank}") @Min(value = 1, message = "{staff.account.band.range}") @Max(value = 9, message = "{staff.account.band.range}") Integer band,
        @Schema(description = "The team; absent for none") UUID teamId,
        @Schema(description = "HCPC number (PH or OT and six digits); needed for registered job roles") String hcpcNumber) {
}
