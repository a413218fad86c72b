package org.therapyassist.careplans.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.therapyassist.careplans.GoalAttainment;
import org.therapyassist.careplans.GoalScaling;
import org.therapyassist.careplans.GoalScaling.ScaledGoal;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.FormErrors;
import org.therapyassist.platform.web.FormPost;
import org.therapyassist.platform.web.FormValues;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.CommandGuard;
import org.therapyassist.policy.Performs;

/** A goal with its attainment levels and reviews; scoring it at review. */
@Controller
class GoalScalingPages {

    /** The five attainment levels, −2 to +2, in the request's language. */
    static List<Map.Entry<String, String>> levels() {
        return IntStream.rangeClosed(-2, 2)
                .mapToObj(l -> Map.entry(String.valueOf(l), GoalAttainment.levelTitle(l))).toList();
    }

    private final GoalScaling goals;
    private final PatientRecords patients;
    private final Clock clock;

    private final CommandGuard guard;

    GoalScalingPages(GoalScaling goals, PatientRecords patients, Clock clock, CommandGuard guard) {
        this.guard = guard;
        this.goals = goals;
        this.patients = patients;
        this.clock = clock;
    }

    @GetMapping("/goals/{id}")
    String goal(CurrentUser me, @PathVariable UUID id, Model model) {
        var today = Time.today(clock);
        return page(me, goals.open(me, id), model, new FormErrors(), FormValues.ofSingle(Map.of("reviewedOnDay",
                String.valueOf(today.getDayOfMonth()), "reviewedOnMonth", String.valueOf(today.getMonthValue()),
                "reviewedOnYear", String.valueOf(today.getYear()))));
    }

    @Performs(Command.REVIEW_GOAL)
    @PostMapping("/goals/{id}/reviews")
    String review(CurrentUser me, @PathVariable UUID id, FormPost<GoalScaling.Review> post, Model model,
            RedirectAttributes redirect) {
        return post.submit(review -> {
            ScaledGoal g = goals.review(me, id, review);
            redirect.addFlashAttribute("banner",
                    Messages.text("careplans.goal.banner.reviewed", g.reviews().getLast().levelTitle()));
            return "redirect:/goals/" + id;
        }, (errors, values) -> page(me, goals.open(me, id), model, errors, values));
    }

    private String page(CurrentUser me, ScaledGoal goal, Model model, FormErrors errors, FormValues values) {
        model.addAttribute("form", values);
        model.addAttribute("goal", goal);
        model.addAttribute("patient", patients.require(me.organisationId(), goal.patientId()));
        model.addAttribute("levels", levels());
        model.addAttribute("canReview", guard.allows(me, Command.REVIEW_GOAL));
        model.addAttribute("errors", errors);
        return "careplans/goal";
    }
}
