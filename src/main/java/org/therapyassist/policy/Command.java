package org.therapyassist.policy;

import static org.therapyassist.policy.Need.Scope.OWN;
import static org.therapyassist.policy.Need.Scope.PATIENT;
import static org.therapyassist.policy.Need.Scope.TEAM;
import static org.therapyassist.policy.Need.Who.ADMIN;
import static org.therapyassist.policy.Need.Who.ANY_STAFF;
import static org.therapyassist.policy.Need.Who.CARE_CERTIFICATE_ASSESSOR;
import static org.therapyassist.policy.Need.Who.CONNECTED_SYSTEM;
import static org.therapyassist.policy.Need.Who.EQUIPMENT_LEAD;
import static org.therapyassist.policy.Need.Who.REGISTRANT;
import static org.therapyassist.policy.Need.Who.SET_UP_LINK;
import static org.therapyassist.policy.Need.Who.SUPPORT_WORKER;
import static org.therapyassist.policy.Need.Who.SUPPORT_WORKER_LEAD;
import static org.therapyassist.policy.Need.Who.TEAM_LEAD;

import java.util.Locale;
import org.therapyassist.platform.Stage;

/**
 * Every command in Therapy Assist and what it needs: the one place that says who may do what. Each page form and
 * API write names its command with {@link Performs}; the guard checks the need before the command runs; the "who can
 * do what" page and {@code docs/who-can-do-what.md} are written from this list.
 *
 * <p>
 * Support workers' stages and competencies follow the task catalogue in DOMAIN.md §3 (for example a walking aid
 * is issued from the senior stage with sign-off 3.03); registered therapists and team leads are not held to them.
 */
public enum Command {
    // One command a line, wrapped by hand: a table the formatter would turn into a staircase.
    // @formatter:off
    // Patients
    REGISTER_PATIENT(Area.PATIENTS, "Register a patient", Need.of(REGISTRANT, TEAM_LEAD, CONNECTED_SYSTEM)),
    ADD_PATIENT_ALERT(Area.PATIENTS, "Add an alert to a patient's record (a falls risk noticed on a visit, say)",
            Need.of(REGISTRANT, SUPPORT_WORKER).within(PATIENT)),
    BREAK_GLASS(Area.PATIENTS, "Open a record outside your caseload, giving a reason (break glass)",
            Need.of(SUPPORT_WORKER, REGISTRANT).within(PATIENT)),
    REVIEW_BREAK_GLASS(Area.PATIENTS, "Mark a break-glass opening as reviewed", Need.of(TEAM_LEAD)),

    // Care plans
    OPEN_EPISODE(Area.CARE_PLANS, "Open an episode of care", Need.of(REGISTRANT).within(PATIENT)),
    ADD_GOAL(Area.CARE_PLANS, "Add a goal to an episode", Need.of(REGISTRANT).within(PATIENT)),
    ADD_PROGRAMME_ITEM(Area.CARE_PLANS, "Add an item to an episode's programme", Need.of(REGISTRANT).within(PATIENT)),
    SCALE_GOAL(Area.CARE_PLANS, "Set a goal's attainment levels (Goal Attainment Scaling)",
            Need.of(REGISTRANT).within(PATIENT)),
    REVIEW_GOAL(Area.CARE_PLANS, "Review a goal's attainment level", Need.of(REGISTRANT).within(PATIENT)),

    // Delegation
    DELEGATE(Area.DELEGATION, "Delegate a task to a support worker",
            Need.of(REGISTRANT).within(PATIENT).refusedAs("delegation.delegator-not-registered")),
    NAME_TASK_EQUIPMENT(Area.DELEGATION, "Name the hoist or sling a task uses",
            Need.of(REGISTRANT, SUPPORT_WORKER).within(PATIENT)),
    ACCEPT_DELEGATION(Area.DELEGATION, "Accept a delegated task", Need.of(SUPPORT_WORKER).within(OWN)),
    DECLINE_DELEGATION(Area.DELEGATION, "Decline a delegated task, with the reason",
            Need.of(SUPPORT_WORKER).within(OWN)),
    CANCEL_DELEGATION(Area.DELEGATION, "Cancel a delegation", Need.of(REGISTRANT).within(PATIENT)),
    ACKNOWLEDGE_DECLINE(Area.DELEGATION, "Mark a declined delegation as dealt with",
            Need.of(REGISTRANT).within(PATIENT)),
    REVIEW_DELEGATION(Area.DELEGATION, "Review a delegation", Need.of(REGISTRANT).within(PATIENT)),
    SET_STOP_CRITERIA(Area.DELEGATION, "Set the readings at which a support worker must stop and contact you",
            Need.of(REGISTRANT).within(PATIENT)),

