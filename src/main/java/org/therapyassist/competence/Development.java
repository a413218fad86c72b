package org.therapyassist.competence;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.therapyassist.audit.AuditEntry;
import org.therapyassist.audit.AuditTrail;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Stage;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.staff.DevelopmentRules;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.staff.StaffLookup;
import org.therapyassist.staff.StaffMember;
import org.therapyassist.training.EvidenceFile;
import org.therapyassist.training.EvidenceFiles;
import org.therapyassist.training.QualificationKind;
import org.therapyassist.training.Qualifications;

/**
 * A person's development against the competency catalogue: their own rating of each statement with evidence, the
 * sign-offs they hold, what is coming due, and the checklist for the next stage. Self-assessments are never changed;
 * a new rating is a new entry and the latest counts.
 */
@Service
@Transactional(readOnly = true)
public class Development {

    public enum Rating {
        NOT_YET, DEVELOPING, CONFIDENT;

        public String title() {
            return Messages.text("competence.rating." + name());
        }
    }

    public enum EvidenceKind {
        NOTE, OBSERVED_PRACTICE, CERTIFICATE;

        public String title() {
            return Messages.text("competence.evidence." + name());
        }
    }

    public record NewSelfAssessment(Rating rating, EvidenceKind evidenceKind, String evidenceNote,
            UUID evidenceFileId) {
    }

    public record SelfAssessment(UUID id, String competencyCode, Rating rating, EvidenceKind evidenceKind,
            String evidenceNote, UUID evidenceFileId, Instant assessedAt) {
    }

    /** One statement as it stands for one person. */
    public record Line(Statement statement, boolean expected, GapStatus status, LocalDate validUntil,
            SelfAssessment latestSelfAssessment, boolean requestPending) {
    }

    public record Profile(StaffMember person, LocalDate stageSince, List<Line> lines, List<Line> due,
            Optional<CareerPathway.Checklist> pathway) {

        public List<Line> inDomain(int domain) {
            return lines.stream().filter(l -> l.statement().domain() == domain).toList();
        }

        public long count(GapStatus status) {
            return lines.stream().filter(l -> l.status() == status).count();
        }
    }

    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final StaffLookup lookup;
    private final SelfAssessmentLog log;
    private final EvidenceFiles evidenceFiles;
    private final Qualifications qualifications;
    private final AuditTrail audit;
    private final Clock clock;

