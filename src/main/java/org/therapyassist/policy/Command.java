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
import org.therapyassist.platform.web.Messages;

/**
 * Every command in Therapy Assist and what it needs: the one place that says who may do what (what each does, in
 * English and Welsh, is {@code policy.command.<code>} in the policy bundle). Each page form and
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
    REGISTER_PATIENT(Area.PATIENTS, Need.of(REGISTRANT, TEAM_LEAD, CONNECTED_SYSTEM)),
    ADD_PATIENT_ALERT(Area.PATIENTS, Need.of(REGISTRANT, SUPPORT_WORKER).within(PATIENT)),
    BREAK_GLASS(Area.PATIENTS, Need.of(SUPPORT_WORKER, REGISTRANT).within(PATIENT)),
    REVIEW_BREAK_GLASS(Area.PATIENTS, Need.of(TEAM_LEAD)),

    // Care plans
    OPEN_EPISODE(Area.CARE_PLANS, Need.of(REGISTRANT).within(PATIENT)),
    ADD_GOAL(Area.CARE_PLANS, Need.of(REGISTRANT).within(PATIENT)),
    ADD_PROGRAMME_ITEM(Area.CARE_PLANS, Need.of(REGISTRANT).within(PATIENT)),
    SCALE_GOAL(Area.CARE_PLANS, Need.of(REGISTRANT).within(PATIENT)),
    REVIEW_GOAL(Area.CARE_PLANS, Need.of(REGISTRANT).within(PATIENT)),

    // Delegation
    DELEGATE(Area.DELEGATION, Need.of(REGISTRANT).within(PATIENT).refusedAs("delegation.delegator-not-registered")),
    NAME_TASK_EQUIPMENT(Area.DELEGATION, Need.of(REGISTRANT, SUPPORT_WORKER).within(PATIENT)),
    ACCEPT_DELEGATION(Area.DELEGATION, Need.of(SUPPORT_WORKER).within(OWN)),
    DECLINE_DELEGATION(Area.DELEGATION, Need.of(SUPPORT_WORKER).within(OWN)),
    CANCEL_DELEGATION(Area.DELEGATION, Need.of(REGISTRANT).within(PATIENT)),
    ACKNOWLEDGE_DECLINE(Area.DELEGATION, Need.of(REGISTRANT).within(PATIENT)),
    REVIEW_DELEGATION(Area.DELEGATION, Need.of(REGISTRANT).within(PATIENT)),
    SET_STOP_CRITERIA(Area.DELEGATION, Need.of(REGISTRANT).within(PATIENT)),

    // Session records
    RECORD_SESSION(Area.SESSIONS, Need.of(SUPPORT_WORKER, REGISTRANT).within(OWN).perTaskType("delegated task")),
    EDIT_DRAFT_SESSION_RECORD(Area.SESSIONS, Need.of(SUPPORT_WORKER, REGISTRANT).within(OWN)),
    SIGN_SESSION_RECORD(Area.SESSIONS, Need.of(SUPPORT_WORKER, REGISTRANT).within(OWN)),
    AMEND_SESSION_RECORD(Area.SESSIONS, Need.of(SUPPORT_WORKER, REGISTRANT).within(PATIENT)),
    COUNTERSIGN_SESSION_RECORD(Area.SESSIONS, Need.of(REGISTRANT).within(PATIENT)),
    CHECK_BEFORE_SESSION(Area.SESSIONS, Need.of(SUPPORT_WORKER, REGISTRANT).within(OWN)),
    RAISE_ESCALATION(Area.SESSIONS, Need.of(SUPPORT_WORKER, REGISTRANT).within(PATIENT)),
    REPLY_TO_ESCALATION(Area.SESSIONS, Need.of(REGISTRANT).within(PATIENT)),

    // Outcome measures
    RECORD_MEASURE(Area.OUTCOMES, Need.of(REGISTRANT, SUPPORT_WORKER).within(PATIENT).perTask("measure", TaskTables.measures())),
    CORRECT_MEASURE(Area.OUTCOMES, Need.of(REGISTRANT, SUPPORT_WORKER).within(PATIENT).perTask("measure", TaskTables.measures())),
    ADD_SERVICE_MEASURE(Area.OUTCOMES, Need.of(TEAM_LEAD)),
    SET_MEASURE_SUGGESTIONS(Area.OUTCOMES, Need.of(TEAM_LEAD)),

    // Exercise programmes
    ADD_EXERCISE(Area.EXERCISES, Need.of(REGISTRANT)),
    PRESCRIBE_EXERCISE(Area.EXERCISES, Need.of(REGISTRANT).within(PATIENT)),
    CHANGE_EXERCISE_DOSE(Area.EXERCISES, Need.of(REGISTRANT, SUPPORT_WORKER)
                    .fromStage(Stage.ASSISTANT_PRACTITIONER)
                    .withCompetencies("3.01", "3.02")
                    .within(PATIENT)),
    REORDER_OR_REMOVE_EXERCISE(Area.EXERCISES, Need.of(REGISTRANT).within(PATIENT)),
    SET_TEAM_CONTACT_PHONE(Area.EXERCISES, Need.of(TEAM_LEAD).within(TEAM)),

    // Group classes
    CREATE_GROUP_CLASS(Area.GROUPS, Need.of(REGISTRANT)),
    SCHEDULE_GROUP_SESSION(Area.GROUPS, Need.of(REGISTRANT)),
    CANCEL_GROUP_SESSION(Area.GROUPS, Need.of(REGISTRANT, SUPPORT_WORKER).within(OWN)),
    ENROL_IN_GROUP(Area.GROUPS, Need.of(REGISTRANT).within(PATIENT)),
    TAKE_GROUP_REGISTER(Area.GROUPS, Need.of(REGISTRANT, SUPPORT_WORKER)
                    .fromStage(Stage.SENIOR_SUPPORT_WORKER)
                    .withCompetencies("3.11")
                    .within(PATIENT)),

    // Referrals
    RECEIVE_REFERRAL(Area.REFERRALS, Need.of(REGISTRANT, TEAM_LEAD, CONNECTED_SYSTEM).within(PATIENT)),
    TRIAGE_REFERRAL(Area.REFERRALS, Need.of(REGISTRANT).within(PATIENT)),
    REFER_OUT(Area.REFERRALS, Need.of(REGISTRANT).within(PATIENT)),

    // Discharge
    WRITE_DISCHARGE(Area.DISCHARGE, Need.of(REGISTRANT).within(PATIENT)),
    SIGN_DISCHARGE(Area.DISCHARGE, Need.of(REGISTRANT).within(PATIENT)),
    AMEND_DISCHARGE(Area.DISCHARGE, Need.of(REGISTRANT).within(PATIENT)),

    // Equipment
    OPEN_STORE(Area.EQUIPMENT, Need.of(TEAM_LEAD)),
    SET_REORDER_LEVEL(Area.EQUIPMENT, Need.of(TEAM_LEAD, EQUIPMENT_LEAD)),
    MOVE_STOCK(Area.EQUIPMENT, Need.of(SUPPORT_WORKER, REGISTRANT, EQUIPMENT_LEAD)),
    RESERVE_EQUIPMENT(Area.EQUIPMENT, Need.of(SUPPORT_WORKER, REGISTRANT, EQUIPMENT_LEAD).within(PATIENT)),
    LEND_EQUIPMENT(Area.EQUIPMENT, Need.of(REGISTRANT, EQUIPMENT_LEAD, SUPPORT_WORKER)
                    .within(PATIENT)
                    .perTask("kind of equipment", TaskTables.equipmentKinds())),
    RETURN_EQUIPMENT(Area.EQUIPMENT, Need.of(SUPPORT_WORKER, REGISTRANT, EQUIPMENT_LEAD).within(PATIENT)),
    RECORD_CLEANING(Area.EQUIPMENT, Need.of(SUPPORT_WORKER, REGISTRANT, EQUIPMENT_LEAD)),
    ADD_ASSET(Area.EQUIPMENT, Need.of(TEAM_LEAD, EQUIPMENT_LEAD)),
    RETIRE_ASSET(Area.EQUIPMENT, Need.of(TEAM_LEAD, EQUIPMENT_LEAD)),
    RECORD_EXAMINATION(Area.EQUIPMENT, Need.of(TEAM_LEAD, EQUIPMENT_LEAD)),
    NAME_EXAMINER(Area.EQUIPMENT, Need.of(TEAM_LEAD)),
    REPORT_FAULT(Area.EQUIPMENT, Need.of(SUPPORT_WORKER, REGISTRANT, EQUIPMENT_LEAD)),
    MARK_FAULT_REPAIRED(Area.EQUIPMENT, Need.of(TEAM_LEAD, EQUIPMENT_LEAD)),
    DRAFT_PURCHASE_ORDER(Area.EQUIPMENT, Need.of(SUPPORT_WORKER, REGISTRANT, EQUIPMENT_LEAD)),
    APPROVE_PURCHASE_ORDER(Area.EQUIPMENT, Need.of(TEAM_LEAD)),
    SEND_OR_CANCEL_PURCHASE_ORDER(Area.EQUIPMENT, Need.of(SUPPORT_WORKER, REGISTRANT, EQUIPMENT_LEAD)),
    RECEIVE_PURCHASE_ORDER(Area.EQUIPMENT, Need.of(SUPPORT_WORKER, REGISTRANT, EQUIPMENT_LEAD)),

    // Community visits
    SET_PATIENT_HOME(Area.VISITS, Need.of(REGISTRANT, TEAM_LEAD).within(PATIENT)),
    SET_VISIT_SHIFTS(Area.VISITS, Need.of(TEAM_LEAD, REGISTRANT).within(TEAM)),
    PLAN_VISITS(Area.VISITS, Need.of(TEAM_LEAD, REGISTRANT).within(TEAM)),
    PUBLISH_VISITS(Area.VISITS, Need.of(TEAM_LEAD, REGISTRANT).within(TEAM)),
    // Lone working (module lonework): it checks that the visit is the worker's, or that the alert was sent to the reader
    CHECK_IN_VISIT(Area.VISITS, Need.of(SUPPORT_WORKER, REGISTRANT).within(OWN)),
    ASK_FOR_HELP_ON_VISIT(Area.VISITS, Need.of(SUPPORT_WORKER, REGISTRANT).within(OWN)),
    ACKNOWLEDGE_LONE_WORKER_ALERT(Area.VISITS, Need.of(ANY_STAFF).within(OWN)),
    NAME_LONE_WORK_BUDDY(Area.VISITS, Need.of(SUPPORT_WORKER, REGISTRANT).within(OWN)),

    // Competence and sign-offs
    REQUEST_SIGN_OFF(Area.COMPETENCE, Need.of(SUPPORT_WORKER).within(OWN)),
    SELF_ASSESS(Area.COMPETENCE, Need.of(SUPPORT_WORKER).within(OWN)),
    SIGN_OFF_COMPETENCY(Area.COMPETENCE, Need.of(REGISTRANT).refusedAs("signoff.assessor-not-registered")),
    REFUSE_SIGN_OFF(Area.COMPETENCE, Need.of(REGISTRANT)),
    REVOKE_SIGN_OFF(Area.COMPETENCE, Need.of(REGISTRANT)),

    // Development, training and supervision
    RECORD_TRAINING(Area.DEVELOPMENT, Need.of(SUPPORT_WORKER, REGISTRANT).within(OWN)),
    KEEP_PDP(Area.DEVELOPMENT, Need.of(SUPPORT_WORKER, REGISTRANT).within(OWN)),
    REVIEW_PDP(Area.DEVELOPMENT, Need.of(REGISTRANT, SUPPORT_WORKER_LEAD)),
    AGREE_LEARNING_TIME(Area.DEVELOPMENT, Need.of(TEAM_LEAD, SUPPORT_WORKER_LEAD)),
    BOOK_LEARNING_TIME(Area.DEVELOPMENT, Need.of(SUPPORT_WORKER, REGISTRANT).within(OWN)),
    RECORD_SUPERVISION(Area.DEVELOPMENT, Need.of(REGISTRANT, SUPPORT_WORKER_LEAD)),
    GIVE_THANKS(Area.DEVELOPMENT, Need.of(ANY_STAFF)),
    DISMISS_REMINDER(Area.DEVELOPMENT, Need.of(ANY_STAFF).within(OWN)),
    CHOOSE_NOTIFICATIONS(Area.DEVELOPMENT, Need.of(ANY_STAFF).within(OWN)),
    ANSWER_PULSE(Area.DEVELOPMENT, Need.of(SUPPORT_WORKER, REGISTRANT, TEAM_LEAD)),

    // Induction and rotations
    PLAN_INDUCTION(Area.INDUCTION, Need.of(REGISTRANT, SUPPORT_WORKER_LEAD)),
    SIGN_OFF_INDUCTION_ITEM(Area.INDUCTION, Need.of(REGISTRANT, CARE_CERTIFICATE_ASSESSOR, SUPPORT_WORKER_LEAD).refusedAs("induction.not-an-assessor")),
    CHOOSE_STANDARD_SET(Area.INDUCTION, Need.of(TEAM_LEAD)),
    NAME_ASSESSOR(Area.INDUCTION, Need.of(TEAM_LEAD, SUPPORT_WORKER_LEAD)),
    PLAN_ROTATION(Area.INDUCTION, Need.of(TEAM_LEAD, SUPPORT_WORKER_LEAD)),
    HAND_OVER_ROTATION(Area.INDUCTION, Need.of(REGISTRANT, SUPPORT_WORKER_LEAD)),
    START_PLACEMENT(Area.INDUCTION, Need.of(TEAM_LEAD, SUPPORT_WORKER_LEAD)),

    // Competency passports
    VERIFY_PASSPORT(Area.PASSPORTS, Need.of(ANY_STAFF)),
    IMPORT_PASSPORT(Area.PASSPORTS, Need.of(SUPPORT_WORKER, REGISTRANT).within(OWN)),
    TRUST_PASSPORT_ISSUER(Area.PASSPORTS, Need.of(TEAM_LEAD)),
    // Administration
    SET_UP_SERVICE(Area.ADMIN, Need.of(SET_UP_LINK)),
    MANAGE_STAFF_ACCOUNTS(Area.ADMIN, Need.of(ADMIN)),
    DISABLE_STAFF_ACCOUNT(Area.ADMIN, Need.of(ADMIN)),
    RESET_PASSWORD(Area.ADMIN, Need.of(ADMIN)),
    IMPORT_STAFF(Area.ADMIN, Need.of(ADMIN)),
    IMPORT_PATIENTS(Area.ADMIN, Need.of(ADMIN));
    // @formatter:on

    /** The menus a user would look under, in the order the page lists them. */
    public enum Area {
        PATIENTS, CARE_PLANS, DELEGATION, SESSIONS, OUTCOMES, EXERCISES, GROUPS, REFERRALS, DISCHARGE, EQUIPMENT, VISITS, COMPETENCE, DEVELOPMENT, INDUCTION, PASSPORTS, ADMIN;

        /** Its name in the request's language, from {@code policy.area.<AREA>}. */
        public String title() {
            return Messages.text("policy.area." + name());
        }

        /** Its name in a given language: the English one heads docs/who-can-do-what.md. */
        public String title(Locale language) {
            return Messages.text(language, "policy.area." + name());
        }
    }

    private final Area area;
    private final Need need;

    Command(Area area, Need need) {
        this.area = area;
        this.need = need;
    }

    public Area area() {
        return area;
    }

    /**
     * What the command does, in the request's language. The words live in {@code i18n/policy.properties} under
     * {@code policy.command.<code>}, the one source for the page, the refusals and docs/who-can-do-what.md.
     */
    public String description() {
        return Messages.text(descriptionKey());
    }

    public String description(Locale language) {
        return Messages.text(language, descriptionKey());
    }

    String descriptionKey() {
        return "policy.command." + code();
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
