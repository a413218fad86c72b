package org.therapyassist.referrals;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.access.PatientAccess;
import org.therapyassist.access.PatientAction;
import org.therapyassist.careplans.CarePlans;
import org.therapyassist.careplans.Commands;
import org.therapyassist.careplans.Episode;
import org.therapyassist.patients.NewPatient;
import org.therapyassist.patients.Patient;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.CommandGuard;
import org.therapyassist.referrals.ReferralCommands.Decide;
import org.therapyassist.referrals.ReferralCommands.NewReferral;
import org.therapyassist.staff.StaffDirectory;
/** Referrals in: recording them, the team's triage queue, and the one final triage decision. */
@Service
public class Referrals {

    /** The code of the refusal of a second referral with the same sender's identifier. */
    public static final String ALREADY_SENT = "referral.already-sent";

    private final JdbcClient jdbc;
    private final PatientRecords patients;
    private final PatientAccess access;
    private final CarePlans carePlans;
    private final StaffDirectory staff;
    private final ReferralProperties days;
    private final Clock clock;
    private final CommandGuard guard;

    private final ReferralQueries queries;
    private final ApplicationEventPublisher events;

    Referrals(JdbcClient jdbc, PatientRecords patients, PatientAccess access, CarePlans carePlans, StaffDirectory staff,
            ReferralProperties days, Clock clock, ReferralQueries queries, CommandGuard guard,
            ApplicationEventPublisher events) {
        this.events = events;
        this.queries = queries;
        this.guard = guard;
        this.jdbc = jdbc;
        this.patients = patients;
        this.access = access;
        this.carePlans = carePlans;
        this.staff = staff;
        this.days = days;
        this.clock = clock;
    }

    @Transactional
    public Referral receive(CurrentUser user, NewReferral command) {
        return receiveSent(user, command, null, null);
    }

    /**
     * A referral another system sent (a FHIR ServiceRequest): checked, recorded and audited as {@link #receive} records
     * one, with the service it asks for and the sender's identifier for it. That identifier is unique in the
     * organisation, so when the same referral arrives twice, even at once, one is recorded and the other refused with
     * {@code referral.already-sent}; the sender's retry finds the first with {@link #sentAs}.
     */
    @Transactional
    public Referral receiveSent(CurrentUser user, NewReferral command, TherapyService service,
            Referral.SenderId sender) {
        guard.check(user, Command.RECEIVE_REFERRAL);
        ReferralRules.requireReceivedOn(command.receivedOn(), Time.today(clock));
        patients.require(user.organisationId(), command.patientId());
        requireTeam(user, command.teamId(), "teamId");
        if (sender != null && !sentAs(user.organisationId(), sender.system(), sender.value()).isEmpty()) {
            throw alreadySent(sender);
        }
        UUID id;
        try {
            id = insert(user, command, service, sender);
        } catch (DuplicateKeyException e) {
            throw alreadySent(sender);
        }
        access.check(user, command.patientId(), PatientAction.RECEIVE_REFERRAL, id);
        return require(user.organisationId(), id);
    }

    /**
     * Referrals sent with this identifier, from this system or, when {@code system} is null, from any; does not audit
     * (the caller opens the one it returns).
     */
    @Transactional(readOnly = true)
    public List<Referral> sentAs(UUID organisationId, String system, String value) {
        return system == null
                ? queries.list(organisationId, "and r.sender_id = ? order by r.id", value)
                : queries.list(organisationId, "and r.sender_system = ? and r.sender_id = ?", system, value);
    }

    /** A referral for somebody not yet known to the service: the patient is registered first, in one transaction. */
    @Transactional
    public Referral receiveForNewPatient(CurrentUser user, NewPatient patient, NewReferral command) {
        guard.check(user, Command.RECEIVE_REFERRAL);
        ReferralRules.requireReceivedOn(command.receivedOn(), Time.today(clock));
        requireTeam(user, command.teamId(), "teamId");
        Patient registered = patients.register(user, patient);
        return receive(user,
                new NewReferral(registered.id(), command.teamId(), command.sourceRole(), command.sourceName(),
                        command.sourceOrganisation(), command.reason(), command.urgency(), command.receivedOn(),
                        command.referrerEmail()));
    }

