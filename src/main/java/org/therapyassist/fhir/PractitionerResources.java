package org.therapyassist.fhir;

import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.Practitioner;
import org.therapyassist.staff.StaffMember;

/**
 * A member of staff as a UK Core Practitioner: official name and, for registered therapists, their HCPC number.
 * Job role, band and team belong to PractitionerRole (a later slice); a staff phone number is not published.
 */
final class PractitionerResources {

    private PractitionerResources() {
    }

    static Practitioner of(StaffMember staff) {
        Practitioner resource = new Practitioner();
        resource.setId(staff.id().toString());
        resource.getMeta().addProfile(UkCore.PRACTITIONER_PROFILE);
        if (staff.hcpcNumber() != null && !staff.hcpcNumber().isBlank()) {
            resource.addIdentifier().setSystem(UkCore.HCPC_NUMBER).setValue(staff.hcpcNumber());
        }
        resource.addName().setUse(HumanName.NameUse.OFFICIAL).setFamily(staff.familyName())
                .addGiven(staff.givenName());
        return resource;
    }
}
