package org.therapyassist.careplans.web;

import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
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
import org.therapyassist.platform.Text;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.web.FormErrors;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.staff.StaffMember;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;

@Controller
class CarePlanPages {

    private final CarePlans carePlans;
    private final PatientRecords patients;
    private final StaffDirectory staff;
    private final Validator validator;
    private final GoalScaling goalScaling;

    CarePlanPages(CarePlans carePlans, PatientRecords patients, StaffDirectory staff, Validator validator,
            GoalScaling goalScaling) {
        this.goalScaling = goalScaling;
        this.carePlans = carePlans;
        this.patients = patients;
        this.staff = staff;
        this.validator = validator;
    }

    @GetMapping("/patients/{patientId}/episodes/new")
    String newEpisode(CurrentUser me, @PathVariable UUID patientId, Model model) {
        model.addAttribute("form", new EpisodeForm(null, null, null, null, me.teamId() == null ? null : me.teamId().toString(),
                me.staffId().toString()));
        return episodeForm(me, patientId, model, new FormErrors());
    }

    @Performs(Command.OPEN_EPISODE)
    @PostMapping("/patients/{patientId}/episodes")
    String openEpisode(CurrentUser me, @PathVariable UUID patientId, @ModelAttribute("form") EpisodeForm form, Model model) {
        FormErrors errors = new FormErrors();
        var command = new Commands.OpenEpisode(form.referralReason(),
                errors.choice("category", ConditionCategory.class, form.category()),
                errors.choice("setting", CareSetting.class, form.setting()), form.location(), Text.uuidOrNull(form.teamId()),
                Text.uuidOrNull(form.leadTherapistId()));
        errors.validate(validator, command);
        if (errors.isEmpty()) {
            try {
                carePlans.open(me, patientId, command);
                return "redirect:/patients/" + patientId;
            } catch (InvalidInputException e) {
                errors.add(e);
            }
        }
        return episodeForm(me, patientId, model, errors);
    }

    private String episodeForm(CurrentUser me, UUID patientId, Model model, FormErrors errors) {
        model.addAttribute("patient", patients.require(me.organisationId(), patientId));
        model.addAttribute("categories", Arrays.stream(ConditionCategory.values()).map(c -> Map.entry(c.name(), c.title())).toList());
        model.addAttribute("settings", Arrays.stream(CareSetting.values()).map(c -> Map.entry(c.name(), c.title())).toList());
        model.addAttribute("teams", staff.teams(me.organisationId()).stream().map(t -> Map.entry(t.id().toString(), t.name())).toList());
        model.addAttribute("leads", staff.options(me.organisationId(), StaffDirectory.Pick.REGISTERED).stream().filter(StaffMember::isRegistrant)
                .map(s -> Map.entry(s.id().toString(), s.displayName() + " (" + s.jobRole().title() + ")")).toList());
        model.addAttribute("errors", errors);
        return "careplans/episode-new";
    }

    @GetMapping("/episodes/{id}/goals/new")
    String newGoal(CurrentUser me, @PathVariable UUID id, Model model) {
        model.addAttribute("form", new GoalForm(null, null, null, null, null, null, null, null, null, "-1", "1"));
        return goalForm(me, id, model, new FormErrors());
    }

    @Performs(Command.ADD_GOAL)
    @PostMapping("/episodes/{id}/goals")
    String addGoal(CurrentUser me, @PathVariable UUID id, @ModelAttribute("form") GoalForm form, Model model) {
        FormErrors errors = new FormErrors();
        var target = errors.date("targetDate", "target date", form.targetDateDay(), form.targetDateMonth(),
                form.targetDateYear(), true);
        var command = new Commands.AddGoal(form.description(), target);
        errors.validate(validator, command);
        GoalScaling.Levels levels = form.levels(errors);
        if (levels != null) {
            errors.validate(validator, levels);
        }
        if (errors.isEmpty()) {
            try {
                goalScaling.addGoal(me, id, command, levels);
                return "redirect:/patients/" + carePlans.require(me.organisationId(), id).patientId() + "#goal-attainment";
            } catch (InvalidInputException e) {
                errors.add(e);
            }
        }
        return goalForm(me, id, model, errors);
    }

    private String goalForm(CurrentUser me, UUID id, Model model, FormErrors errors) {
        Episode episode = carePlans.require(me.organisationId(), id);
        model.addAttribute("episode", episode);
        model.addAttribute("patient", patients.require(me.organisationId(), episode.patientId()));
        model.addAttribute("errors", errors);
        model.addAttribute("levels", GoalScalingPages.LEVELS);
        return "careplans/goal-new";
    }

    @GetMapping("/episodes/{id}/programme/new")
    String newItem(CurrentUser me, @PathVariable UUID id, Model model) {
        model.addAttribute("form", new ItemForm(null, null, null, null, null));
        return itemForm(me, id, model, new FormErrors());
    }

    @Performs(Command.ADD_PROGRAMME_ITEM)
    @PostMapping("/episodes/{id}/programme")
    String addItem(CurrentUser me, @PathVariable UUID id, @ModelAttribute("form") ItemForm form, Model model) {
        FormErrors errors = new FormErrors();
        var command = new Commands.AddProgrammeItem(form.activity(), errors.integer("sets", "Sets", form.sets()),
                errors.integer("repetitions", "Repetitions", form.repetitions()), form.frequency(), form.progressionLimits());
        errors.validate(validator, command);
        if (errors.isEmpty()) {
            Episode e = carePlans.addProgrammeItem(me, id, command);
            return "redirect:/patients/" + e.patientId();
        }
        return itemForm(me, id, model, errors);
    }

    private String itemForm(CurrentUser me, UUID id, Model model, FormErrors errors) {
        Episode episode = carePlans.require(me.organisationId(), id);
        model.addAttribute("episode", episode);
        model.addAttribute("patient", patients.require(me.organisationId(), episode.patientId()));
        model.addAttribute("errors", errors);
        return "careplans/programme-new";
    }


    record EpisodeForm(String referralReason, String category, String setting, String location, String teamId,
            String leadTherapistId) {
    }

    record GoalForm(String description, String targetDateDay, String targetDateMonth, String targetDateYear,
            String minus2, String minus1, String zero, String plus1, String plus2, String baseline, String weight) {

        /** The attainment levels when any is filled in, else null (a goal without scaling). */
        GoalScaling.Levels levels(FormErrors errors) {
            if (Stream.of(minus2, minus1, zero, plus1, plus2).allMatch(v -> v == null || v.isBlank())) {
                return null;
            }
            return new GoalScaling.Levels(errors.integer("weight", "Weight", weight), minus2, minus1, zero, plus1, plus2,
                    errors.integer("baseline", "Baseline", baseline));
        }
    }

    record ItemForm(String activity, String sets, String repetitions, String frequency, String progressionLimits) {
    }

}
