package org.therapyassist.staff.accounts;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;
import org.therapyassist.staff.JobRole;

/** A staff account as administrators see it; never its password. */
@Schema(name = "StaffAccount")
record Account(UUID id, String username, String givenName, String familyName, JobRole jobRole, String jobTitle,
        int band, @Schema(description = "Absent when the person is in no team") UUID teamId,
        @Schema(description = "Absent when the person is in no team") String teamName,
        @Schema(description = "Absent when none is recorded") String hcpcNumber,
        @Schema(description = "False when disabled: a disabled account cannot sign in") boolean enabled,
        @Schema(description = "When the person last signed in with their password; absent if never") Instant lastSignedInAt) {
}
