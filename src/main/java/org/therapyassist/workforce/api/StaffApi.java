package org.therapyassist.workforce.api;

import org.springframework.http.ResponseEntity;
import org.therapyassist.platform.web.PagedResponses;
import org.therapyassist.platform.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Time;
import org.therapyassist.workforce.CompetencyRegister;
import org.therapyassist.workforce.CompetencySignOff;
import org.therapyassist.workforce.StaffDirectory;
import org.therapyassist.workforce.StaffMember;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Staff", description = "Who works here, their roles, bands, stages and competency sign-offs")
class StaffApi {

    private final StaffDirectory directory;
    private final CompetencyRegister competencies;
    private final Clock clock;

    StaffApi(StaffDirectory directory, CompetencyRegister competencies, Clock clock) {
        this.directory = directory;
        this.competencies = competencies;
        this.clock = clock;
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in member of staff")
    Me me(CurrentUser me) {
        StaffMember s = directory.require(me.organisationId(), me.staffId());
        return new Me(StaffView.of(s), me.roles().stream().map(Enum::name).sorted().toList());
    }

    @GetMapping("/staff")
    @Operation(summary = "Staff of my organisation; supportWorkersOnly narrows to those who can take delegated work")
    ResponseEntity<List<StaffView>> staff(CurrentUser me, @RequestParam(defaultValue = "false") boolean supportWorkersOnly,
            PageRequest page) {
        return PagedResponses.of(directory.page(me.organisationId(), supportWorkersOnly, page).map(StaffView::of));
    }

    @GetMapping("/staff/{id}/competencies")
    @Operation(summary = "A member of staff's competency sign-offs, with whether each is in date today")
    ResponseEntity<List<SignOffView>> competencies(CurrentUser me, @PathVariable UUID id, PageRequest page) {
        directory.require(me.organisationId(), id);
        LocalDate today = Time.today(clock);
        return PagedResponses.of(competencies.signOffsOf(me.organisationId(), id, page)
                .map(s -> new SignOffView(s.id(), s.competencyCode(), s.competencyTitle(), s.assessorName(),
                        s.signedOn(), s.expiresOn(), s.inDateOn(today))));
    }

    @Schema(name = "SignedInStaff")
    record Me(StaffView staff,
            @ArraySchema(schema = @Schema(implementation = org.therapyassist.platform.Role.class)) List<String> roles) {
    }

    @Schema(name = "Staff")
    record StaffView(UUID id, String name, @Schema(implementation = org.therapyassist.workforce.JobRole.class) String jobRole,
            String jobTitle, int band, @Schema(implementation = org.therapyassist.platform.Stage.class) String stage,
            String hcpcNumber,
            UUID teamId, String team, boolean registrant) {
        static StaffView of(StaffMember s) {
            return new StaffView(s.id(), s.displayName(), s.jobRole().name(), s.jobRole().title(), s.band(),
                    s.stage().map(Enum::name).orElse(null), s.hcpcNumber(), s.teamId(), s.teamName(), s.isRegistrant());
        }
    }

    @Schema(name = "CompetencySignOff")
    record SignOffView(UUID id, String competencyCode, String title, String assessor, LocalDate signedOn,
            LocalDate expiresOn, boolean inDate) {
    }
}
