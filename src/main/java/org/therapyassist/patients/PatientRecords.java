package org.therapyassist.patients;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.access.PatientAccess;
import org.therapyassist.access.PatientAction;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.SearchWords;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.CommandGuard;

/** Finding, adding and reading patients. Every patient shown or changed is access-checked and audited. */
@Service
public class PatientRecords {

    /** The code of the refusal to register a second patient with an NHS number already in the organisation. */
    public static final String DUPLICATE_NHS_NUMBER = "patient.duplicate-nhs-number";

    private static final int MAX_RESULTS = 50;

    private final JdbcClient jdbc;
    private final PatientAccess access;
    private final Clock clock;
    private final CommandGuard guard;

    PatientRecords(JdbcClient jdbc, PatientAccess access, Clock clock, CommandGuard guard) {
        this.jdbc = jdbc;
        this.access = access;
        this.clock = clock;
        this.guard = guard;
    }

    /**
     * Searches by NHS number (exact) or by name (last name, or "first last"). Support workers see only patients they
     * may open; an exact NHS number outside their caseload is reported so that they can break glass.
     */
    @Transactional
    public SearchResult search(CurrentUser user, String query) {
        return search(user, query, MAX_RESULTS);
    }

    /**
     * As {@link #search(CurrentUser, String)}, showing at most {@code limit} (up to 50): only the patients shown are
     * audited as search results. A date of birth (12/03/1941, 12 Mar 1941) finds the patients born that day.
     */
    @Transactional
    public SearchResult search(CurrentUser user, String query, int limit) {
        int shownAtMost = Math.clamp(limit, 1, MAX_RESULTS);
        String q = query == null ? "" : query.strip();
        if (q.length() < 2) {
            return new SearchResult(List.of(), null);
        }
        String digits = NhsNumber.normalise(q);
        Optional<LocalDate> born = BirthDates.parse(q);
        List<Patient> found;
        if (digits != null && digits.length() == 10) {
            found = jdbc.sql("select * from patient where organisation_id = ? and nhs_number = ?")
                    .params(user.organisationId(), digits).query(PatientRecords::map).list();
        } else if (born.isPresent()) {
            found = jdbc.sql("select * from patient where organisation_id = ? and date_of_birth = ? "
                    + "order by search_name, id limit ?")
                    .params(user.organisationId(), born.get(), MAX_RESULTS * 4).query(PatientRecords::map).list();
        } else {
            // Every word typed starts the first or the last name, in any order: "marg sut", "sutcliffe m".
            List<String> words = SearchWords.of(q);
            if (words.isEmpty()) {
                return new SearchResult(List.of(), null);
            }
            StringBuilder where = new StringBuilder("organisation_id = :org");
            Map<String, Object> params = new HashMap<>();
            params.put("org", user.organisationId());
            for (int i = 0; i < words.size(); i++) {
                where.append(" and (lower(given_name) like :w").append(i).append(" or lower(family_name) like :w")
                        .append(i).append(")");
                params.put("w" + i, words.get(i) + "%");
            }
            found = jdbc.sql("select * from patient where " + where + " order by search_name, id limit :max")
                    .params(params).param("max", MAX_RESULTS * 4).query(PatientRecords::map).list();
        }
        Set<UUID> visible = access.visibleAmong(user, found.stream().map(Patient::id).toList());
        List<Patient> shown = found.stream().filter(p -> visible.contains(p.id())).limit(shownAtMost).toList();
        UUID outside = digits != null && shown.isEmpty() && !found.isEmpty() ? found.getFirst().id() : null;
        access.checkAll(user, shown.stream().map(Patient::id).toList(), PatientAction.SEARCH_RESULT);
        return new SearchResult(withAlerts(user.organisationId(), shown), outside);
    }

    /**
     * Search results; {@code outsideCaseloadPatientId} is set when an exact NHS number matched a patient the user may
     * only open by breaking glass.
     */
    public record SearchResult(List<Patient> patients, UUID outsideCaseloadPatientId) {
    }

    @Transactional
    public Patient register(CurrentUser user, NewPatient command) {
        // The web layer checked the command already; checked again here because other modules register patients too
        // (a referral for somebody new, a FHIR Patient from the EPR) and the one declared need must hold for them all.
        guard.check(user, Command.REGISTER_PATIENT);
        NhsNumber nhs = NhsNumber.of(command.nhsNumber());
        boolean exists = jdbc.sql("select count(*) from patient where organisation_id = ? and nhs_number = ?")
                .params(user.organisationId(), nhs.value()).query(Long.class).single() > 0;
        if (exists) {
            throw duplicate(nhs);
        }
        UUID id = Ids.newId();
        try {
            insert(user, id, nhs, command);
        } catch (DuplicateKeyException e) {
            // The same patient added at the same moment by another request: the unique key decides, one is kept.
            throw duplicate(nhs);
        }
        for (NewPatient.NewAlert alert : command.alerts()) {
            insertAlert(user, id, alert.kind(), alert.note());
        }
        access.check(user, id, PatientAction.CREATE_PATIENT, id);
        return require(user.organisationId(), id);
    }

    private static ConflictException duplicate(NhsNumber nhs) {
        return new ConflictException(DUPLICATE_NHS_NUMBER,
                Messages.text("patients.refusal.duplicate", nhs.formatted()));
    }