    Development(JdbcClient jdbc, StaffDirectory staff, StaffLookup lookup, SelfAssessmentLog log,
            EvidenceFiles evidenceFiles, Qualifications qualifications, AuditTrail audit, Clock clock) {
        this.log = log;
        this.lookup = lookup;
        this.evidenceFiles = evidenceFiles;
        this.qualifications = qualifications;
        this.jdbc = jdbc;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    /** The national catalogue in code order, with each statement's domain and the stage it is expected from. */
    public List<Statement> catalogue() {
        return jdbc.sql("select c.code, c.title, c.framework_domain, d.name, c.expected_from, c.validity_months "
                + "from competency c join framework_domain d on d.number = c.framework_domain order by c.framework_domain, c.code")
                .query((rs, n) -> new Statement(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        Stage.valueOf(rs.getString(5)), rs.getInt(6)))
                .list();
    }

    public Map<Integer, String> domains() {
        Map<Integer, String> domains = new TreeMap<>();
        jdbc.sql("select number, name from framework_domain order by number")
                .query(rs -> {
                    domains.put(rs.getInt(1), rs.getString(2));
                });
        return domains;
    }

    public Statement statement(String code) {
        return catalogue().stream().filter(s -> s.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("competency.unknown",
                        Messages.text("competence.refusal.no-competency", code)));
    }

    public Profile profileOf(CurrentUser viewer, UUID staffId) {
        DevelopmentRules.requireSee(viewer, staffId);
        StaffMember person = staff.require(viewer.organisationId(), staffId);
        LocalDate today = Time.today(clock);
        LocalDate stageSince = lookup.stageSince(viewer.organisationId(), staffId).orElse(null);
        Map<String, LocalDate> validUntil = new HashMap<>();
        Set<String> everSigned = new HashSet<>();
        jdbc.sql(
                "select competency_code, max(case when revoked_at is null and signed_on <= :today then expires_on end) "
                        + "from competency_signoff where organisation_id = :org and staff_id = :staff group by competency_code")
                .param("today", today).param("org", viewer.organisationId()).param("staff", staffId)
                .query(rs -> {
                    everSigned.add(rs.getString(1));
                    LocalDate until = rs.getObject(2, LocalDate.class);
                    if (until != null) {
                        validUntil.put(rs.getString(1), until);
                    }
                });
        Map<String, SelfAssessment> latest = new HashMap<>();
        for (SelfAssessment a : selfAssessments(viewer.organisationId(), staffId, null)) {
            latest.putIfAbsent(a.competencyCode(), a);
        }
        Set<String> pending = Set.copyOf(jdbc
                .sql("select competency_code from signoff_request where organisation_id = ? "
                        + "and staff_id = ? and status = 'REQUESTED'")
                .params(viewer.organisationId(), staffId).query(String.class).list());
        Stage stage = person.stage().orElse(null);
        List<Line> lines = new ArrayList<>();
        for (Statement s : catalogue()) {
            boolean expected = stage != null && s.expectedAt(stage);
            GapStatus status = GapStatus.of(expected, validUntil.get(s.code()), everSigned.contains(s.code()), today);
            lines.add(new Line(s, expected, status, validUntil.get(s.code()), latest.get(s.code()),
                    pending.contains(s.code())));
        }
        List<Line> due = lines.stream()
                .filter(l -> l.status() == GapStatus.EXPIRING || (l.status() == GapStatus.EXPIRED && l.expected()))
                .sorted(Comparator.comparing(Line::validUntil,
                        Comparator.nullsFirst(LocalDate::compareTo)))
                .toList();
        Set<String> heldInDate = new HashSet<>();
        validUntil.forEach((code, until) -> {
            if (!until.isBefore(today)) {
                heldInDate.add(code);
            }
        });
        Optional<CareerPathway.Checklist> pathway = stage == null
                ? Optional.empty()
                : CareerPathway.forNextStage(stage, stageSince, catalogue(), heldInDate,
                        qualificationsAchieved(viewer.organisationId(), staffId), today);
        return new Profile(person, stageSince, List.copyOf(lines), due, pathway);
    }

    /** Newest first; all statements when code is null. */
    public List<SelfAssessment> selfAssessments(UUID organisationId, UUID staffId, String code) {
        return log.of(organisationId, staffId, code);
    }

    /** Someone's self-ratings of one statement, newest first, a page at a time. */
    public Page<SelfAssessment> historyOf(CurrentUser viewer, UUID staffId, String code, PageRequest page) {
        DevelopmentRules.requireSee(viewer, staffId);
        staff.require(viewer.organisationId(), staffId);
        statement(code);
        return log.page(viewer.organisationId(), staffId, code, page);
    }

    /**
     * A self-assessment with a certificate uploaded in the same step: the fields are checked first, then the file is
     * stored, so a refused form leaves no file behind (and a failed insert removes the stored file).
     */
    @Transactional
    public SelfAssessment selfAssess(CurrentUser user, UUID staffId, String code, NewSelfAssessment command,
            MultipartFile certificate) {
        if (certificate == null || certificate.isEmpty()) {
            return selfAssess(user, staffId, code, command);
        }
        NewSelfAssessment withKind = new NewSelfAssessment(command.rating(), EvidenceKind.CERTIFICATE,
                command.evidenceNote(), null);
        DevelopmentRules.requireSelf(user, staffId);
        statement(code);
        Map<String, String> errors = SelfAssessmentRules.problems(withKind, true);
        evidenceFiles.problemWith(certificate).ifPresent(problem -> errors.put(EvidenceFiles.FIELD, problem));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        EvidenceFile file = evidenceFiles.store(user, staffId, certificate);
        return selfAssess(user, staffId, code, new NewSelfAssessment(command.rating(), EvidenceKind.CERTIFICATE,
                command.evidenceNote(), file.id()));
    }

    @Transactional
    public SelfAssessment selfAssess(CurrentUser user, UUID staffId, String code, NewSelfAssessment command) {
        DevelopmentRules.requireSelf(user, staffId);
        staff.require(user.organisationId(), staffId);
        statement(code);
        Map<String, String> errors = SelfAssessmentRules.problems(command, false);
        if (command.evidenceFileId() != null && evidenceFiles.find(user.organisationId(), command.evidenceFileId())
                .filter(f -> f.staffId().equals(staffId)).isEmpty()) {
            errors.put("evidenceFile", Messages.text("competence.self-assessment.file.not-yours"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return insert(user, staffId, code, command);
    }

    private SelfAssessment insert(CurrentUser user, UUID staffId, String code, NewSelfAssessment command) {
        SelfAssessment added = log.append(user.organisationId(), staffId, code, command, clock.instant());
        audit.record(new AuditEntry(user, null, "workforce.self-assess", "competency-self-assessment", added.id(),
                code + " " + command.rating().name()));
        return added;
    }

    /** Qualifications achieved, for the pathway checklist. */
    Set<QualificationKind> qualificationsAchieved(UUID organisationId, UUID staffId) {
        // Qualification records are append-only (in progress, then achieved): any achieved entry counts.
        return qualifications.of(organisationId, staffId).stream()
                .filter(q -> q.status() == QualificationKind.Status.ACHIEVED).map(Qualifications.Qualification::kind)
                .collect(Collectors.toUnmodifiableSet());
    }
}
