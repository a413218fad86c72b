package org.therapyassist.careplans.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.therapyassist.careplans.CarePlans;
import org.therapyassist.careplans.CareSetting;
import org.therapyassist.careplans.Commands;
import org.therapyassist.careplans.ConditionCategory;
import org.therapyassist.careplans.Episode;
import org.therapyassist.careplans.GoalScaling;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.web.FormErrors;
import org.therapyassist.platform.web.FormPost;
import org.therapyassist.platform.web.FormValues;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.staff.StaffMember;

@Controller
class CarePlanPages {

    private final CarePlans carePlans;
    private final PatientRecords patients;
    private final StaffDirectory staff;
    private final GoalScaling goalScaling;

    CarePlanPages(CarePlans carePlans, PatientRecords patients, StaffDirectory staff, GoalScaling goalScaling) {
        this.goalScaling = goalScaling;
        this.carePlans = carePlans;
        this.patients = patients;
        this.staff = staff;
    }

    @GetMapping("/patients/{patientId}/episodes/new")
    String newEpisode(CurrentUser me, @PathVariable UUID patientId, Model model) {
        Map<String, String> defaults = new HashMap<>();
        defaults.put("teamId", me.teamId() == null ? null : me.teamId().toString());
        defaults.put("leadTherapistId", me.staffId().toString());
        return episodeForm(me, patientId, model, new FormErrors(), FormValues.ofSingle(defaults));
    }

    @Performs(Command.OPEN_EPISODE)
    @PostMapping("/patients/{patientId}/episodes")
    String openEpisode(CurrentUser me, @PathVariable UUID patientId, FormPost<Commands.OpenEpisode> post, Model model) {
        return post.submit(episode -> {
            carePlans.open(me, patientId, episode);
            return "redirect:/patients/" + patientId;
        }, (errors, values) -> episodeForm(me, patientId, model, errors, values));
    }

    private String episodeForm(CurrentUser me, UUID patientId, Model model, FormErrors errors, FormValues values) {
        model.addAttribute("form", values);
        model.addAttribute("patient", patients.require(me.organisationId(), patientId));
        model.addAttribute("categories",
                Arrays.stream(ConditionCategory.values()).map(c -> Map.entry(c.name(), c.title())).toList());
        model.addAttribute("settings",
                Arrays.stream(CareSetting.values()).map(c -> Map.entry(c.name(), c.title())).toList());
        model.addAttribute("teams",
                staff.teams(me.organisationId()).stream().map(t -> Map.entry(t.id().toString(), t.name())).toList());
        model.addAttribute("leads", staff.options(me.organisationId(), StaffDirectory.Pick.REGISTERED).stream()
                .filter(StaffMember::isRegistrant)
                .map(s -> Map.entry(s.id().toString(),
                        Messages.text("careplans.episode.lead.option", s.displayName(), s.jobRole().title())))
                .toList());
        model.addAttribute("errors", errors);
        return "careplans/episode-new";
    }

    @GetMapping("/episodes/{id}/goals/new")
    String newGoal(CurrentUser me, @PathVariable UUID id, Model model) {
        return goalForm(me, id, model, new FormErrors(), FormValues.ofSingle(Map.of("baseline", "-1", "weight", "1")));
    }

    @Performs(Command.ADD_GOAL)
    @PostMapping("/episodes/{id}/goals")
    String addGoal(CurrentUser me, @PathVariable UUID id, FormPost<GoalForm> post, Model model) {
        return post.validating(GoalForm::goal).validating(GoalForm::levels).submit(form -> {
            goalScaling.addGoal(me, id, form.goal(), form.levels());
            return "redirect:/patients/" + carePlans.require(me.organisationId(), id).patientId() + "#goal-attainment";
        }, (errors, values) -> goalForm(me, id, model, errors, values));
    }

    private String goalForm(CurrentUser me, UUID id, Model model, FormErrors errors, FormValues values) {
        model.addAttribute("form", values);
        Episode episode = carePlans.require(me.organisationId(), id);
        model.addAttribute("episode", episode);
        model.addAttribute("patient", patients.require(me.organisationId(), episode.patientId()));
        model.addAttribute("errors", errors);
        model.addAttribute("levels", GoalScalingPages.levels());
        return "careplans/goal-new";
    }

    @GetMapping("/episodes/{id}/programme/new")
    String newItem(CurrentUser me, @PathVariable UUID id, Model model) {
        return itemForm(me, id, model, new FormErrors(), FormValues.none());
    }

    @Performs(Command.ADD_PROGRAMME_ITEM)
    @PostMapping("/episodes/{id}/programme")
    String addItem(CurrentUser me, @PathVariable UUID id, FormPost<Commands.AddProgrammeItem> post, Model model) {
        return post.submit(item -> "redirect:/patients/" + carePlans.addProgrammeItem(me, id, item).patientId(),
                (errors, values) -> itemForm(me, id, model, errors, values));
    }

    private String itemForm(CurrentUser me, UUID id, Model model, FormErrors errors, FormValues values) {
        model.addAttribute("form", values);
        Episode episode = carePlans.require(me.organisationId(), id);
        model.addAttribute("episode", episode);
        model.addAttribute("patient", patients.require(me.organisationId(), episode.patientId()));
        model.addAttribute("errors", errors);
        return "careplans/programme-new";
    }

    /** A goal, with its attainment levels when any is filled in (else a goal without scaling). */
    record GoalForm(String description, LocalDate targetDate, String minus2, String minus1, String zero, String plus1,
            String plus2, Integer baseline, Integer weight) {

        Commands.AddGoal goal() {
            return new Commands.AddGoal(description, targetDate);
        }

        GoalScaling.Levels levels() {
            if (Stream.of(minus2, minus1, zero, plus1, plus2).allMatch(v -> v == null || v.isBlank())) {
                return null;
            }
            return new GoalScaling.Levels(weight, minus2, minus1, zero, plus1, plus2, baseline);
        }
    }
}
