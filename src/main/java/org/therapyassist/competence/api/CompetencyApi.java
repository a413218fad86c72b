package org.therapyassist.competence.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.therapyassist.competence.CompetencyRegister;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.PagedResponses;
import org.therapyassist.staff.StaffDirectory;

/** A member of staff's competency sign-offs, listed with the staff directory under one API heading. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Staff", description = "Who works here, their roles, bands, stages and competency sign-offs")
class CompetencyApi {

    private final StaffDirectory directory;
    private final CompetencyRegister competencies;
    private final Clock clock;

    CompetencyApi(StaffDirectory directory, CompetencyRegister competencies, Clock clock) {
        this.directory = directory;
        this.competencies = competencies;
        this.clock = clock;
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

    @Schema(name = "CompetencySignOff")
    record SignOffView(UUID id, String competencyCode, String title, String assessor, LocalDate signedOn,
            LocalDate expiresOn, boolean inDate) {
    }
}