    /** Internal referral out: lands in the receiving team's queue. The caller has checked access to the patient. */
    @Transactional
    UUID receiveFromTeam(CurrentUser user, NewReferral command) {
        return insert(user, command, null, null);
    }

    /** Waiting referrals for a team, urgent first then the earliest to respond by, with overdue ones flagged. */
    @Transactional
    public Page<Referral> queue(CurrentUser user, UUID teamId, PageRequest page) {
        ReferralRules.requireMayReadQueue(user);
        Page<Referral> waiting = queries.waiting(user.organisationId(), teamId, page);
        access.checkAll(user, waiting.items().stream().map(Referral::patientId).toList(), PatientAction.VIEW_WORKLIST);
        return waiting;
    }

    /** Recently decided referrals for a team, newest decision first (read-only history). */
    @Transactional
    public Page<Referral> decided(CurrentUser user, UUID teamId, PageRequest page) {
        ReferralRules.requireMayReadQueue(user);
        Page<Referral> done = queries.decided(user.organisationId(), teamId, page);
        access.checkAll(user, done.items().stream().map(Referral::patientId).toList(), PatientAction.VIEW_WORKLIST);
        return done;
    }

    @Transactional
    public Referral open(CurrentUser user, UUID id) {
        Referral referral = require(user.organisationId(), id);
        access.check(user, referral.patientId(), PatientAction.VIEW_RECORD, id);
        return referral;
    }

    /**
     * The one triage decision. The referral is claimed first with a conditional update, so when two people decide at
     * once exactly one wins and the other gets a conflict; the decision row's key guards it a second time.
     */
    @Transactional
    public Referral decide(CurrentUser user, UUID id, Decide command) {
        ReferralRules.requireMayTriage(user);
        Referral referral = require(user.organisationId(), id);
        if (command.outcome() == Referral.Status.WAITING) {
            throw new InvalidInputException(Map.of("outcome", Messages.text("referrals.field.outcome.null")));
        }
        ReferralRules.requireDecisionDetails(command.outcome(), command.signpostedTo(), command.note());
        if (command.outcome() == Referral.Status.ACCEPTED) {
            requireEpisodeDetails(command);
        }
        access.check(user, referral.patientId(), PatientAction.TRIAGE_REFERRAL, id);
        // Without a version from the caller the referral's version as read above is the one expected.
        int expected = command.version() == null ? referral.version() : command.version();
        int claimed = jdbc
                .sql("update referral set status = ?, version = version + 1 where organisation_id = ? and id = ? "
                        + "and status = 'WAITING' and version = ?")
                .params(command.outcome().name(), user.organisationId(), id, expected).update();
        if (claimed == 0) {
            throw alreadyDecided(require(user.organisationId(), id));
        }
        UUID episodeId = null;
        if (command.outcome() == Referral.Status.ACCEPTED) {
            Episode episode = carePlans.open(user, referral.patientId(), new Commands.OpenEpisode(referral.reason(),
                    command.category(), command.setting(), command.location(), referral.teamId(),
                    command.leadTherapistId()));
            episodeId = episode.id();
        }
        jdbc.sql(
                "insert into referral_decision (referral_id, organisation_id, outcome, episode_id, signposted_to, note, "
                        + "decided_by, decided_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, user.organisationId(), command.outcome().name(), episodeId,
                        command.outcome() == Referral.Status.SIGNPOSTED ? command.signpostedTo().strip() : null,
                        Text.blankToNull(command.note()), user.staffId(), Time.db(clock.instant()))
                .update();
        // An internal referral out follows the receiving team's decision.
        jdbc.sql(
                "update referral_out set status = ?, version = version + 1 where organisation_id = ? and linked_referral_id = ?")
                .params(command.outcome() == Referral.Status.REJECTED ? "DECLINED" : command.outcome().name(),
                        user.organisationId(), id)
                .update();
        events.publishEvent(
                new ReferralDecided(user.organisationId(), id, command.outcome(), referral.referrerEmail()));
        return require(user.organisationId(), id);
    }

