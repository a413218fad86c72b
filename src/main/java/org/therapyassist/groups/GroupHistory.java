package org.therapyassist.groups;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A patient's group classes and attendance, for their record; the caller has already checked access to the patient. */
@Service
public class GroupHistory {

    @Schema(name = "PatientGroupClasses")
    public record OfPatient(List<Enrolments.Enrolment> enrolments, List<Registers.PatientAttendance> attendance) {
    }

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
        return new OfPatient(enrolments.ofPatient(organisationId, patientId), registers.attendanceOf(organisationId, patientId));
    }
}