    private void insert(CurrentUser user, UUID id, NhsNumber nhs, NewPatient command) {
        var now = clock.instant();
        jdbc.sql(
                "insert into patient (id, organisation_id, nhs_number, given_name, family_name, search_name, date_of_birth, "
                        + "address, postcode, phone, created_at, created_by, created_by_system) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, user.organisationId(), nhs.value(), command.givenName().strip(),
                        command.familyName().strip(),
                        searchName(command.givenName(), command.familyName()), command.dateOfBirth(),
                        command.address().strip(), command.postcode().strip().toUpperCase(Locale.UK),
                        Text.blankToNull(command.phone()), Time.db(now), user.staffId(), user.systemName())
                .update();
    }

    @Transactional
    public Patient open(CurrentUser user, UUID patientId) {
        Patient patient = require(user.organisationId(), patientId);
        access.check(user, patientId, PatientAction.VIEW_RECORD, patientId);
        return patient;
    }

    @Transactional
    public PatientAlert addAlert(CurrentUser user, UUID patientId, AlertKind kind, String note) {
        require(user.organisationId(), patientId);
        access.check(user, patientId, PatientAction.ADD_ALERT, patientId);
        return insertAlert(user, patientId, kind, note);
    }

    /**
     * Patients by id for a worklist whose owner has already passed them through {@link PatientAccess#checkAll}.
     */
    @Transactional(readOnly = true)
    public Map<UUID, PatientSummary> summaries(UUID organisationId, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        List<Patient> patients = jdbc.sql("select * from patient where organisation_id = :org and id in (:ids)")
                .param("org", organisationId).param("ids", List.copyOf(ids)).query(PatientRecords::map).list();
        Map<UUID, PatientSummary> result = new HashMap<>();
        withAlerts(organisationId, patients).forEach(p -> result.put(p.id(), p.summary()));
        return result;
    }

    /**
     * The same as {@link #summaries}, in the order every patient list is read in (family name, then given name, then
     * id) and at most {@code limit}: for a module whose own rows name patients and that lists them by name.
     */
    @Transactional(readOnly = true)
    public List<PatientSummary> summariesByName(UUID organisationId, Collection<UUID> ids, int limit) {
        if (ids.isEmpty() || limit < 1) {
            return List.of();
        }
        List<Patient> patients = jdbc.sql("select * from patient where organisation_id = :org and id in (:ids) "
                + "order by family_name, given_name, id limit :limit")
                .param("org", organisationId).param("ids", List.copyOf(ids)).param("limit", limit)
                .query(PatientRecords::map).list();
        return withAlerts(organisationId, patients).stream().map(Patient::summary).toList();
    }

    /** Throws 404 when the patient is not in this organisation; does not audit (the caller checks access). */
    @Transactional(readOnly = true)
    public Patient require(UUID organisationId, UUID patientId) {
        return jdbc.sql("select * from patient where organisation_id = ? and id = ?")
                .params(organisationId, patientId).query(PatientRecords::map).optional()
                .map(p -> withAlerts(organisationId, List.of(p)).getFirst())
                .orElseThrow(
                        () -> new NotFoundException("patient.not-found", Messages.text("patients.refusal.not-found")));
    }

    private PatientAlert insertAlert(CurrentUser user, UUID patientId, AlertKind kind, String note) {
        UUID id = Ids.newId();
        var now = clock.instant();
        jdbc.sql(
                "insert into patient_alert (id, organisation_id, patient_id, kind, note, raised_at, raised_by, "
                        + "raised_by_system, active) values (?, ?, ?, ?, ?, ?, ?, ?, true)")
                .params(id, user.organisationId(), patientId, kind.name(), Text.blankToNull(note), Time.db(now),
                        user.staffId(), user.systemName())
                .update();
        return new PatientAlert(id, kind, Text.blankToNull(note), now);
    }

    private List<Patient> withAlerts(UUID organisationId, List<Patient> patients) {
        if (patients.isEmpty()) {
            return patients;
        }
        Map<UUID, List<PatientAlert>> alerts = new HashMap<>();
        jdbc.sql("select patient_id, id, kind, note, raised_at from patient_alert where organisation_id = :org "
                + "and active = true and patient_id in (:ids) order by raised_at")
                .param("org", organisationId).param("ids", patients.stream().map(Patient::id).toList())
                .query(rs -> {
                    alerts.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new PatientAlert(rs.getObject(2, UUID.class), AlertKind.valueOf(rs.getString(3)),
                                    rs.getString(4), rs.getObject(5, OffsetDateTime.class).toInstant()));
                });
        return patients.stream()
                .map(p -> new Patient(p.id(), p.organisationId(), p.nhsNumber(), p.givenName(), p.familyName(),
                        p.dateOfBirth(), p.address(), p.postcode(), p.phone(),
                        List.copyOf(alerts.getOrDefault(p.id(), List.of()))))
                .toList();
    }

    public static String searchName(String given, String family) {
        return (family.strip() + " " + given.strip()).toLowerCase(Locale.UK);
    }

    static Patient map(ResultSet rs, int n) throws SQLException {
        return new Patient(rs.getObject("id", UUID.class), rs.getObject("organisation_id", UUID.class),
                NhsNumber.of(rs.getString("nhs_number")), rs.getString("given_name"), rs.getString("family_name"),
                rs.getObject("date_of_birth", LocalDate.class), rs.getString("address"), rs.getString("postcode"),
                rs.getString("phone"), List.of());
    }

}