    /** A patient's referrals in, newest first, a page at a time; the caller has checked access to the patient. */
    @Transactional(readOnly = true)
    public Page<Referral> forPatient(UUID organisationId, UUID patientId, PageRequest page) {
        return queries.forPatient(organisationId, patientId, page);
    }

    /** Referrals of one patient, newest first; the caller has already checked access to the patient. */
    @Transactional(readOnly = true)
    public List<Referral> forPatient(UUID organisationId, UUID patientId) {
        return queries.list(organisationId, "and r.patient_id = ? order by r.received_on desc", patientId);
    }

    /** Throws 404 when the referral is not in this organisation; does not audit. */
    @Transactional(readOnly = true)
    public Referral require(UUID organisationId, UUID id) {
        List<Referral> found = queries.list(organisationId, "and r.id = ?", id);
        if (found.isEmpty()) {
            throw new NotFoundException("referral.not-found", Messages.text("referrals.refusal.not-found"));
        }
        return found.getFirst();
    }

    private UUID insert(CurrentUser user, NewReferral command, TherapyService service, Referral.SenderId sender) {
        UUID id = Ids.newId();
        jdbc.sql(
                "insert into referral (id, organisation_id, patient_id, team_id, source_role, source_name, source_organisation, "
                        + "reason, urgency, received_on, respond_by, status, recorded_at, recorded_by, recorded_by_system, "
                        + "service, sender_system, sender_id, referrer_email) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'WAITING', ?, ?, ?, ?, ?, ?, ?)")
                .params(id, user.organisationId(), command.patientId(), command.teamId(), command.sourceRole().name(),
                        command.sourceName().strip(), Text.blankToNull(command.sourceOrganisation()),
                        command.reason().strip(),
                        command.urgency().name(), command.receivedOn(),
                        ReferralRules.respondBy(command.urgency(), command.receivedOn(), days),
                        Time.db(clock.instant()),
                        user.staffId(), user.systemName(), service == null ? null : service.name(),
                        sender == null ? null : sender.system(), sender == null ? null : sender.value(),
                        Text.blankToNull(command.referrerEmail() == null ? null : command.referrerEmail().strip()))
                .update();
        return id;
    }

    private void requireTeam(CurrentUser user, UUID teamId, String field) {
        if (staff.teams(user.organisationId()).stream().noneMatch(t -> t.id().equals(teamId))) {
            throw new InvalidInputException(Map.of(field, Messages.text("referrals.field.team.other")));
        }
    }

    private static void requireEpisodeDetails(Decide command) {
        Map<String, String> errors = new HashMap<>();
        if (command.category() == null) {
            errors.put("category", Messages.text("referrals.field.category.null"));
        }
        if (command.setting() == null) {
            errors.put("setting", Messages.text("referrals.field.setting.null"));
        }
        if (Text.blankToNull(command.location()) == null) {
            errors.put("location", Messages.text("referrals.field.location.blank"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private static ConflictException alreadySent(Referral.SenderId sender) {
        return new ConflictException(ALREADY_SENT,
                Messages.text("referrals.refusal.already-received", sender.system() + "|" + sender.value()));
    }

    private static ConflictException alreadyDecided(Referral now) {
        if (now.decision() == null) {
            return new ConflictException("referral.changed",
                    Messages.text("referrals.refusal.changed"));
        }
        return new ConflictException("referral.already-decided", Messages.text(
                "referrals.refusal.already-decided", now.decision().outcome().title().toLowerCase(),
                now.decision().decidedByName()));
    }
}
