package org.therapyassist.access;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.therapyassist.access.AccessPolicy.Decision;
import org.therapyassist.audit.AuditEntry;
import org.therapyassist.audit.AuditTrail;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.RefusedException;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Messages;

/**
 * Every module asks here before it reads or changes a patient's record. Allowed or not, the attempt is audited
 * in the same transaction as the work.
 */
@Service
public class PatientAccess {

    public static final String NEEDS_BREAK_GLASS = "access.break-glass-required";

    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;
    private final AccessProperties properties;

    PatientAccess(JdbcClient jdbc, AuditTrail audit, Clock clock, AccessProperties properties) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.properties = properties;
    }

    /** Checks and audits one action on one patient; throws {@link NotAllowedException} when it is not allowed. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void check(CurrentUser user, UUID patientId, PatientAction action, UUID entityId) {
        Decision decision = decide(user, patientId);
        if (decision == Decision.ALLOWED || decision == Decision.ALLOWED_BY_BREAK_GLASS) {
            String detail = decision == Decision.ALLOWED_BY_BREAK_GLASS ? "under break-glass" : null;
            audit.record(new AuditEntry(user, patientId, action.auditName(), entityType(action), entityId, detail));
            return;
        }
        // The refusal is audited in its own transaction: the caller's work is about to roll back.
        audit.recordIndependently(new AuditEntry(user, patientId, "access.denied", null, entityId, action.auditName()));
        NotAllowedException refusal = decision == Decision.NEEDS_BREAK_GLASS
                ? new NotAllowedException(NEEDS_BREAK_GLASS,
                        Messages.text("access.refusal.needs-break-glass"),
                        Map.of("patientId", patientId))
                : new NotAllowedException("access.no-clinical-access",
                        Messages.text("access.refusal.no-clinical-access"));
        refusal.markAudited();
        throw refusal;
    }

    /** Checks a list of patients shown together (a worklist) and writes one audit event per patient shown. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void checkAll(CurrentUser user, Collection<UUID> patientIds, PatientAction action) {
        Set<UUID> distinct = new HashSet<>(patientIds);
        if (distinct.isEmpty()) {
            return;
        }
        Set<UUID> visible = visibleAmong(user, distinct);
        if (!visible.containsAll(distinct)) {
            throw new NotAllowedException("access.no-care-relationship",
                    Messages.text("access.refusal.no-care-relationship"));
        }
        audit.recordAll(distinct.stream()
                .map(id -> new AuditEntry(user, id, action.auditName(), null, null, null))
                .toList());
    }

    /** The subset of these patients the user may open without breaking glass. Writes nothing. */
    @Transactional(readOnly = true)
    public Set<UUID> visibleAmong(CurrentUser user, Collection<UUID> patientIds) {
        if (patientIds.isEmpty()) {
            return Set.of();
        }
        Decision withoutRelationship = AccessPolicy.decide(user, false, false);
        if (withoutRelationship == Decision.ALLOWED) {
            return Set.copyOf(patientIds);
        }
        if (withoutRelationship == Decision.DENIED) {
            return Set.of();
        }
        Set<UUID> visible = new HashSet<>();
        for (List<UUID> chunk : chunks(List.copyOf(patientIds))) {
            visible.addAll(jdbc.sql("select patient_id from care_relationship where organisation_id = :org "
                    + "and active = true and patient_id in (:ids) and (staff_id = :staff or team_id = :team) "
                    + "union select patient_id from break_glass where organisation_id = :org "
                    + "and staff_id = :staff and patient_id in (:ids) and expires_at > :now")
                    .param("org", user.organisationId()).param("ids", chunk)
                    .param("staff", user.staffId()).param("team", user.teamId())
                    .param("now", Time.db(clock.instant()))
                    .query(UUID.class).list());
        }
        return visible;
    }

    /** Records a break-glass opening with its reason; it lasts a few hours and is itself audited. */
    @Transactional
    public void breakGlass(CurrentUser user, UUID patientId, String reason) {
        if (!user.isSupportWorker() && !user.isRegistrant()) {
            throw new NotAllowedException("access.no-clinical-access",
                    Messages.text("access.refusal.no-clinical-access"));
        }
        if (reason == null || reason.isBlank() || reason.strip().length() < 10) {
            throw new RefusedException("access.break-glass-reason",
                    Messages.text("access.refusal.break-glass-reason"));
        }
        var now = clock.instant();
        jdbc.sql("insert into break_glass (id, organisation_id, staff_id, staff_name, patient_id, reason, granted_at, "
                + "expires_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(Ids.newId(), user.organisationId(), user.staffId(),
                        user.displayName() + " (" + user.jobTitle() + ")", patientId, reason.strip(), Time.db(now),
                        Time.db(now.plus(properties.breakGlassDuration())))
                .update();
        audit.record(new AuditEntry(user, patientId, "access.break-glass", null, null, reason.strip()));
    }

    private Decision decide(CurrentUser user, UUID patientId) {
        Decision withoutRelationship = AccessPolicy.decide(user, false, false);
        if (withoutRelationship == Decision.ALLOWED || withoutRelationship == Decision.DENIED) {
            return withoutRelationship;
        }
        // One piece of work asks about the same patient several times (recording a session checks the record, then
        // each reading kept as a measure). An opening found in this transaction stands for the rest of it; a refusal
        // is never remembered, so a relationship the work itself creates is seen at once.
        Map<List<Object>, Decision> allowed = allowedInThisTransaction();
        List<Object> key = List.of(user, patientId);
        Decision known = allowed.get(key);
        if (known != null) {
            return known;
        }
        Decision decision = decideFromTheDatabase(user, patientId);
        if (decision == Decision.ALLOWED || decision == Decision.ALLOWED_BY_BREAK_GLASS) {
            allowed.put(key, decision);
        }
        return decision;
    }

    @SuppressWarnings("unchecked")
    private Map<List<Object>, Decision> allowedInThisTransaction() {
        Object bound = TransactionSynchronizationManager.getResource(this);
        if (bound != null) {
            return (Map<List<Object>, Decision>) bound;
        }
        Map<List<Object>, Decision> created = new HashMap<>();
        TransactionSynchronizationManager.bindResource(this, created);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(PatientAccess.this);
            }
        });
        return created;
    }

    private Decision decideFromTheDatabase(CurrentUser user, UUID patientId) {
        boolean related = jdbc
                .sql("select count(*) from care_relationship where organisation_id = :org and patient_id = :p "
                        + "and active = true and (staff_id = :staff or team_id = :team)")
                .param("org", user.organisationId()).param("p", patientId)
                .param("staff", user.staffId()).param("team", user.teamId())
                .query(Long.class).single() > 0;
        boolean glass = !related && jdbc
                .sql("select count(*) from break_glass where organisation_id = ? and staff_id = ? "
                        + "and patient_id = ? and expires_at > ?")
                .params(user.organisationId(), user.staffId(), patientId, Time.db(clock.instant()))
                .query(Long.class).single() > 0;
        return AccessPolicy.decide(user, related, glass);
    }

    private static String entityType(PatientAction action) {
        return switch (action) {
            case DELEGATE, ACCEPT_DELEGATION, DECLINE_DELEGATION, CANCEL_DELEGATION, REVIEW_DELEGATION -> "delegation";
            case RECORD_SESSION, EDIT_DRAFT_RECORD, SIGN_RECORD, AMEND_RECORD, COUNTERSIGN_RECORD -> "session-record";
            case RAISE_ESCALATION, REPLY_ESCALATION -> "escalation";
            case CHECK_BEFORE_SESSION -> "pre-session-check";
            case OPEN_EPISODE, ADD_GOAL, SET_PROGRAMME -> "episode";
            case LEND_EQUIPMENT, RETURN_EQUIPMENT -> "equipment-loan";
            case RESERVE_EQUIPMENT -> "equipment-reservation";
            case REPORT_EQUIPMENT_FAULT -> "equipment-fault";
            case RECEIVE_REFERRAL, TRIAGE_REFERRAL, REFER_OUT -> "referral";
            case WRITE_DISCHARGE, SIGN_DISCHARGE, AMEND_DISCHARGE -> "discharge";
            default -> "patient";
        };
    }

    private static List<List<UUID>> chunks(List<UUID> ids) {
        int size = 500;
        return IntStream.range(0, (ids.size() + size - 1) / size)
                .mapToObj(i -> ids.subList(i * size, Math.min(ids.size(), (i + 1) * size)))
                .toList();
    }
}
