package org.therapyassist.groups;

import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A patient's group classes and attendance, for their record; the caller has already checked access to the patient. */
@Service
public class GroupHistory {

    public record OfPatient(List<Enrolments.Enrolment> enrolments, List<Registers.PatientAttendance> attendance) {
    }

    private final Enrolments enrolments;
    private final Registers registers;

    GroupHistory(Enrolments enrolments, Registers registers) {
        this.enrolments = enrolments;
        this.registers = registers;
    }

    @Transactional(readOnly = true)
    public OfPatient forPatient(UUID organisationId, UUID patientId) {
        return new OfPatient(enrolments.ofPatient(organisationId, patientId), registers.attendanceOf(organisationId, patientId));
    }
}
