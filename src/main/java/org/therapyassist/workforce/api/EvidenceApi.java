package org.therapyassist.workforce.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.workforce.EvidenceFile;
import org.therapyassist.workforce.EvidenceFiles;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;

@RestController
@Tag(name = "Evidence", description = "Certificates and other evidence files: PDF, PNG or JPEG, every view audited")
class EvidenceApi {

    private final EvidenceFiles evidence;

    EvidenceApi(EvidenceFiles evidence) {
        this.evidence = evidence;
    }

    @Performs(Command.RECORD_TRAINING)
    @PostMapping(path = "/api/v1/staff/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload an evidence file (part 'file': PDF, PNG or JPEG, checked by its content, 5 MB at most)")
    ResponseEntity<EvidenceFile> upload(CurrentUser me, @PathVariable UUID id,
            @RequestPart(name = "file", required = false) MultipartFile file) {
        return ResponseEntity.status(201).body(evidence.store(me, id, file));
    }

    @GetMapping("/api/v1/evidence/{id}")
    @Operation(summary = "Download an evidence file, as an attachment; only for the person, their supervisors and leads")
    ResponseEntity<byte[]> download(CurrentUser me, @PathVariable UUID id) {
        return attachment(evidence.open(me, id));
    }

    static ResponseEntity<byte[]> attachment(EvidenceFiles.Opened opened) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(opened.file().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(opened.file().originalName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(opened.content());
    }
}
