package org.therapyassist.competence;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.therapyassist.platform.Time;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.staff.StaffLookup;
import org.therapyassist.staff.StaffMember;
import org.therapyassist.training.Qualifications;
import org.therapyassist.training.Training;

/**
 * The content of a competency passport: the in-date sign-offs from this module's own table, the assessors and the
 * issuing organisation from the staff directory, the latest training and the qualifications from the training module.
 */
@Component
class PassportContents {

    private final JdbcClient jdbc;
    private final StaffDirectory staff;
    private final StaffLookup lookup;
    private final Training training;
    private final Qualifications qualifications;
    private final Clock clock;

    PassportContents(JdbcClient jdbc, StaffDirectory staff, StaffLookup lookup, Training training,
            Qualifications qualifications, Clock clock) {
        this.jdbc = jdbc;
        this.staff = staff;
        this.lookup = lookup;
        this.training = training;
        this.qualifications = qualifications;
        this.clock = clock;
    }

    /** What the person's passport says today, from their sign-offs here and what the training module holds. */
    Passports.Content of(StaffMember person, String keyId) {
        LocalDate today = Time.today(clock);
        StaffLookup.Organisation organisation = lookup.organisation(person.organisationId());
        Passports.Issuer org = new Passports.Issuer(organisation.name(), organisation.odsCode(), keyId);
        record Signed(String code, String title, LocalDate signedOn, LocalDate expiresOn, String method,
                UUID assessorId) {
        }
        List<Signed> signed = jdbc.sql("select so.competency_code, c.title, so.signed_on, so.expires_on, so.method, "
                + "so.assessor_id from competency_signoff so join competency c on c.code = so.competency_code "
                + "where so.organisation_id = ? and so.staff_id = ? and so.revoked_at is null and so.signed_on <= ? "
                + "and so.expires_on >= ? order by so.competency_code, so.expires_on")
                .params(person.organisationId(), person.id(), today, today)
                .query((rs, n) -> new Signed(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getObject(6, UUID.class)))
                .list();
        Map<UUID, StaffMember> assessors = staff.byIds(person.organisationId(),
                signed.stream().map(Signed::assessorId).collect(Collectors.toSet()));
        Map<String, Passports.CompetencyEntry> latest = new TreeMap<>();
        signed.forEach(s -> {
            StaffMember a = assessors.get(s.assessorId());
            latest.put(s.code(),
                    new Passports.CompetencyEntry(s.code(), s.title(), s.signedOn(), s.expiresOn(), s.method(),
                            a == null ? null : a.displayName(), a == null ? null : a.hcpcNumber()));
        });
        // Latest record per course only: renewals replace the earlier completion in the passport.
        Map<String, Passports.TrainingEntry> latestTraining = new LinkedHashMap<>();
        training.recordsOf(person.organisationId(), person.id()).stream()
                .sorted(Comparator.comparing(Training.Record::courseTitle)
                        .thenComparing(Training.Record::completedOn, Comparator.reverseOrder()))
                .forEach(r -> latestTraining.putIfAbsent(r.courseTitle(),
                        new Passports.TrainingEntry(r.courseTitle(), r.completedOn(), r.expiresOn(), r.provider())));
        // Entries are append-only (in progress, then achieved): oldest first, an achieved one is kept.
        Map<String, Passports.QualificationEntry> held = new TreeMap<>();
        qualifications.of(person.organisationId(), person.id()).reversed()
                .forEach(q -> held.merge(q.title(),
                        new Passports.QualificationEntry(q.title(), q.status().name(), q.achievedOn(),
                                q.awardingBody()),
                        (earlier, later) -> "ACHIEVED".equals(earlier.status()) ? earlier : later));
        return new Passports.Content(Passports.FORMAT, clock.instant(), org,
                new Passports.Holder(person.givenName(), person.familyName(), person.jobRole().title(), person.band(),
                        person.stage().map(Enum::name).orElse(null)),
                List.copyOf(latest.values()), List.copyOf(latestTraining.values()),
                held.values().stream().sorted(Comparator.comparing(Passports.QualificationEntry::qualification))
                        .toList());
    }
}
