package org.therapyassist.reporting.api;

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
import org.therapyassist.reporting.TeamOverview;

@RestController
@Tag(name = "Team overview")
class TeamApi {

    private final TeamOverview overview;

    TeamApi(TeamOverview overview) {
        this.overview = overview;
    }

    @GetMapping("/api/v1/team-overview")
    @Operation(summary = "Team lead: each team's open delegations, overdue reviews, records awaiting countersignature and "
            + "open escalations, totalled over its support workers; the workers are at /teams/{id}/team-overview/workers")
    ResponseEntity<List<TeamOverview.TeamLine>> overview(CurrentUser me, PageRequest page) {
        return PagedResponses.of(overview.of(me, page));
    }

    @GetMapping("/api/v1/teams/{id}/team-overview/workers")
    @Operation(summary = "Team lead: a team's support workers by name, each with their open delegations, overdue reviews, "
            + "records awaiting countersignature and open escalations")
    ResponseEntity<List<TeamOverview.WorkerLine>> workers(CurrentUser me, @PathVariable UUID id, PageRequest page) {
        return PagedResponses.of(overview.workers(me, id, page));
    }
}
