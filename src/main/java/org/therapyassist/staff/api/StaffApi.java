package org.therapyassist.staff.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Role;
import org.therapyassist.platform.Stage;
import org.therapyassist.platform.web.PagedResponses;
import org.therapyassist.staff.JobRole;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.staff.StaffMember;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Staff", description = "Who works here, their roles, bands, stages and competency sign-offs")
class StaffApi {

    private final StaffDirectory directory;

    StaffApi(StaffDirectory directory) {
        this.directory = directory;
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in member of staff")
    Me me(CurrentUser me) {
        StaffMember s = directory.require(me.organisationId(), me.staffId());
        return new Me(StaffView.of(s), me.roles().stream().map(Enum::name).sorted().toList());
    }

    @GetMapping("/staff")
    @Operation(summary = "Staff of my organisation; supportWorkersOnly narrows to those who can take delegated work")
    ResponseEntity<List<StaffView>> staff(CurrentUser me,
            @RequestParam(defaultValue = "false") boolean supportWorkersOnly,
            PageRequest page) {
        return PagedResponses.of(directory.page(me.organisationId(), supportWorkersOnly, page).map(StaffView::of));
    }

    @Schema(name = "SignedInStaff")
    record Me(StaffView staff,
            @ArraySchema(schema = @Schema(implementation = Role.class)) List<String> roles) {
    }

    @Schema(name = "Staff")
    record StaffView(UUID id, String name,
            @Schema(implementation = JobRole.class) String jobRole,
            String jobTitle, int band, @Schema(implementation = Stage.class) String stage,
            String hcpcNumber,
            UUID teamId, String team, boolean registrant) {
        static StaffView of(StaffMember s) {
            return new StaffView(s.id(), s.displayName(), s.jobRole().name(), s.jobRole().title(), s.band(),
                    s.stage().map(Enum::name).orElse(null), s.hcpcNumber(), s.teamId(), s.teamName(), s.isRegistrant());
        }
    }
}
