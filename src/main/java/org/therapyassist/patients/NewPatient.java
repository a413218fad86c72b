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
        @NotBlank(message = "{patients.validation.nhs-number.blank}") @ValidNhsNumber String nhsNumber,
        @NotBlank(message = "{patients.validation.given-name.blank}") @Size(max = 80, message = "{patients.validation.given-name.size}") String givenName,
        @NotBlank(message = "{patients.validation.family-name.blank}") @Size(max = 80, message = "{patients.validation.family-name.size}") String familyName,
        @NotNull(message = "{patients.validation.date-of-birth.blank}") @Past(message = "{patients.validation.date-of-birth.past}") LocalDate dateOfBirth,
        @NotBlank(message = "{patients.validation.address.blank}") @Size(max = 300, message = "{patients.validation.address.size}") String address,
        @NotBlank(message = "{patients.validation.postcode.blank}")
        // No inline flags: the pattern is published in the OpenAPI document, where it must be an ECMA 262 regex too.
        @Pattern(regexp = "^\\s*[A-Za-z]{1,2}[0-9][A-Za-z0-9]?\\s*[0-9][A-Za-z]{2}\\s*$", message = "{patients.validation.postcode.invalid}") String postcode,
        @Size(max = 30, message = "{patients.validation.phone.size}") @Pattern(regexp = "^[0-9 +()-]*$", message = "{patients.validation.phone.invalid}") String phone,
        List<NewAlert> alerts) {

    public NewPatient {
        alerts = alerts == null ? List.of() : List.copyOf(alerts);
    }

    @Schema(name = "NewPatientAlert")
    public record NewAlert(@NotNull(message = "{patients.validation.alert-kind.blank}") AlertKind kind,
            @Size(max = 500, message = "{patients.validation.alert-note.size}") String note) {
    }
}
