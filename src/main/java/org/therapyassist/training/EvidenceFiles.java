package org.therapyassist.training;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.multipart.MultipartFile;
import org.therapyassist.audit.AuditEntry;
import org.therapyassist.audit.AuditTrail;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.staff.StaffMember;
import org.therapyassist.staff.StaffRecordAccess;

/**
 * Evidence files such as training certificates: PDF, PNG or JPEG only (recognised by their bytes), up to a size
 * limit, kept outside the web root under a generated id, and served only to people who may see the person's record,
 * every view audited. Other features keep the returned id and link to it.
 */
@Service
public class EvidenceFiles {

    /** The form field and API field a file problem is reported against. */
    public static final String FIELD = "file";

    public record Opened(EvidenceFile file, byte[] content) {
    }

    private final JdbcClient jdbc;
    private final StaffRecordAccess access;
    private final AuditTrail audit;
    private final Clock clock;
    private final Path directory;
    private final long maxBytes;

    EvidenceFiles(JdbcClient jdbc, StaffRecordAccess access, AuditTrail audit, Clock clock,
            EvidenceProperties properties) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.directory = properties.directory().toAbsolutePath().normalize();
        this.maxBytes = properties.maxSize().toBytes();
    }

    /** What is wrong with a file, in words for the person uploading it; empty when it may be stored. */
    public Optional<String> problemWith(MultipartFile file) {
        if (file == null || file.isEmpty() || file.getSize() == 0) {
            return Optional.of(Messages.text("training.evidence.empty"));
        }
        if (file.getSize() > maxBytes) {
            return Optional.of(Messages.text("training.evidence.too-large", maxBytes / (1024 * 1024)));
        }
        return problemWith(file.getOriginalFilename(), head(file));
    }

    static Optional<String> problemWith(String fileName, byte[] head) {
        Optional<EvidenceType> type = EvidenceType.sniff(head);
        if (type.isEmpty() || !type.get().fitsName(fileName)) {
            return Optional.of(Messages.text("training.evidence.wrong-type"));
        }
        return Optional.empty();
    }

    /** Stores a file as evidence for a member of staff; a bad file is a field error and nothing is stored. */
    @Transactional
    public EvidenceFile store(CurrentUser user, UUID staffId, MultipartFile file) {
        StaffMember person = access.requireSee(user, staffId);
        problemWith(file).ifPresent(problem -> {
            throw new InvalidInputException(Map.of(FIELD, problem));
        });
        byte[] content = bytes(file);
        EvidenceType type = EvidenceType.sniff(content).orElseThrow();
        UUID id = Ids.newId();
        Instant now = clock.instant();
        var stored = new EvidenceFile(id, person.id(), EvidenceType.sanitiseName(file.getOriginalFilename()),
                type.mediaType(), content.length, sha256(content), user.staffId(), now);
        write(user.organisationId(), id, content);
        jdbc.sql(
                "insert into evidence_file (id, organisation_id, staff_id, original_name, content_type, size_bytes, sha256, "
                        + "uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, user.organisationId(), person.id(), stored.originalName(), stored.contentType(),
                        stored.sizeBytes(), stored.sha256(), user.staffId(), Time.db(now))
                .update();
        audit.record(new AuditEntry(user, null, "workforce.upload-evidence", "evidence-file", id,
                person.displayName() + ": " + stored.originalName()));
        return stored;
    }

    /** The file and its bytes for someone allowed to see the person's record; every view and refusal is audited. */
    @Transactional
    public Opened open(CurrentUser user, UUID evidenceId) {
        EvidenceFile file = find(user.organisationId(), evidenceId)
                .orElseThrow(
                        () -> new NotFoundException("evidence.not-found", Messages.text("training.refusal.no-file")));
        try {
            access.requireSee(user, file.staffId());
        } catch (NotAllowedException refused) {
            audit.recordIndependently(new AuditEntry(user, null, "workforce.view-evidence-refused", "evidence-file",
                    evidenceId, file.originalName()));
            throw refused;
        }
        byte[] content = read(user.organisationId(), evidenceId);
        if (!sha256(content).equals(file.sha256())) {
            throw new ConflictException("evidence.damaged", Messages.text("training.refusal.file-damaged"));
        }
        audit.record(new AuditEntry(user, null, "workforce.view-evidence", "evidence-file", evidenceId,
                file.originalName()));
        return new Opened(file, content);
    }

    /** A stored file's details (not its content, so nothing to audit): to check a reference to it. */
    public Optional<EvidenceFile> find(UUID organisationId, UUID evidenceId) {
        return jdbc
                .sql("select id, staff_id, original_name, content_type, size_bytes, sha256, uploaded_by, uploaded_at "
                        + "from evidence_file where organisation_id = ? and id = ?")
                .params(organisationId, evidenceId)
                .query((rs, n) -> new EvidenceFile(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4), rs.getLong(5), rs.getString(6), rs.getObject(7, UUID.class),
                        rs.getObject(8, OffsetDateTime.class).toInstant()))
                .optional();
    }

    private Path directoryOf(UUID organisationId) {
        return directory.resolve(organisationId.toString());
    }

    private Path pathOf(UUID organisationId, UUID id) {
        return directoryOf(organisationId).resolve(id.toString());
    }

    private void write(UUID organisationId, UUID id, byte[] content) {
        Path target = pathOf(organisationId, id);
        try {
            Path dir = Files.createDirectories(directoryOf(organisationId));
            Path temp = Files.createTempFile(dir, id.toString(), ".part");
            Files.write(temp, content);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store evidence file " + id, e);
        }
        // If the row is not committed, the file must not stay behind either.
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        try {
                            Files.deleteIfExists(target);
                        } catch (IOException ignored) {
                            // A stray file without a row is never served; nothing more to do.
                        }
                    }
                }
            });
        }
    }

    private byte[] read(UUID organisationId, UUID id) {
        try {
            return Files.readAllBytes(pathOf(organisationId, id));
        } catch (NoSuchFileException e) {
            throw new NotFoundException("evidence.missing",
                    Messages.text("training.refusal.file-missing"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] head(MultipartFile file) {
        try (var in = file.getInputStream()) {
            return in.readNBytes(16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