    // Session records
    RECORD_SESSION(Area.SESSIONS, "Record a session against a task delegated to you",
            Need.of(SUPPORT_WORKER, REGISTRANT).within(OWN).perTaskType("delegated task")),
    EDIT_DRAFT_SESSION_RECORD(Area.SESSIONS, "Change your own session record while it is a draft (before you sign it)",
            Need.of(SUPPORT_WORKER, REGISTRANT).within(OWN)),
    SIGN_SESSION_RECORD(Area.SESSIONS, "Sign your session record", Need.of(SUPPORT_WORKER, REGISTRANT).within(OWN)),
    AMEND_SESSION_RECORD(Area.SESSIONS, "Amend a signed session record, with the reason",
            Need.of(SUPPORT_WORKER, REGISTRANT).within(PATIENT)),
    COUNTERSIGN_SESSION_RECORD(Area.SESSIONS, "Countersign a support worker's session record",
            Need.of(REGISTRANT).within(PATIENT)),
    RAISE_ESCALATION(Area.SESSIONS, "Raise a concern with the delegating therapist (stop and contact)",
            Need.of(SUPPORT_WORKER, REGISTRANT).within(PATIENT)),
    REPLY_TO_ESCALATION(Area.SESSIONS, "Reply to a support worker's concern", Need.of(REGISTRANT).within(PATIENT)),

    // Outcome measures
    RECORD_MEASURE(Area.OUTCOMES, "Record an outcome measure",
            Need.of(REGISTRANT, SUPPORT_WORKER).within(PATIENT).perTask("measure", TaskTables.measures())),
    CORRECT_MEASURE(Area.OUTCOMES, "Correct a measure result, with the reason",
            Need.of(REGISTRANT, SUPPORT_WORKER).within(PATIENT).perTask("measure", TaskTables.measures())),
    ADD_SERVICE_MEASURE(Area.OUTCOMES, "Add a measure of the service's own to the catalogue (service-wide)",
            Need.of(TEAM_LEAD)),
    SET_MEASURE_SUGGESTIONS(Area.OUTCOMES,
            "Choose the measures suggested for each kind of episode (neurological, respiratory…; service-wide)",
            Need.of(TEAM_LEAD)),

    // Exercise programmes
    ADD_EXERCISE(Area.EXERCISES, "Add an exercise of the service's own to the library", Need.of(REGISTRANT)),
    PRESCRIBE_EXERCISE(Area.EXERCISES, "Add an exercise to a patient's programme", Need.of(REGISTRANT).within(PATIENT)),
    CHANGE_EXERCISE_DOSE(Area.EXERCISES,
            "Change an exercise in a programme (assistant practitioners: its dose, within its limits, only)",
            Need.of(REGISTRANT, SUPPORT_WORKER)
                    .fromStage(Stage.ASSISTANT_PRACTITIONER)
                    .withCompetencies("3.01", "3.02")
                    .within(PATIENT)),
    REORDER_OR_REMOVE_EXERCISE(Area.EXERCISES, "Reorder or remove an exercise in a programme",
            Need.of(REGISTRANT).within(PATIENT)),
    SET_TEAM_CONTACT_PHONE(Area.EXERCISES, "Set the team's phone number printed on home exercise sheets",
            Need.of(TEAM_LEAD).within(TEAM)),

