package org.therapyassist.caseload.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.therapyassist.careplans.CareSetting;
import org.therapyassist.careplans.ConditionCategory;
import org.therapyassist.caseload.Caseloads;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.web.PagedResponses;

@RestController
@Tag(name = "Caseload")
class CaseloadApi {

    private final Caseloads caseloads;

    CaseloadApi(Caseloads caseloads) {
        this.caseloads = caseloads;
    }

    @GetMapping("/api/v1/caseload")
    @Operation(summary = "Open episodes as a caseload list: MINE (a therapist's own episodes; a support worker's "
            + "patients with tasks delegated to them), TEAM (the caller's team) or WARD (the team's ward patients, in "
            + "bed order). Filters narrow it; patients the caller may not open are never listed; the patients on the "
            + "page returned are audited as seen. At most 1000 open episodes are read for one list: X-Caseload-Cut-Short "
            + "is true when more matched, and a narrower filter is needed")
    ResponseEntity<List<Caseloads.Row>> caseload(CurrentUser me,
            @Parameter(description = "Which list (default MINE)") @RequestParam(required = false) Caseloads.View view,
            @Parameter(description = "Only this care setting") @RequestParam(required = false) CareSetting setting,
            @Parameter(description = "Only this condition category") @RequestParam(required = false) ConditionCategory category,
            @Parameter(description = "Only patients with open delegations") @RequestParam(defaultValue = "false") boolean withDelegations,
            @Parameter(description = "Only patients with alerts") @RequestParam(defaultValue = "false") boolean withAlerts,
            @Parameter(description = "Order (default NAME; LOCATION for WARD)") @RequestParam(required = false) Caseloads.Order order,
            PageRequest page) {
        Caseloads.Listing listing = caseloads.of(me,
                new Caseloads.Query(view, setting, category, withDelegations, withAlerts, order), page);
        ResponseEntity<List<Caseloads.Row>> response = PagedResponses.of(listing.rows());
        return ResponseEntity.ok().headers(response.getHeaders())
                .header("X-Caseload-Cut-Short", String.valueOf(listing.cutShort())).body(response.getBody());
    }
}
