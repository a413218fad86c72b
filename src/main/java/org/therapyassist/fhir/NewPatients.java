package org.therapyassist.fhir;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.PrimitiveType;
import org.hl7.fhir.r4.model.StringType;
import org.therapyassist.fhir.FhirRefusals.Problem;
import org.therapyassist.patients.NewPatient;
import org.therapyassist.patients.NhsNumber;

/**
 * A UK Core Patient sent to the server as the patients module's {@link NewPatient}, checked by the same rules as a
 * patient added in the app (NHS number with its Modulus 11 check digit, names, date of birth in the past, address and
 * postcode). What it cannot accept is a 422 with one issue per field, at its place in the resource.
 */
final class NewPatients {

    /** Where each field of {@link NewPatient} comes from in a Patient. */
    private static final Map<String, String> WHERE = Map.of("nhsNumber", "Patient.identifier", "givenName",
            "Patient.name.given", "familyName", "Patient.name.family", "dateOfBirth", "Patient.birthDate", "address",
            "Patient.address.line", "postcode", "Patient.address.postalCode", "phone", "Patient.telecom");

    private NewPatients() {
    }

    static NewPatient from(Patient resource, Validator validator) {
        List<Problem> problems = new ArrayList<>();
        List<String> numbers = resource.getIdentifier().stream().filter(i -> UkCore.NHS_NUMBER.equals(i.getSystem()))
                .map(Identifier::getValue).distinct().toList();
        if (numbers.size() > 1) {
            problems.add(Problem.invalid("Patient.identifier", "Give one NHS number, not " + numbers.size() + "."));
        }
        if (resource.hasBirthDate()
                && resource.getBirthDateElement().getPrecision() != TemporalPrecisionEnum.DAY) {
            problems.add(Problem.invalid("Patient.birthDate", "Give the full date of birth (year, month and day)."));
        }
        HumanName name = preferred(resource.getName().stream(), n -> n.getUse() == HumanName.NameUse.OFFICIAL);
        Address address = preferred(resource.getAddress().stream(), a -> a.getUse() == Address.AddressUse.HOME);
        String phone = resource.getTelecom().stream()
                .filter(t -> t.getSystem() == ContactPoint.ContactPointSystem.PHONE)
                .map(ContactPoint::getValue).findFirst().orElse(null);
        NewPatient patient = new NewPatient(numbers.isEmpty() ? null : numbers.getFirst(),
                name == null ? null : join(name.getGiven(), " "), name == null ? null : name.getFamily(),
                birthDate(resource), address == null ? null : addressText(address),
                address == null ? null : address.getPostalCode(), phone, List.of());
        boolean partialDate = !problems.isEmpty() && problems.getLast().expression().equals("Patient.birthDate");
        validator.validate(patient).stream().sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .filter(v -> !(partialDate && "dateOfBirth".equals(v.getPropertyPath().toString())))
                .forEach(v -> problems.add(problem(v)));
        if (!problems.isEmpty()) {
            throw FhirRefusals.unprocessable(problems);
        }
        return new NewPatient(NhsNumber.of(patient.nhsNumber()).value(), patient.givenName(), patient.familyName(),
                patient.dateOfBirth(), patient.address(), patient.postcode(), patient.phone(), List.of());
    }

    private static Problem problem(ConstraintViolation<NewPatient> violation) {
        String field = violation.getPropertyPath().toString();
        String where = WHERE.getOrDefault(field, "Patient");
        String message = violation.getMessage() + ("nhsNumber".equals(field)
                ? " (identifier system " + UkCore.NHS_NUMBER + ", ten digits with a correct check digit)."
                : ".");
        return violation.getInvalidValue() == null ? Problem.required(where, message) : Problem.invalid(where, message);
    }

    private static LocalDate birthDate(Patient resource) {
        if (!resource.hasBirthDate()
                || resource.getBirthDateElement().getPrecision() != TemporalPrecisionEnum.DAY) {
            return null;
        }
        return LocalDate.parse(resource.getBirthDateElement().getValueAsString());
    }

    private static String addressText(Address address) {
        List<StringType> parts = new ArrayList<>(address.getLine());
        Stream.of(address.getCityElement(), address.getDistrictElement()).filter(PrimitiveType::hasValue)
                .forEach(parts::add);
        String text = join(parts, ", ");
        return text == null && address.hasText() ? address.getText() : text;
    }

    private static String join(List<StringType> parts, String separator) {
        String text = parts.stream().map(PrimitiveType::getValue).filter(v -> v != null && !v.isBlank())
                .map(String::strip).collect(Collectors.joining(separator));
        return text.isEmpty() ? null : text;
    }

    private static <T> T preferred(Stream<T> all, Predicate<T> preferred) {
        List<T> list = all.toList();
        return list.stream().filter(preferred).findFirst().orElse(list.isEmpty() ? null : list.getFirst());
    }
}