    // Group classes
    CREATE_GROUP_CLASS(Area.GROUPS, "Set up a group class", Need.of(REGISTRANT)),
    SCHEDULE_GROUP_SESSION(Area.GROUPS, "Schedule group sessions, or change a session's leader", Need.of(REGISTRANT)),
    CANCEL_GROUP_SESSION(Area.GROUPS, "Cancel a group session (its leader, or a registrant)",
            Need.of(REGISTRANT, SUPPORT_WORKER).within(OWN)),
    ENROL_IN_GROUP(Area.GROUPS, "Enrol a patient in a group class, or withdraw them",
            Need.of(REGISTRANT).within(PATIENT)),
    TAKE_GROUP_REGISTER(Area.GROUPS, "Take, sign or amend a group session's register",
            Need.of(REGISTRANT, SUPPORT_WORKER)
                    .fromStage(Stage.SENIOR_SUPPORT_WORKER)
                    .withCompetencies("3.11")
                    .within(PATIENT)),

    // Referrals
    RECEIVE_REFERRAL(Area.REFERRALS, "Record a referral into the service",
            Need.of(REGISTRANT, TEAM_LEAD, CONNECTED_SYSTEM).within(PATIENT)),
    TRIAGE_REFERRAL(Area.REFERRALS, "Accept, signpost or reject a referral", Need.of(REGISTRANT).within(PATIENT)),
    REFER_OUT(Area.REFERRALS, "Refer a patient to another service, or record its reply",
            Need.of(REGISTRANT).within(PATIENT)),

    // Discharge
    WRITE_DISCHARGE(Area.DISCHARGE, "Start or write a discharge summary", Need.of(REGISTRANT).within(PATIENT)),
    SIGN_DISCHARGE(Area.DISCHARGE, "Sign a discharge summary (closes the episode)",
            Need.of(REGISTRANT).within(PATIENT)),
    AMEND_DISCHARGE(Area.DISCHARGE, "Amend a signed discharge summary, with the reason",
            Need.of(REGISTRANT).within(PATIENT)),

    // Equipment
    OPEN_STORE(Area.EQUIPMENT, "Open an equipment store", Need.of(TEAM_LEAD)),
    SET_REORDER_LEVEL(Area.EQUIPMENT, "Set a store's reorder level for an item", Need.of(TEAM_LEAD, EQUIPMENT_LEAD)),
    MOVE_STOCK(Area.EQUIPMENT, "Record a stock movement (received, moved, cleaned, adjusted, written off)",
            Need.of(SUPPORT_WORKER, REGISTRANT, EQUIPMENT_LEAD)),
    RESERVE_EQUIPMENT(Area.EQUIPMENT, "Book equipment for a patient, or cancel the booking",
            Need.of(SUPPORT_WORKER, REGISTRANT, EQUIPMENT_LEAD).within(PATIENT)),
    LEND_EQUIPMENT(Area.EQUIPMENT, "Lend equipment to a patient",
            Need.of(REGISTRANT, EQUIPMENT_LEAD, SUPPORT_WORKER)
                    .within(PATIENT)
                    .perTask("kind of equipment", TaskTables.equipmentKinds())),
    RETURN_EQUIPMENT(Area.EQUIPMENT, "Record equipment coming back from a patient",
            Need.of(SUPPORT_WORKER, REGISTRANT, EQUIPMENT_LEAD).within(PATIENT)),
    RECORD_CLEANING(Area.EQUIPMENT, "Record that an asset was cleaned and decontaminated",
            Need.of(SUPPORT_WORKER, REGISTRANT, EQUIPMENT_LEAD)),
    ADD_ASSET(Area.EQUIPMENT, "Add an asset to the register", Need.of(TEAM_LEAD, EQUIPMENT_LEAD)),
    RETIRE_ASSET(Area.EQUIPMENT, "Retire an asset for good", Need.of(TEAM_LEAD, EQUIPMENT_LEAD)),
    RECORD_EXAMINATION(Area.EQUIPMENT, "Record a thorough examination (LOLER) or safety inspection",
            Need.of(TEAM_LEAD, EQUIPMENT_LEAD)),
    NAME_EXAMINER(Area.EQUIPMENT, "Name an equipment lead or an external examiner", Need.of(TEAM_LEAD)),
    REPORT_FAULT(Area.EQUIPMENT, "Report a fault (the asset is quarantined at once)",
            Need.of(SUPPORT_WORKER, REGISTRANT, EQUIPMENT_LEAD)),
    MARK_FAULT_REPAIRED(Area.EQUIPMENT, "Mark a fault repaired", Need.of(TEAM_LEAD, EQUIPMENT_LEAD)),
    DRAFT_PURCHASE_ORDER(Area.EQUIPMENT, "Draft a purchase order", Need.of(SUPPORT_WORKER, REGISTRANT, EQUIPMENT_LEAD)),
    APPROVE_PURCHASE_ORDER(Area.EQUIPMENT, "Approve a purchase order someone else raised", Need.of(TEAM_LEAD)),
    SEND_OR_CANCEL_PURCHASE_ORDER(Area.EQUIPMENT, "Send a purchase order, or cancel one (its author or a team lead)",
            Need.of(SUPPORT_WORKER, REGISTRANT, EQUIPMENT_LEAD)),
    RECEIVE_PURCHASE_ORDER(Area.EQUIPMENT, "Receive a delivery into the store",
            Need.of(SUPPORT_WORKER, REGISTRANT, EQUIPMENT_LEAD)),

