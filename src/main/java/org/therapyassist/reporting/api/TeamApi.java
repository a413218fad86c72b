package org.therapyassist.reporting.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.reporting.TeamOverview;

@RestController
@Tag(name = "Team overview")
class TeamApi {

    private final TeamOverview overview;

    TeamApi(TeamOverview overview) {
        this.overview = overview;
    }

    @GetMapping("/api/v1/team-overview")
    @Operation(summary = "Team lead: open delegations per support worker, overdue reviews, records awaiting countersign")
    List<TeamOverview.TeamLine> overview(CurrentUser me) {
        return overview.of(me);
    }
}
