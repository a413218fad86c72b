package org.therapyassist.fhir;

import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.EpisodeOfCare.EpisodeOfCareStatus;
import org.hl7.fhir.r4.model.Period;
import org.therapyassist.careplans.Episode;
import org.therapyassist.staff.StaffLookup;

/**
 * An episode of care as a UK Core EpisodeOfCare: status from the episode's state (open → active, closed → finished),
 * the period it was open, the service managing it, the team caring (the episode's CareTeam, same id) and the lead
 * therapist as care manager. The referral reason is clinical free text and stays in the record.
 */
final class EpisodeOfCareResources {

    private EpisodeOfCareResources() {
    }

    static EpisodeOfCareStatus status(String state) {
        return switch (state) {
            case "OPEN" -> EpisodeOfCareStatus.ACTIVE;
            case "CLOSED" -> EpisodeOfCareStatus.FINISHED;
            default -> throw new IllegalStateException("Unknown episode state " + state);
        };
    }

    static EpisodeOfCare of(Episode episode, StaffLookup.Organisation organisation) {
        EpisodeOfCare resource = new EpisodeOfCare();
        resource.setId(episode.id().toString());
        resource.getMeta().addProfile(UkCore.EPISODE_OF_CARE_PROFILE);
        resource.setStatus(status(episode.status()));
        resource.setPatient(References.to("Patient", episode.patientId(), null));
        resource.setManagingOrganization(References.organisation(organisation));
        Period period = new Period().setStartElement(new DateTimeType(episode.openedOn().toString()));
        if (episode.closedOn() != null) {
            period.setEndElement(new DateTimeType(episode.closedOn().toString()));
        }
        resource.setPeriod(period);
        if (episode.leadTherapistId() != null) {
            resource.setCareManager(References.to("Practitioner", episode.leadTherapistId(),
                    episode.leadTherapistName()));
        }
        resource.addTeam(References.to("CareTeam", episode.id(), episode.teamName()));
        return resource;
    }
}
