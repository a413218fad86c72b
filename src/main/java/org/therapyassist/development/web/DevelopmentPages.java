package org.therapyassist.development.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.therapyassist.competence.Development;
import org.therapyassist.competence.GapStatus;
import org.therapyassist.competence.Passports;
import org.therapyassist.competence.TrainingNeeds;
import org.therapyassist.induction.Rotations;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.web.FormErrors;
import org.therapyassist.platform.web.FormPost;
import org.therapyassist.platform.web.FormValues;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.platform.web.PageSize;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.training.EvidenceFiles;

/** My development (self-assessment, what is due, career pathway) and the lead's gap analysis. */
@Controller
class DevelopmentPages {

    private final Development development;
    private final TrainingNeeds trainingNeeds;
    private final StaffDirectory directory;
    private final Passports passports;
    private final Rotations rotations;

    DevelopmentPages(Development development, TrainingNeeds trainingNeeds, StaffDirectory directory,
            Passports passports,
            Rotations rotations) {
        this.passports = passports;
        this.rotations = rotations;
        this.development = development;
        this.trainingNeeds = trainingNeeds;
        this.directory = directory;
    }

    @GetMapping("/development")
    String mine(CurrentUser me) {
        return "redirect:/staff/" + me.staffId() + "/development";
    }

    @GetMapping("/staff/{id}/development")
    String profile(CurrentUser me, @PathVariable UUID id, Model model) {
        Development.Profile profile = development.profileOf(me, id);
        model.addAttribute("profile", profile);
        model.addAttribute("heldInDate", profile.count(GapStatus.HELD) + profile.count(GapStatus.EXPIRING));
        model.addAttribute("stillNeeded", profile.count(GapStatus.MISSING));
        model.addAttribute("expired", profile.count(GapStatus.EXPIRED));
        model.addAttribute("domains", development.domains());
        model.addAttribute("imported", passports.importedFor(me, id, PageRequest.first(10)));
        model.addAttribute("placement", rotations.placementOf(me.organisationId(), id));
        model.addAttribute("isMe", me.is(id));
        return "development/development";
    }

    @GetMapping("/staff/{id}/development/{code}")
    String statement(CurrentUser me, @PathVariable UUID id, @PathVariable String code,
            @PageSize(HISTORY_PAGE) PageRequest page, Model model) {
        return statementPage(me, id, code, model, new FormErrors(), FormValues.none(), page);
    }

    @Performs(Command.SELF_ASSESS)
    @PostMapping("/staff/{id}/development/{code}")
    String selfAssess(CurrentUser me, @PathVariable UUID id, @PathVariable String code,
            FormPost<DevelopmentForms.SelfAssessment> post,
            @RequestParam(name = "file", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect) {
        // The page has one file input, named as the evidence store names it.
        return post.fields(field -> field.equals("evidenceFile") ? EvidenceFiles.FIELD : field).submit(form -> {
            development.selfAssess(me, id, code, form.command(), file);
            redirect.addFlashAttribute("banner", Messages.text("development.banner.self-assessed", code));
            return "redirect:/staff/" + id + "/development/" + code;
        }, (errors, values) -> statementPage(me, id, code, model, errors, values, PageRequest.first(HISTORY_PAGE)));
    }

    static final int HISTORY_PAGE = 25;

    private String statementPage(CurrentUser me, UUID id, String code, Model model, FormErrors errors,
            Map<String, String> values, PageRequest historyPage) {
        Development.Profile profile = development.profileOf(me, id);
        Development.Line line = profile.lines().stream().filter(l -> l.statement().code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("competency.unknown",
                        Messages.text("development.refusal.no-competency", code)));
        model.addAttribute("profile", profile);
        model.addAttribute("line", line);
        model.addAttribute("history", development.historyOf(me, id, code, historyPage));
        model.addAttribute("isMe", me.is(id));
        model.addAttribute("can", StatementActions.of(me, profile, line));
        model.addAttribute("ratings",
                Arrays.stream(Development.Rating.values()).map(r -> Map.entry(r.name(), r.title())).toList());
        model.addAttribute("kinds", Arrays.stream(Development.EvidenceKind.values())
                .map(k -> Map.entry(k.name(), k.title())).toList());
        model.addAttribute("errors", errors);
        model.addAttribute("v", values);
        return "development/development-statement";
    }

    @GetMapping("/reports/training-needs")
    String gapAnalysis(CurrentUser me, @RequestParam(required = false) String team, Model model) {
        UUID teamId = Text.uuidOrNull(team);
        if (teamId == null && team == null && me.teamId() != null) {
            teamId = me.teamId();
        }
        TrainingNeeds.Grid grid = trainingNeeds.grid(me, teamId);
        model.addAttribute("grid", grid);
        model.addAttribute("missing", grid.total(GapStatus.MISSING));
        model.addAttribute("expired", grid.total(GapStatus.EXPIRED));
        model.addAttribute("expiring", grid.total(GapStatus.EXPIRING));
        // Each person's competencies still to get: missing for their stage, or expired or withdrawn.
        model.addAttribute("toDo", grid.rows().stream().collect(Collectors.toMap(r -> r.person().id(),
                r -> r.count(GapStatus.MISSING) + r.count(GapStatus.EXPIRED), (a, b) -> a)));
        model.addAttribute("teams", directory.teams(me.organisationId()));
        model.addAttribute("teamId", teamId);
        model.addAttribute("statuses",
                List.of(GapStatus.HELD, GapStatus.EXPIRING, GapStatus.EXPIRED, GapStatus.MISSING));
        return "development/training-needs";
    }

    @GetMapping("/reports/training-needs.csv")
    ResponseEntity<byte[]> gapAnalysisCsv(CurrentUser me, @RequestParam(required = false) String team) {
        TrainingNeeds.Grid grid = trainingNeeds.grid(me, Text.uuidOrNull(team));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
        headers.setContentDisposition(ContentDisposition.attachment()
                .filename("training-needs-" + grid.on() + ".csv").build());
        return ResponseEntity.ok().headers(headers).body(TrainingNeeds.csv(grid).getBytes(StandardCharsets.UTF_8));
    }
}
