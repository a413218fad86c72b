package org.therapyassist.equipment.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.therapyassist.equipment.InspectionReports;
import org.therapyassist.platform.CurrentUser;

/** Inspection reports as downloads only (never shown inside the application's pages), for pages and the API alike. */
@RestController
class ReportDownloads {

    private final InspectionReports reports;

    ReportDownloads(InspectionReports reports) {
        this.reports = reports;
    }

    @GetMapping({"/equipment/reports/{id}", "/api/v1/equipment/reports/{id}"})
    @Tag(name = "Equipment assets")
    @Operation(summary = "An examiner's report attached to an inspection, as it was uploaded (PDF, PNG or JPEG)", responses = @ApiResponse(responseCode = "200", description = "The report", content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary"))}))
    ResponseEntity<byte[]> download(CurrentUser me, @PathVariable UUID id) {
        InspectionReports.Opened opened = reports.open(me, id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(opened.report().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(opened.report().originalName()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(opened.content());
    }
}
