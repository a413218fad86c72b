package org.therapyassist.development.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.therapyassist.competence.CompetencyRegister;
import org.therapyassist.development.DevelopmentPlans;
import org.therapyassist.development.LearningTime;
import org.therapyassist.development.Thanks;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Stage;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Actions;
import org.therapyassist.platform.web.FormErrors;
import org.therapyassist.platform.web.FormPost;
import org.therapyassist.platform.web.FormValues;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.platform.web.PageSize;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.staff.StaffMember;

/** A person's PDP (objectives and reviews) and their ring-fenced learning time. */
@Controller
class PdpPages {

    private final StaffDirectory directory;
    private final DevelopmentPlans plans;
    private final LearningTime learning;
    private final CompetencyRegister competencies;
    private final Thanks thanks;
    private final Clock clock;

    PdpPages(StaffDirectory directory, DevelopmentPlans plans, LearningTime learning, CompetencyRegister competencies,
            Thanks thanks, Clock clock) {
        this.directory = directory;
        this.plans = plans;
        this.learning = learning;
        this.competencies = competencies;
        this.thanks = thanks;
        this.clock = clock;
    }

    @GetMapping("/staff/{id}/pdp")
    String show(CurrentUser me, @PathVariable UUID id, @PageSize(OBJECTIVES_PAGE) PageRequest page, Model model) {
        return page(me, id, model, new FormErrors(), FormValues.none(), page);
    }

    @Performs(Command.KEEP_PDP)
    @PostMapping("/staff/{id}/pdp/objectives")
    String add(CurrentUser me, @PathVariable UUID id, FormPost<DevelopmentForms.Objective> post, Model model,
            RedirectAttributes redirect) {
        return post.submit(form -> saved(id, redirect, Messages.text("development.banner.objective-added"),
                () -> plans.addObjective(me, id, form.command())),
                (errors, values) -> page(me, id, model, errors, values, PageRequest.first(OBJECTIVES_PAGE)));
    }

    /** One objective's status and actions, changed from its line: a refusal goes back to the PDP as its problem. */
    @Performs(Command.KEEP_PDP)
    @PostMapping("/pdp/objectives/{objectiveId}")
    String change(CurrentUser me, @PathVariable UUID objectiveId, @RequestParam UUID staffId,
            FormPost<DevelopmentForms.ObjectiveChange> post, RedirectAttributes redirect) {
        String back = "/staff/" + staffId + "/pdp";
        return post.submit(form -> Actions.run(redirect, back, () -> {
            plans.change(me, objectiveId, form.command());
            return Messages.text("development.banner.objective-updated");
        }), (errors, values) -> {
            redirect.addFlashAttribute("problem",
                    errors.getFields().isEmpty() ? errors.getSummary() : errors.getFields().values().iterator().next());
            return "redirect:" + back;
        });
    }

    @Performs(Command.REVIEW_PDP)
    @PostMapping("/staff/{id}/pdp/reviews")
    String review(CurrentUser me, @PathVariable UUID id, FormPost<DevelopmentForms.Review> post, Model model,
            RedirectAttributes redirect) {
        return post.submit(form -> saved(id, redirect, Messages.text("development.banner.review-recorded"),
                () -> plans.review(me, form.objectiveId(), form.command())),
                (errors, values) -> page(me, id, model, errors, values, PageRequest.first(OBJECTIVES_PAGE)));
    }

    @Performs(Command.AGREE_LEARNING_TIME)
    @PostMapping("/staff/{id}/learning-time")
    String agree(CurrentUser me, @PathVariable UUID id, FormPost<DevelopmentForms.LearningAgreement> post,
            Model model, RedirectAttributes redirect) {
        return post.submit(form -> saved(id, redirect, Messages.text("development.banner.learning-agreed"),
                () -> learning.agree(me, id, form.hoursPerMonth(), null)),
                (errors, values) -> page(me, id, model, errors, values, PageRequest.first(OBJECTIVES_PAGE)));
    }

    @Performs(Command.BOOK_LEARNING_TIME)
    @PostMapping("/staff/{id}/learning-time/sessions")
    String book(CurrentUser me, @PathVariable UUID id, FormPost<DevelopmentForms.LearningSession> post, Model model,
            RedirectAttributes redirect) {
        return post.submit(form -> saved(id, redirect, Messages.text("development.banner.learning-booked"),
                () -> learning.book(me, id, form.command())),
                (errors, values) -> page(me, id, model, errors, values, PageRequest.first(OBJECTIVES_PAGE)));
    }

    @Performs(Command.BOOK_LEARNING_TIME)
    @PostMapping("/learning-time/sessions/{sessionId}/{outcome:taken|cancel}")
    String close(CurrentUser me, @PathVariable UUID sessionId, @PathVariable String outcome, @RequestParam UUID staffId,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return Actions.run(redirect, "/staff/" + staffId + "/pdp", () -> {
            if (outcome.equals("taken")) {
                learning.markTaken(me, sessionId);
                return Messages.text("development.banner.learning-taken");
            }
            learning.cancel(me, sessionId, reason);
            return Messages.text("development.banner.learning-cancelled");
        });
    }

    private static String saved(UUID id, RedirectAttributes redirect, String banner, Runnable action) {
        action.run();
        redirect.addFlashAttribute("banner", banner);
        return "redirect:/staff/" + id + "/pdp";
    }

    static final int OBJECTIVES_PAGE = 20;

    private String page(CurrentUser me, UUID id, Model model, FormErrors errors, Map<String, String> values,
            PageRequest objectivePage) {
        StaffMember person = directory.require(me.organisationId(), id);
        var objectives = plans.of(me, id, objectivePage);
        List<Map.Entry<String, String>> towards = new ArrayList<>();
        person.stage()
                .ifPresent(current -> Arrays.stream(Stage.values()).filter(s -> s.compareTo(current) > 0).findFirst()
                        .ifPresent(
                                next -> towards.add(Map.entry("stage:" + next.name(),
                                        Messages.text("development.pdp.next-stage", next.title())))));
        competencies.catalogue()
                .forEach((code, title) -> towards.add(Map.entry("competency:" + code, code + " " + title)));
        model.addAttribute("person", person);
        model.addAttribute("objectives", objectives);
        LearningTime.Overview overview = learning.overview(me, id);
        LocalDate today = Time.today(clock);
        model.addAttribute("learning", overview);
        model.addAttribute("sessions", PdpActions.Session.of(overview.sessions(), today));
        model.addAttribute("reviewOverdue", objectives.items().stream()
                .filter(o -> o.reviewDate() != null && o.reviewDate().isBefore(today) && o.status().open())
                .map(o -> o.id()).collect(Collectors.toSet()));
        model.addAttribute("can", PdpActions.of(me, id, !objectives.isEmpty()));
        model.addAttribute("towards", towards);
        model.addAttribute("statuses", Arrays.stream(DevelopmentPlans.Status.values())
                .map(s -> Map.entry(s.name(), s.title())).toList());
        model.addAttribute("objectiveOptions", objectives.items().stream()
                .map(o -> Map.entry(o.id().toString(), o.objective())).toList());
        model.addAttribute("thanksOptions", thanks.receivedBy(me.organisationId(), id, 20).stream()
                .map(t -> Map.entry(t.id().toString(), t.fromName() + ": " + abbreviate(t.message()))).toList());
        model.addAttribute("errors", errors);
        model.addAttribute("v", new HashMap<>(values));
        return "development/pdp";
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
