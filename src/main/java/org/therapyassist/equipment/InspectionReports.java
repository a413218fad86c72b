package org.therapyassist.equipment;

import io.swagger.v3.oas.annotations.media.Schema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.therapyassist.audit.AuditEntry;
import org.therapyassist.audit.AuditTrail;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.CommandGuard;
import org.therapyassist.training.EvidenceProperties;
import org.therapyassist.training.EvidenceType;

/**
 * Inspection reports: PDF, PNG or JPEG recognised by their bytes, stored outside the web root under a generated id
 * (the evidence directory's equipment folder), served only as a download to staff who handle equipment.
 */
@Service
public class InspectionReports {

    public static final String FIELD = "report";

    @Schema(name = "InspectionReport")
    public record Report(UUID id, UUID inspectionId, String originalName, String contentType, long sizeBytes,
            String sha256) {
    }

    public record Opened(Report report, byte[] content) {
    }

    private final JdbcClient jdbc;
    private final EvidenceProperties properties;
    private final Clock clock;
    private final CommandGuard guard;
    private final AuditTrail audit;

    InspectionReports(JdbcClient jdbc, EvidenceProperties properties, CommandGuard guard, AuditTrail audit,
            Clock clock) {
        this.guard = guard;
        this.audit = audit;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    /** What is wrong with the file, if anything: empty, too large, or not a PDF, PNG or JPEG by its content. */
    public Optional<String> problemWith(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return Optional.of(Messages.text("equipment.field.report.empty"));
        }
        if (file.getSize() > properties.maxSize().toBytes()) {
            return Optional.of(Messages.text("equipment.field.report.size", properties.maxSize().toMegabytes()));
        }
        Optional<EvidenceType> type = EvidenceType.sniff(bytes(file));
        if (type.isEmpty() || !type.get().fitsName(file.getOriginalFilename())) {
            return Optional.of(Messages.text("equipment.field.report.type"));
        }
        return Optional.empty();
    }

    /** Attaches the report to an inspection of the organisation; the caller has checked the user handles equipment. */
    @Transactional
    public Report attach(CurrentUser user, UUID inspectionId, MultipartFile file) {
        guard.check(user, Command.RECORD_EXAMINATION);
        long found = jdbc.sql("select count(*) from equipment_inspection where organisation_id = ? and id = ?")
                .params(user.organisationId(), inspectionId).query(Long.class).single();
        if (found == 0) {
            throw new NotFoundException("equipment.inspection-not-found",
                    Messages.text("equipment.refusal.inspection-not-found"));
        }
        problemWith(file).ifPresent(problem -> {
            throw new InvalidInputException(Map.of(FIELD, problem));
        });
        byte[] content = bytes(file);
        EvidenceType type = EvidenceType.sniff(content).orElseThrow();
        UUID id = Ids.newId();
        Report report = new Report(id, inspectionId, EvidenceType.sanitiseName(file.getOriginalFilename()),
                type.mediaType(),
                content.length, sha256(content));
        jdbc.sql(
                "insert into equipment_document (id, organisation_id, inspection_id, original_name, content_type, size_bytes, "
                        + "sha256, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, user.organisationId(), inspectionId, report.originalName(), report.contentType(),
                        report.sizeBytes(),
                        report.sha256(), user.staffId(), Time.db(clock.instant()))
                .update();
        // The examiner's certificate is part of the record: once attached it is never replaced.
        if (jdbc.sql("update equipment_inspection set report_file_id = ? where id = ? and report_file_id is null")
                .params(id, inspectionId).update() == 0) {
            throw new ConflictException("equipment.report-exists",
                    Messages.text("equipment.refusal.report-exists"));
        }
        audit.record(
                new AuditEntry(user, null, "equipment.inspection-report-attached", "equipment-inspection", inspectionId,
                        report.originalName()));
        try {
            Files.createDirectories(directoryOf(user.organisationId()));
            Files.write(pathOf(user.organisationId(), id), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return report;
    }

    @Transactional(readOnly = true)
    public Opened open(CurrentUser user, UUID reportId) {
        StockLedger.requireHandlesStock(user);
        Report report = jdbc.sql(
                "select id, inspection_id, original_name, content_type, size_bytes, sha256 from equipment_document "
                        + "where organisation_id = ? and id = ?")
                .params(user.organisationId(), reportId)
                .query((rs, n) -> new Report(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3),
                        rs.getString(4), rs.getLong(5), rs.getString(6)))
                .optional()
                .orElseThrow(() -> new NotFoundException("equipment.report-not-found",
                        Messages.text("equipment.refusal.report-not-found")));
        try {
            byte[] content = Files.readAllBytes(pathOf(user.organisationId(), reportId));
            if (!sha256(content).equals(report.sha256())) {
                throw new NotFoundException("equipment.report-damaged",
                        Messages.text("equipment.refusal.report-damaged"));
            }
            return new Opened(report, content);
        } catch (IOException e) {
            throw new NotFoundException("equipment.report-missing", Messages.text("equipment.refusal.report-missing"));
        }
    }

    private Path directoryOf(UUID organisationId) {
        return properties.directory().resolve(organisationId.toString()).resolve("equipment");
    }

    private Path pathOf(UUID organisationId, UUID id) {
        return directoryOf(organisationId).resolve(id.toString());
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
