package org.therapyassist.record.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.web.PagedResponses;
import org.therapyassist.record.PatientRecordView;

@RestController
@Tag(name = "Patients")
class TimelineApi {

    private final PatientRecordView record;

    TimelineApi(PatientRecordView record) {
        this.record = record;
    }

    @GetMapping("/api/v1/patients/{id}/timeline")
    @Operation(summary = "Everything that happened in the patient's record, newest first. It goes back "
            + PatientRecordView.TIMELINE_DEPTH
            + " entries (page × size beyond that is a 400); as it is merged from every "
            + "part of the record, there is no X-Total-Count: follow rel=\"next\"")
    ResponseEntity<List<PatientRecordView.TimelineEntry>> timeline(CurrentUser me, @PathVariable UUID id,
            PageRequest page) {
        return PagedResponses.of(record.timeline(me, id, page));
    }
}
