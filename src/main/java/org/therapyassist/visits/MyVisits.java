package org.therapyassist.visits;

import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.access.PatientAccess;
import org.therapyassist.access.PatientAction;
import org.therapyassist.delegation.DueWork;
import org.therapyassist.patients.PatientHomes;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.patients.PatientSummary;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.staff.StaffDirectory;

/**
 * A worker's round for a day as published: each visit in order with its times, where to go (and a link that opens
 * the phone's map app at the coordinates), the patient's phone and alerts, the task's instructions, and who the
 * double-up partner is. The patients are access-checked and audited as a worklist.
 */
@Service
public class MyVisits {

    private final PublishedVisits published;
    private final PatientHomes homes;
    private final PatientRecords patients;
    private final PatientAccess access;
    private final DueWork due;
    private final StaffDirectory staff;

    MyVisits(PublishedVisits published, PatientHomes homes, PatientRecords patients, PatientAccess access, DueWork due,
            StaffDirectory staff) {
        this.published = published;
        this.homes = homes;
        this.patients = patients;
        this.access = access;
        this.due = due;
        this.staff = staff;
    }

    /** One visit of the round. {@code partner} is the other worker of a double-up visit, else null. */
    public record MyVisit(UUID visitId, UUID delegationId, LocalTime start, LocalTime end, PatientSummary patient,
            String phone, String address, String postcode, BigDecimal latitude, BigDecimal longitude, String taskType,
            String taskName, String instructions, String patientRisks, String escalationCriteria,
            String contactInstructions, String partner,
            @Schema(description = "Each session starts with the before-session checklist: the task asks for "
                    + "observations") boolean asksForObservations) {

        /** Opens the phone's map app (or the map in the browser) at the home, naming nobody. */
        public String mapLink() {
            return latitude == null
                    ? null
                    : "https://www.google.com/maps/search/?api=1&query=" + latitude.toPlainString() + ","
                            + longitude.toPlainString();
        }

        /** A tel: link with the number's digits (and a leading +), or null when there is no number. */
        public String phoneLink() {
            if (phone == null || phone.isBlank()) {
                return null;
            }
            return "tel:" + phone.replaceAll("[^0-9+]", "");
        }
    }

    @Transactional
    public List<MyVisit> of(CurrentUser user, LocalDate day) {
        if (user.staffId() == null) {
            return List.of();
        }
        List<PublishedVisits.PublishedVisit> visits = published.ofWorker(user.organisationId(), user.staffId(), day);
        if (visits.isEmpty()) {
            return List.of();
        }
        List<UUID> patientIds = visits.stream().map(PublishedVisits.PublishedVisit::patientId).distinct().toList();
        access.checkAll(user, patientIds, PatientAction.VIEW_WORKLIST);
        Map<UUID, PatientSummary> summaries = patients.summaries(user.organisationId(), patientIds);
        Map<UUID, PatientHomes.Home> where = homes.of(user.organisationId(), patientIds);
        Map<UUID, DueWork.Brief> briefs = due.briefs(user.organisationId(),
                visits.stream().map(PublishedVisits.PublishedVisit::delegationId).toList());
        Set<UUID> others = new HashSet<>();
        visits.forEach(v -> v.workerIds().stream().filter(w -> !w.equals(user.staffId())).forEach(others::add));
        Map<UUID, String> names = staff.names(user.organisationId(), others);
        List<MyVisit> round = new ArrayList<>();
        for (PublishedVisits.PublishedVisit v : visits) {
            PatientHomes.Home home = where.get(v.patientId());
            DueWork.Brief brief = briefs.get(v.delegationId());
            String partner = v.workerIds().stream().filter(w -> !w.equals(user.staffId())).map(names::get)
                    .findFirst().orElse(null);
            round.add(new MyVisit(v.visitId(), v.delegationId(), v.start(), v.end(), summaries.get(v.patientId()),
                    patients.require(user.organisationId(), v.patientId()).phone(), v.address(), v.postcode(),
                    home == null ? null : home.latitude(), home == null ? null : home.longitude(), v.taskTypeCode(),
                    v.taskName(), brief == null ? null : brief.instructions(),
                    brief == null ? null : brief.patientRisks(), brief == null ? null : brief.escalationCriteria(),
                    brief == null ? null : brief.contactInstructions(), partner,
                    brief != null && brief.asksForObservations()));
        }
        return round;
    }
}
