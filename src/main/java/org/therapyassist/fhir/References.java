package org.therapyassist.fhir;

import org.hl7.fhir.r4.model.Reference;
import org.therapyassist.staff.StaffLookup;

/** References from one resource to another, and to what the server does not serve as a resource of its own. */
final class References {

    private References() {
    }

    static Reference to(String type, Object id, String display) {
        Reference reference = new Reference(type + "/" + id);
        if (display != null) {
            reference.setDisplay(display);
        }
        return reference;
    }

    /** The service itself: by its ODS code when it has one (there is no Organization resource here), and its name. */
    static Reference organisation(StaffLookup.Organisation organisation) {
        Reference reference = new Reference().setDisplay(organisation.name());
        if (organisation.odsCode() != null && !organisation.odsCode().isBlank()) {
            reference.getIdentifier().setSystem(UkCore.ODS_CODE).setValue(organisation.odsCode());
        }
        return reference;
    }
}
