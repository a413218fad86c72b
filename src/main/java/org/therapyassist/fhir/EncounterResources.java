package org.therapyassist.fhir;

import java.time.LocalDateTime;
import java.util.Date;
import java.util.UUID;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Encounter.EncounterStatus;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.therapyassist.careplans.CareSetting;
import org.therapyassist.groups.AttendanceRecords.Attendance;
import org.therapyassist.groups.Outcome;
import org.therapyassist.platform.Time;
import org.therapyassist.sessions.SessionRecordView;
import org.therapyassist.staff.StaffLookup;

/**
 * A session record, or one patient's attendance at a group class, as a UK Core Encounter: the class from where care
 * happens (home visits HH, outpatients and classes AMB, a ward IMP), the period, who performed it, the status (see
 * {@link #status(String)} and {@link #status(Outcome)}), and the episode of care it belongs to.
 */
final class EncounterResources {

    static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    static final String PARTICIPATION = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType";

    private EncounterResources() {
    }

    /** The visit took place; its record is in progress until signed, then finished. */
    static EncounterStatus status(String recordStatus) {
        return switch (recordStatus) {
            case "DRAFT" -> EncounterStatus.INPROGRESS;
            case "SIGNED" -> EncounterStatus.FINISHED;
            default -> throw new IllegalStateException("Unknown session record status " + recordStatus);
        };
    }

    /** Attended is finished; did not attend, or cancelled by the patient, is cancelled (it did not take place). */
    static EncounterStatus status(Outcome outcome) {
        return outcome == Outcome.ATTENDED ? EncounterStatus.FINISHED : EncounterStatus.CANCELLED;
    }

    /** Community or home → home health; outpatients → ambulatory; ward → inpatient. */
    static Coding encounterClass(CareSetting setting) {
        return switch (setting) {
            case COMMUNITY -> new Coding(ACT_CODE, "HH", "home health");
            case OUTPATIENTS -> new Coding(ACT_CODE, "AMB", "ambulatory");
            case WARD -> new Coding(ACT_CODE, "IMP", "inpatient encounter");
        };
    }

    /** Where the session record's delegation was carried out: its episode, setting and place. */
    record Setting(UUID episodeId, CareSetting setting, String location) {
    }

    static Encounter of(SessionRecordView r, Setting where, StaffLookup.Organisation organisation) {
        Encounter resource = base(r.id().toString(), r.patient().id(), organisation);
        resource.setStatus(status(r.status()));
        resource.setClass_(encounterClass(where.setting()));
        resource.addType().setText("Delegated session: " + r.taskTypeName());
        DateTimeType day = new DateTimeType(r.performedOn().toString());
        resource.setPeriod(new Period().setStartElement(day).setEndElement(day.copy()));
        performer(resource, References.to("Practitioner", r.authorId(), r.authorName()));
        resource.addEpisodeOfCare(References.to("EpisodeOfCare", where.episodeId(), null));
        if (where.location() != null && !where.location().isBlank()) {
            resource.addLocation().getLocation().setDisplay(where.location());
        }
        return resource;
    }

    static Encounter of(Attendance a, StaffLookup.Organisation organisation) {
        Encounter resource = base(a.id().toString(), a.patientId(), organisation);
        resource.setStatus(status(a.outcome()));
        resource.setClass_(encounterClass(CareSetting.OUTPATIENTS));
        resource.addType().setText("Group class: " + a.className());
        LocalDateTime start = a.date().atTime(a.startTime());
        resource.setPeriod(new Period().setStart(Date.from(start.atZone(Time.LONDON).toInstant()))
                .setEnd(Date.from(start.plusMinutes(a.durationMinutes()).atZone(Time.LONDON).toInstant())));
        performer(resource, References.to("Practitioner", a.leaderId(), null));
        resource.addLocation().getLocation().setDisplay(a.venue());
        return resource;
    }

    private static Encounter base(String id, UUID patientId, StaffLookup.Organisation organisation) {
        Encounter resource = new Encounter();
        resource.setId(id);
        resource.getMeta().addProfile(UkCore.ENCOUNTER_PROFILE);
        resource.setSubject(References.to("Patient", patientId, null));
        resource.setServiceProvider(References.organisation(organisation));
        return resource;
    }

    private static void performer(Encounter resource, Reference who) {
        var participant = resource.addParticipant().setIndividual(who);
        participant.addType().addCoding(new Coding(PARTICIPATION, "PPRF", "primary performer"));
    }
}