    // Competence and sign-offs
    REQUEST_SIGN_OFF(Area.COMPETENCE, "Ask for a competency sign-off", Need.of(SUPPORT_WORKER).within(OWN)),
    SELF_ASSESS(Area.COMPETENCE, "Rate yourself on a competency, with evidence", Need.of(SUPPORT_WORKER).within(OWN)),
    SIGN_OFF_COMPETENCY(Area.COMPETENCE, "Sign off a support worker's competency (never your own)",
            Need.of(REGISTRANT).refusedAs("signoff.assessor-not-registered")),
    REFUSE_SIGN_OFF(Area.COMPETENCE, "Refuse a sign-off request, with feedback", Need.of(REGISTRANT)),
    REVOKE_SIGN_OFF(Area.COMPETENCE, "Withdraw a competency sign-off, with the reason", Need.of(REGISTRANT)),

    // Development, training and supervision
    RECORD_TRAINING(Area.DEVELOPMENT, "Record training, a qualification or evidence (your own, or as a lead)",
            Need.of(SUPPORT_WORKER, REGISTRANT).within(OWN)),
    KEEP_PDP(Area.DEVELOPMENT, "Add or change personal development plan objectives (your own, or as a lead)",
            Need.of(SUPPORT_WORKER, REGISTRANT).within(OWN)),
    REVIEW_PDP(Area.DEVELOPMENT, "Review someone's personal development plan (never your own)",
            Need.of(REGISTRANT, SUPPORT_WORKER_LEAD)),
    AGREE_LEARNING_TIME(Area.DEVELOPMENT, "Agree someone's ring-fenced learning time",
            Need.of(TEAM_LEAD, SUPPORT_WORKER_LEAD)),
    BOOK_LEARNING_TIME(Area.DEVELOPMENT, "Book, take or cancel learning time (your own, or as a lead)",
            Need.of(SUPPORT_WORKER, REGISTRANT).within(OWN)),
    RECORD_SUPERVISION(Area.DEVELOPMENT, "Record a supervision session", Need.of(REGISTRANT, SUPPORT_WORKER_LEAD)),
    GIVE_THANKS(Area.DEVELOPMENT, "Thank a colleague for specific work", Need.of(ANY_STAFF)),
    DISMISS_REMINDER(Area.DEVELOPMENT, "Dismiss or clear your reminders", Need.of(ANY_STAFF).within(OWN)),
    ANSWER_PULSE(Area.DEVELOPMENT, "Answer the monthly pulse", Need.of(SUPPORT_WORKER, REGISTRANT, TEAM_LEAD)),

