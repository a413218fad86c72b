package org.therapyassist.competence;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.audit.AuditEntry;
import org.therapyassist.audit.AuditTrail;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.PagedQuery;
import org.therapyassist.platform.RefusedException;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.staff.StaffMember;
import org.therapyassist.staff.StaffNames;
import org.therapyassist.staff.StaffRecordAccess;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Portable competency passports. The issuing service signs the person's in-date sign-offs, training and
 * qualifications with its Ed25519 key; another Therapy Assist service verifies the signature and, when it trusts the
 * issuer, imports it. An imported passport is evidence for the receiving assessors, never a sign-off in its own right:
 * delegation here still needs a local sign-off (hazard H23).
 */
@Service
public class Passports {

    public static final String FORMAT = "therapy-assist-passport/1";

    @Schema(name = "PassportIssuer")
    public record Issuer(String organisation, String odsCode, String keyId) {
    }

    @Schema(name = "PassportHolder")
    public record Holder(String givenName, String familyName, String jobTitle, int band, String stage) {
    }

    @Schema(name = "PassportCompetency")
    public record CompetencyEntry(String code, String title, LocalDate signedOn, LocalDate expiresOn, String method,
            String assessor, String assessorRegistration) {
    }

    @Schema(name = "PassportTraining")
    public record TrainingEntry(String course, LocalDate completedOn, LocalDate expiresOn, String provider) {
    }

    @Schema(name = "PassportQualification")
    public record QualificationEntry(String qualification, String status, LocalDate achievedOn, String awardingBody) {
    }

    /** What the passport says; signed as the exact JSON bytes carried in {@link SignedPassport#payload()}. */
    @Schema(name = "PassportContent")
    public record Content(String format, Instant issuedAt, Issuer issuer, Holder holder,
            List<CompetencyEntry> competencies,
            List<TrainingEntry> training, List<QualificationEntry> qualifications) {
    }

    /** The file: the payload as base64 of its JSON, the signature over those bytes, and the issuer's public key. */
    public record SignedPassport(String format, String keyId, String publicKey, String payload, String signature) {
    }

    @Schema(name = "PassportVerification")
    public record Verification(boolean signatureValid, boolean issuerTrusted, String issuerName, String keyId,
            Content content, String problem) {
    }

    @Schema(name = "ImportedPassport")
    public record Imported(UUID id, String issuerName, String keyId, boolean issuerTrusted, Instant issuedAt,
            Content content, String importedByName, Instant importedAt) {
    }

    public record TrustedIssuer(String keyId, String issuerName, String publicKey, Instant addedAt) {
    }

    private final JdbcClient jdbc;
    private final PassportContents contents;
    private final StaffNames names;
    private final StaffRecordAccess access;
    private final AuditTrail audit;
    private final JsonMapper json;
    private final PassportIssuers issuers;
    private final Clock clock;

