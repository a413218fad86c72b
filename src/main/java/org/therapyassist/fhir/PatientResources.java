package org.therapyassist.fhir;

import java.util.Arrays;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Patient;

/**
 * A patient as a UK Core Patient: NHS number, official name, birth date, home address and telephone. The NHS number
 * verification status is left out: the service does not trace numbers against PDS, so it does not know it. Gender
 * is not recorded by the service and is not invented.
 */
final class PatientResources {

    private PatientResources() {
    }

    static Patient of(org.therapyassist.patients.Patient patient) {
        Patient resource = new Patient();
        resource.setId(patient.id().toString());
        resource.getMeta().addProfile(UkCore.PATIENT_PROFILE);
        resource.addIdentifier().setSystem(UkCore.NHS_NUMBER).setValue(patient.nhsNumber().value());
        resource.addName().setUse(HumanName.NameUse.OFFICIAL).setFamily(patient.familyName())
                .addGiven(patient.givenName());
        resource.setBirthDateElement(new DateType(patient.dateOfBirth().toString()));
        Address address = resource.addAddress().setUse(Address.AddressUse.HOME).setPostalCode(patient.postcode());
        Arrays.stream(patient.address().split("\\s*[,\\n]\\s*")).filter(line -> !line.isBlank())
                .forEach(address::addLine);
        if (patient.phone() != null) {
            resource.addTelecom().setSystem(ContactPoint.ContactPointSystem.PHONE).setValue(patient.phone());
        }
        return resource;
    }
}
