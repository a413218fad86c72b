package org.therapyassist.patients;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** What it takes to add a patient. */
public record NewPatient(
        @NotBlank(message = "Enter the NHS number") @ValidNhsNumber String nhsNumber,
        @NotBlank(message = "Enter the first name") @Size(max = 80, message = "First name must be 80 characters or fewer") String givenName,
        @NotBlank(message = "Enter the last name") @Size(max = 80, message = "Last name must be 80 characters or fewer") String familyName,
        @NotNull(message = "Enter the date of birth") @Past(message = "Date of birth must be in the past") LocalDate dateOfBirth,
        @NotBlank(message = "Enter the address") @Size(max = 300, message = "Address must be 300 characters or fewer") String address,
        @NotBlank(message = "Enter the postcode")
        // No inline flags: the pattern is published in the OpenAPI document, where it must be an ECMA 262 regex too.
        @Pattern(regexp = "^\\s*[A-Za-z]{1,2}[0-9][A-Za-z0-9]?\\s*[0-9][A-Za-z]{2}\\s*$", message = "Enter a real postcode, like LS1 4AB") String postcode,
        @Size(max = 30, message = "Phone number must be 30 characters or fewer") @Pattern(regexp = "^[0-9 +()-]*$", message = "Phone number can only contain numbers, spaces, +, ( and )") String phone,
        List<NewAlert> alerts) {

    public NewPatient {
        alerts = alerts == null ? List.of() : List.copyOf(alerts);
    }

    @Schema(name = "NewPatientAlert")
    public record NewAlert(@NotNull(message = "Choose the kind of alert") AlertKind kind,
            @Size(max = 500, message = "Alert note must be 500 characters or fewer") String note) {
    }
}
