package org.therapyassist.fhir;

import org.hl7.fhir.r4.model.PractitionerRole;
import org.therapyassist.staff.StaffLookup;
import org.therapyassist.staff.StaffMember;

/**
 * A member of staff's post as a UK Core PractitionerRole: the job role and Agenda for Change band (as text: there is no
 * code system for them that the service could claim), the team (as the service they work in) and the organisation.
 * Each member of staff holds one post, so the role has the member of staff's id.
 */
final class PractitionerRoleResources {

    private PractitionerRoleResources() {
    }

    static PractitionerRole of(StaffMember staff, boolean inPost, StaffLookup.Organisation organisation) {
        PractitionerRole resource = new PractitionerRole();
        resource.setId(staff.id().toString());
        resource.getMeta().addProfile(UkCore.PRACTITIONER_ROLE_PROFILE);
        resource.setActive(inPost);
        resource.setPractitioner(References.to("Practitioner", staff.id(), staff.displayName()));
        resource.setOrganization(References.organisation(organisation));
        resource.addCode().setText(staff.jobRole().title());
        if (staff.band() > 0) {
            resource.addCode().setText("Agenda for Change band " + staff.band());
        }
        if (staff.teamName() != null) {
            resource.addHealthcareService().setDisplay(staff.teamName());
        }
        return resource;
    }
}
