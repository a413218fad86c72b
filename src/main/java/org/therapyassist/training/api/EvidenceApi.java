package org.therapyassist.training.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.web.ProblemResponses;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;
import org.therapyassist.training.EvidenceFile;
import org.therapyassist.training.EvidenceFiles;

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
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<EvidenceFile> upload(CurrentUser me, @PathVariable UUID id,
            @RequestPart(name = "file", required = false) MultipartFile file) {
        return ResponseEntity.status(201).body(evidence.store(me, id, file));
    }

    @GetMapping("/api/v1/evidence/{id}")
    @Operation(summary = "Download an evidence file, as an attachment; only for the person, their supervisors and leads "
            + "(409 if the stored file no longer matches its checksum)", responses = @ApiResponse(responseCode = "200", description = "The file as it was uploaded", content = {
                    @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary"))}))
    @ProblemResponses(409)
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