    // Induction and rotations
    PLAN_INDUCTION(Area.INDUCTION, "Start an induction plan or add a local item to it",
            Need.of(REGISTRANT, SUPPORT_WORKER_LEAD)),
    SIGN_OFF_INDUCTION_ITEM(Area.INDUCTION,
            "Sign off a Care Certificate standard (registrants and named assessors) or a local induction item "
                    + "(also support worker leads); never your own",
            Need.of(REGISTRANT, CARE_CERTIFICATE_ASSESSOR, SUPPORT_WORKER_LEAD).refusedAs("induction.not-an-assessor")),
    CHOOSE_STANDARD_SET(Area.INDUCTION, "Choose the organisation's Care Certificate standard set", Need.of(TEAM_LEAD)),
    NAME_ASSESSOR(Area.INDUCTION, "Name or remove a Care Certificate assessor",
            Need.of(TEAM_LEAD, SUPPORT_WORKER_LEAD)),
    PLAN_ROTATION(Area.INDUCTION, "Plan a rotation", Need.of(TEAM_LEAD, SUPPORT_WORKER_LEAD)),
    HAND_OVER_ROTATION(Area.INDUCTION, "Tick an item of a rotation's handover checklist",
            Need.of(REGISTRANT, SUPPORT_WORKER_LEAD)),
    START_PLACEMENT(Area.INDUCTION, "Start a rotation's placement (moves the person to the new team)",
            Need.of(TEAM_LEAD, SUPPORT_WORKER_LEAD)),

    // Competency passports
    VERIFY_PASSPORT(Area.PASSPORTS, "Check a competency passport's signature (changes nothing)", Need.of(ANY_STAFF)),
    IMPORT_PASSPORT(Area.PASSPORTS, "Import a verified passport as evidence (your own, or as a lead)",
            Need.of(SUPPORT_WORKER, REGISTRANT).within(OWN)),
    TRUST_PASSPORT_ISSUER(Area.PASSPORTS, "Trust another service's passport key (service-wide)", Need.of(TEAM_LEAD)),
    // Administration
    SET_UP_SERVICE(Area.ADMIN, "Set up a new service and its first administrator", Need.of(SET_UP_LINK)),
    MANAGE_STAFF_ACCOUNTS(Area.ADMIN, "Add teams and staff accounts; change job role, band, team", Need.of(ADMIN)),
    DISABLE_STAFF_ACCOUNT(Area.ADMIN, "Disable or enable a staff account (never your own)", Need.of(ADMIN)),
    RESET_PASSWORD(Area.ADMIN, "Reset someone's local password", Need.of(ADMIN)),
    IMPORT_STAFF(Area.ADMIN, "Import staff from an ESR export (CSV)", Need.of(ADMIN)),
    IMPORT_PATIENTS(Area.ADMIN, "Import patients from an EPR or PAS extract (CSV)", Need.of(ADMIN));
    // @formatter:on

    /** The menus a user would look under, in the order the page lists them. */
    public enum Area {
        // @formatter:off
        PATIENTS("Patients"),
        CARE_PLANS("Care plans and goals"),
        DELEGATION("Delegation"),
        SESSIONS("Session records"),
        OUTCOMES("Outcome measures"),
        EXERCISES("Exercise programmes"),
        GROUPS("Group classes"),
        REFERRALS("Referrals"),
        DISCHARGE("Discharge"),
        EQUIPMENT("Equipment"),
        COMPETENCE("Competence and sign-offs"),
        DEVELOPMENT("Development, training and supervision"),
        INDUCTION("Induction and rotations"),
        PASSPORTS("Competency passports"),
        ADMIN("Administration");
        // @formatter:on

        private final String title;

        Area(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    private final Area area;
    private final String description;
    private final Need need;

    Command(Area area, String description, Need need) {
        this.area = area;
        this.description = description;
        this.need = need;
    }

    public Area area() {
        return area;
    }

    public String description() {
        return description;
    }

    public Need need() {
        return need;
    }

    /** The stable code, as refusals and the policy page name it: {@code outcomes.record-measure}. */
    public String code() {
        return area.name().toLowerCase(Locale.ROOT).replace('_', '-') + "."
                + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