    Passports(JdbcClient jdbc, PassportContents contents, StaffNames names, StaffRecordAccess access,
            AuditTrail audit, JsonMapper json, PassportIssuers issuers, Clock clock) {
        this.contents = contents;
        this.names = names;
        this.issuers = issuers;
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** The person's passport as it stands today, signed by this organisation. */
    @Transactional
    public SignedPassport issue(CurrentUser user, UUID staffId) {
        StaffMember person = access.requireSee(user, staffId);
        PassportSignature.Keys keys = issuers.keysOf(user.organisationId());
        Content content = contents.of(person, keys.keyId());
        byte[] payload = json.writeValueAsBytes(content);
        audit.record(new AuditEntry(user, null, "workforce.issue-passport", "staff", staffId,
                person.displayName() + ", " + content.competencies().size() + " competencies"));
        return new SignedPassport(FORMAT, keys.keyId(), keys.publicKey(), Base64.getEncoder().encodeToString(payload),
                PassportSignature.sign(payload, keys.privateKey()));
    }

    /** Reads a passport file; anything that is not a well-formed passport is a field error on "file". */
    public SignedPassport parse(byte[] file) {
        try {
            SignedPassport passport = json.readValue(file, SignedPassport.class);
            if (passport == null || !FORMAT.equals(passport.format()) || passport.payload() == null
                    || passport.signature() == null
                    || passport.publicKey() == null) {
                throw new InvalidInputException(Map.of("file", Messages.text("competence.passport.not-a-passport")));
            }
            return passport;
        } catch (JacksonException e) {
            throw new InvalidInputException(Map.of("file", Messages.text("competence.passport.not-a-passport")));
        }
    }

    /** Checks the signature and whether this organisation trusts the issuer; changes nothing. */
    @Transactional(readOnly = true)
    public Verification verify(CurrentUser user, SignedPassport passport) {
        Map<String, String> missing = new LinkedHashMap<>();
        if (passport == null) {
            throw new InvalidInputException(Map.of("payload", Messages.text("competence.passport.no-content")));
        }
        for (var field : new String[][]{{"keyId", passport.keyId()}, {"publicKey", passport.publicKey()},
                {"payload", passport.payload()}, {"signature", passport.signature()}}) {
            if (field[1] == null || field[1].isBlank()) {
                missing.put(field[0], Messages.text("competence.passport.incomplete", field[0]));
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
        String keyId = passport.keyId();
        String derived;
        try {
            derived = PassportSignature.keyIdOf(passport.publicKey());
        } catch (RuntimeException unreadableKey) {
            return new Verification(false, false, null, keyId, null,
                    Messages.text("competence.passport.unreadable-key"));
        }
        if (!keyId.equals(derived)) {
            return new Verification(false, false, null, keyId, null,
                    Messages.text("competence.passport.wrong-key-id"));
        }
        byte[] payload;
        try {
            payload = Base64.getDecoder().decode(passport.payload());
        } catch (IllegalArgumentException e) {
            return new Verification(false, false, null, keyId, null, Messages.text("competence.passport.damaged"));
        }
        if (!PassportSignature.verify(payload, passport.signature(), passport.publicKey())) {
            return new Verification(false, false, null, keyId, null,
                    Messages.text("competence.passport.signature-mismatch"));
        }
        Content content;
        try {
            content = json.readValue(payload, Content.class);
        } catch (JacksonException e) {
            return new Verification(false, false, null, keyId, null, Messages.text("competence.passport.damaged"));
        }
        // Signed, but by anyone: a self-made key can sign any content, so the content is checked before it is used.
        if (content == null || content.issuer() == null || content.issuer().organisation() == null
                || content.holder() == null
                || content.holder().givenName() == null || content.holder().familyName() == null
                || content.issuedAt() == null) {
            return new Verification(true, false, null, keyId, null,
                    Messages.text("competence.passport.unsigned-content"));
        }
        boolean trusted = issuers.trusts(user.organisationId(), keyId, passport.publicKey());
        return new Verification(true, trusted, content.issuer().organisation(), keyId, content,
                trusted
                        ? null
                        : Messages.text("competence.passport.not-trusted",
                                content.issuer().organisation()));
    }

    /** Imports a verified passport from a trusted issuer for the person it was issued to. */
    @Transactional
    public UUID importFor(CurrentUser user, UUID staffId, SignedPassport passport) {
        StaffMember person = access.requireSee(user, staffId);
        Verification v = verify(user, passport);
        if (!v.signatureValid()) {
            throw new RefusedException("passport.signature-invalid", v.problem());
        }
        if (!v.issuerTrusted()) {
            throw new RefusedException("passport.issuer-not-trusted", v.problem());
        }
        Holder holder = v.content().holder();
        if (!holder.givenName().equalsIgnoreCase(person.givenName())
                || !holder.familyName().equalsIgnoreCase(person.familyName())) {
            throw new RefusedException("passport.holder-mismatch",
                    Messages.text("competence.passport.someone-else",
                            holder.givenName() + " " + holder.familyName(), person.displayName()));
        }
        UUID id = Ids.newId();
        jdbc.sql(
                "insert into imported_passport (id, organisation_id, staff_id, issuer_name, key_id, issuer_trusted, issued_at, "
                        + "payload, signature, imported_by, imported_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, user.organisationId(), staffId, v.issuerName(), v.keyId(), true,
                        Time.db(v.content().issuedAt()), passport.payload(), passport.signature(), user.staffId(),
                        Time.db(clock.instant()))
                .update();
        audit.record(new AuditEntry(user, null, "workforce.import-passport", "imported-passport", id,
                person.displayName() + " from " + v.issuerName()));
        return id;
    }

    @Transactional(readOnly = true)
    public Page<Imported> importedFor(CurrentUser user, UUID staffId, PageRequest page) {
        access.requireSee(user, staffId);
        return names.complete(user.organisationId(), PagedQuery.of(jdbc, page, "select p.*",
                "from imported_passport p where p.organisation_id = ? and p.staff_id = ?", "p.imported_at desc, p.id",
                (rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    String issuer = rs.getString("issuer_name");
                    String keyId = rs.getString("key_id");
                    boolean trusted = rs.getBoolean("issuer_trusted");
                    Instant issuedAt = Time.instant(rs.getObject("issued_at", OffsetDateTime.class));
                    Content content = json.readValue(Base64.getDecoder().decode(rs.getString("payload")),
                            Content.class);
                    UUID importedBy = rs.getObject("imported_by", UUID.class);
                    Instant importedAt = Time.instant(rs.getObject("imported_at", OffsetDateTime.class));
                    return StaffNames.awaiting(known -> new Imported(id, issuer, keyId, trusted, issuedAt, content,
                            known.person(importedBy), importedAt), importedBy);
                },
                user.organisationId(), staffId));
    }
}
