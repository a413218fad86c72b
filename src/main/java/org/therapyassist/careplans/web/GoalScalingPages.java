package org.therapyassist.careplans.web;

import jakarta.validation.Validator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.therapyassist.careplans.GoalScaling;
import org.therapyassist.careplans.GoalScaling.ScaledGoal;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.web.FormErrors;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.CommandGuard;
import org.therapyassist.policy.Performs;

/** A goal with its attainment levels and reviews; scoring it at review. */
@Controller
class GoalScalingPages {

    static final List<Map.Entry<String, String>> LEVELS = List.of(Map.entry("-2", "−2 much less than expected"),
            Map.entry("-1", "−1 somewhat less than expected"), Map.entry("0", "0 expected outcome"),
            Map.entry("1", "+1 somewhat more than expected"), Map.entry("2", "+2 much more than expected"));

    private final GoalScaling goals;
    private final PatientRecords patients;
    private final Validator validator;
    private final java.time.Clock clock;

    private final CommandGuard guard;

    GoalScalingPages(GoalScaling goals, PatientRecords patients, Validator validator, java.time.Clock clock,
            CommandGuard guard) {
        this.guard = guard;
        this.goals = goals;
        this.patients = patients;
        this.validator = validator;
        this.clock = clock;
    }

    @GetMapping("/goals/{id}")
    String goal(CurrentUser me, @PathVariable UUID id, Model model) {
        var today = org.therapyassist.platform.Time.today(clock);
        model.addAttribute("form", new ReviewForm(String.valueOf(today.getDayOfMonth()), String.valueOf(today.getMonthValue()),
                String.valueOf(today.getYear()), null, null));
        return page(me, goals.open(me, id), model, new FormErrors());
    }

    @Performs(Command.REVIEW_GOAL)
    @PostMapping("/goals/{id}/reviews")
    String review(CurrentUser me, @PathVariable UUID id, @ModelAttribute("form") ReviewForm form, Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        var on = errors.date("reviewedOn", "date of the review", form.reviewedOnDay(), form.reviewedOnMonth(),
                form.reviewedOnYear(), true);
        var review = new GoalScaling.Review(on, errors.integer("level", "Level", form.level()), form.note());
        errors.validate(validator, review);
        if (errors.isEmpty()) {
            try {
                ScaledGoal g = goals.review(me, id, review);
                redirect.addFlashAttribute("banner", "Goal reviewed: " + g.reviews().getLast().levelTitle() + ".");
                return "redirect:/goals/" + id;
            } catch (InvalidInputException e) {
                errors.add(e);
            } catch (ConflictException e) {
                errors.refuse(e);
            }
        }
        return page(me, goals.open(me, id), model, errors);
    }

    private String page(CurrentUser me, ScaledGoal goal, Model model, FormErrors errors) {
        model.addAttribute("goal", goal);
        model.addAttribute("patient", patients.require(me.organisationId(), goal.patientId()));
        model.addAttribute("levels", LEVELS);
        model.addAttribute("canReview", guard.allows(me, Command.REVIEW_GOAL));
        model.addAttribute("errors", errors);
        return "careplans/goal";
    }

    record ReviewForm(String reviewedOnDay, String reviewedOnMonth, String reviewedOnYear, String level, String note) {
    }
}
