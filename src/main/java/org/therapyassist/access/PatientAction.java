package org.therapyassist.access;

/** What somebody does with a patient's record; each becomes the audit event's action. */
public enum PatientAction {
    VIEW_RECORD, VIEW_WORKLIST, VIEW_TIMELINE, SEARCH_RESULT, CREATE_PATIENT, ADD_ALERT,
    OPEN_EPISODE, ADD_GOAL, SET_PROGRAMME,
    DELEGATE, ACCEPT_DELEGATION, DECLINE_DELEGATION, CANCEL_DELEGATION, REVIEW_DELEGATION,
    RECORD_SESSION, SIGN_RECORD, AMEND_RECORD, COUNTERSIGN_RECORD, RAISE_ESCALATION, REPLY_ESCALATION,
    VIEW_AUDIT_TRAIL, LEND_EQUIPMENT, RETURN_EQUIPMENT, RESERVE_EQUIPMENT, REPORT_EQUIPMENT_FAULT,
    RECORD_MEASURE, CORRECT_MEASURE, REVIEW_GOAL;

    public String auditName() {
        return "patient." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
