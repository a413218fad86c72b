package org.therapyassist.groups;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A patient's group classes and attendance, for their record; the caller has already checked access to the patient. */
@Service
public class GroupHistory {

    /**
     * A patient's latest enrolments and attendance lines (newest first, at most {@link #SHOWN} of each) and how many
     * there are of each; all attendance is paged at {@code /api/v1/patients/{id}/group-attendance}.
     */
    @Schema(name = "PatientGroupClasses")
    public record OfPatient(List<Enrolments.Enrolment> enrolments, List<Registers.PatientAttendance> attendance,
            long enrolmentCount, long attendanceCount) {
    }

    public static final int SHOWN = 50;

    private final Enrolments enrolments;
    private final Registers registers;
    private final org.therapyassist.access.PatientAccess access;

    GroupHistory(Enrolments enrolments, Registers registers, org.therapyassist.access.PatientAccess access) {
        this.enrolments = enrolments;
        this.registers = registers;
        this.access = access;
    }

    /** For the API: checks and audits access to the patient first. */
    @Transactional
    public OfPatient forPatient(org.therapyassist.platform.CurrentUser user, UUID patientId) {
        access.check(user, patientId, org.therapyassist.access.PatientAction.VIEW_RECORD, patientId);
        return forPatient(user.organisationId(), patientId);
    }

    @Transactional(readOnly = true)
    public OfPatient forPatient(UUID organisationId, UUID patientId) {
        var enrolled = enrolments.ofPatient(organisationId, patientId, PageRequest.first(SHOWN));
        var attended = registers.attendanceOf(organisationId, patientId, PageRequest.first(SHOWN));
        return new OfPatient(enrolled.items(), attended.items(), enrolled.total(), attended.total());
    }

    /** For the API: a patient's attendance lines, latest session first, a page at a time; access checked and audited. */
    @Transactional
    public Page<Registers.PatientAttendance> attendanceOf(org.therapyassist.platform.CurrentUser user, UUID patientId,
            PageRequest page) {
        access.check(user, patientId, org.therapyassist.access.PatientAction.VIEW_RECORD, patientId);
        return registers.attendanceOf(user.organisationId(), patientId, page);
    }
}
