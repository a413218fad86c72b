package org.therapyassist.training.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.training.EvidenceFiles;

/** Evidence downloads from the pages: always an attachment, never rendered inline, every view audited. */
@Controller
class EvidencePages {

    private final EvidenceFiles evidence;

    EvidencePages(EvidenceFiles evidence) {
        this.evidence = evidence;
    }

    @GetMapping("/evidence/{id}")
    ResponseEntity<byte[]> download(CurrentUser me, @PathVariable UUID id) {
        EvidenceFiles.Opened opened = evidence.open(me, id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(opened.file().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(opened.file().originalName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(opened.content());
    }
}
