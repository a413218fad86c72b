package org.therapyassist.fhir;

import java.util.List;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityStatus;
import org.hl7.fhir.r4.model.CarePlan.CarePlanIntent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanStatus;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.StringType;
import org.therapyassist.careplans.Episode;
import org.therapyassist.exercises.ProgrammeLine;

/**
 * An episode's exercise programme as a UK Core CarePlan (one per episode, with the episode's id): the patient, the lead
 * therapist as author, the goals it addresses, the care team, and one activity per programme item with the library
 * exercise as its code (the service's exercise code system: the library's codes are its own) and the dose and the
 * limits of progression as text. Status from the programme's state: see {@link #status}.
 */
final class CarePlanResources {

    static final String EXERCISE_CODES = "https://therapyassist.example/fhir/CodeSystem/exercise";
    static final String TITLE = "Exercise programme";

    private CarePlanResources() {
    }

    /** An open episode's programme is active once it has an item (draft before); a closed episode's is completed. */
    static CarePlanStatus status(String episodeStatus, int items) {
        return switch (episodeStatus) {
            case "OPEN" -> items > 0 ? CarePlanStatus.ACTIVE : CarePlanStatus.DRAFT;
            case "CLOSED" -> CarePlanStatus.COMPLETED;
            default -> throw new IllegalStateException("Unknown episode state " + episodeStatus);
        };
    }

    static CarePlan of(Episode episode, List<ProgrammeLine> lines) {
        CarePlan resource = new CarePlan();
        resource.setId(episode.id().toString());
        resource.getMeta().addProfile(UkCore.CARE_PLAN_PROFILE);
        resource.setStatus(status(episode.status(), lines.size()));
        resource.setIntent(CarePlanIntent.PLAN);
        resource.setTitle(TITLE);
        resource.addCategory().setText(TITLE);
        resource.setSubject(References.to("Patient", episode.patientId(), null));
        Period period = new Period().setStartElement(new DateTimeType(episode.openedOn().toString()));
        if (episode.closedOn() != null) {
            period.setEndElement(new DateTimeType(episode.closedOn().toString()));
        }
        resource.setPeriod(period);
        if (episode.leadTherapistId() != null) {
            resource.setAuthor(References.to("Practitioner", episode.leadTherapistId(), episode.leadTherapistName()));
        }
        resource.addCareTeam(References.to("CareTeam", episode.id(), null));
        episode.goals().forEach(g -> resource.addGoal(References.to("Goal", g.id(), g.description())));
        CarePlanActivityStatus activityStatus = episode.isOpen()
                ? CarePlanActivityStatus.INPROGRESS
                : CarePlanActivityStatus.COMPLETED;
        for (ProgrammeLine line : lines) {
            var detail = resource.addActivity().getDetail();
            detail.setStatus(activityStatus);
            detail.getCode().setText(line.activity());
            if (line.exercise() != null) {
                detail.getCode().addCoding().setSystem(EXERCISE_CODES).setCode(line.exercise().code())
                        .setDisplay(line.exercise().name());
            }
            detail.setDescription(describe(line));
            if (line.frequency() != null) {
                detail.setScheduled(new StringType(line.frequency()));
            }
        }
        return resource;
    }

    /** "3 sets of 10, twice a day. Progression: up to 3 sets, 15 times. Note." */
    static String describe(ProgrammeLine line) {
        StringBuilder text = new StringBuilder(line.dose()).append(". Progression: ").append(line.limits())
                .append('.');
        if (line.note() != null && !line.note().isBlank()) {
            text.append(' ').append(line.note());
        }
        return text.toString();
    }
}
