package org.therapyassist.reporting.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Time;
import org.therapyassist.reporting.ContributionReport;

@RestController
@Tag(name = "Reports")
class ContributionApi {

    private final ContributionReport report;
    private final Clock clock;

    ContributionApi(ContributionReport report, Clock clock) {
        this.report = report;
        this.clock = clock;
    }

    @GetMapping("/api/v1/reports/contributions")
    @Operation(summary = "Share of patient contacts delivered by support workers vs registered therapists (by kind), and "
            + "first-to-last change in each outcome measure for patients mostly cared for by each; team leads and registrants")
    ContributionReport.Report contributions(CurrentUser me,
            @Parameter(description = "First day, default a year ago") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "Last day, default today") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "Only contacts by staff of this team") @RequestParam(required = false) UUID teamId) {
        LocalDate today = Time.today(clock);
        return report.of(me, from == null ? today.minusYears(1).plusDays(1) : from, to == null ? today : to, teamId);
    }
}
