package org.therapyassist.development.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Stage;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.FormErrors;
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
        return page(me, id, model, new FormErrors(), Map.of(), page);
    }

    @Performs(Command.KEEP_PDP)
    @PostMapping("/staff/{id}/pdp/objectives")
    String add(CurrentUser me, @PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        LocalDate target = errors.date("targetDate", "target date", form.get("targetDateDay"),
                form.get("targetDateMonth"),
                form.get("targetDateYear"), true);
        LocalDate review = errors.date("reviewDate", "review date", form.get("reviewDateDay"),
                form.get("reviewDateMonth"),
                form.get("reviewDateYear"), false);
        String towards = form.getOrDefault("towards", "");
        String code = towards.startsWith("competency:") ? towards.substring(11) : null;
        Stage stage = towards.startsWith("stage:") ? errors.choice("towards", Stage.class, towards.substring(6)) : null;
        return attempt(me, id, model, errors, form, redirect, "Objective added.",
                () -> plans.addObjective(me, id, new DevelopmentPlans.NewObjective(code, stage, form.get("objective"),
                        form.get("actions"), target, review)));
    }

    @Performs(Command.KEEP_PDP)
    @PostMapping("/pdp/objectives/{objectiveId}")
    String change(CurrentUser me, @PathVariable UUID objectiveId, @RequestParam UUID staffId,
            @RequestParam(required = false) String status, @RequestParam(required = false) String actions,
            @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        try {
            DevelopmentPlans.Status s = status == null || status.isBlank()
                    ? null
                    : DevelopmentPlans.Status.valueOf(status);
            plans.change(me, objectiveId, new DevelopmentPlans.Change(s, actions == null ? "" : actions, version));
            redirect.addFlashAttribute("banner", "Objective updated.");
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("problem", FormErrors.messageOf(e));
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("problem", "Choose one of the statuses");
        }
        return "redirect:/staff/" + staffId + "/pdp";
    }

    @Performs(Command.REVIEW_PDP)
    @PostMapping("/staff/{id}/pdp/reviews")
    String review(CurrentUser me, @PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        LocalDate reviewedOn = errors.date("reviewedOn", "date of the review", form.get("reviewedOnDay"),
                form.get("reviewedOnMonth"), form.get("reviewedOnYear"), true);
        LocalDate next = errors.date("nextReviewOn", "next review date", form.get("nextReviewOnDay"),
                form.get("nextReviewOnMonth"), form.get("nextReviewOnYear"), false);
        UUID objective = Text.uuidOrNull(form.get("objectiveId"));
        if (objective == null) {
            errors.add("objectiveId", "Choose the objective you reviewed");
        }
        return attempt(me, id, model, errors, form, redirect, "Review recorded.",
                () -> plans.review(me, objective, new DevelopmentPlans.NewReview(reviewedOn, form.get("note"), next,
                        Text.uuidOrNull(form.get("thanksId")))));
    }

    @Performs(Command.AGREE_LEARNING_TIME)
    @PostMapping("/staff/{id}/learning-time")
    String agree(CurrentUser me, @PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        var hours = errors.decimal("hoursPerMonth", "Hours per month", form.get("hoursPerMonth"));
        if (hours == null && !errors.has("hoursPerMonth")) {
            errors.add("hoursPerMonth", "Enter the hours per month, from 0 to 80, like 7.5");
        }
        return attempt(me, id, model, errors, form, redirect, "Learning time agreed.",
                () -> learning.agree(me, id, hours, null));
    }

    @Performs(Command.BOOK_LEARNING_TIME)
    @PostMapping("/staff/{id}/learning-time/sessions")
    String book(CurrentUser me, @PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        LocalDate on = errors.date("sessionOn", "date of the session", form.get("sessionOnDay"),
                form.get("sessionOnMonth"),
                form.get("sessionOnYear"), true);
        var hours = errors.decimal("hours", "Hours", form.get("hours"));
        return attempt(me, id, model, errors, form, redirect, "Learning session booked.",
                () -> learning.book(me, id, new LearningTime.NewSession(on, hours, form.get("activity"))));
    }

    @Performs(Command.BOOK_LEARNING_TIME)
    @PostMapping("/learning-time/sessions/{sessionId}/{outcome:taken|cancel}")
    String close(CurrentUser me, @PathVariable UUID sessionId, @PathVariable String outcome, @RequestParam UUID staffId,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            if (outcome.equals("taken")) {
                learning.markTaken(me, sessionId);
                redirect.addFlashAttribute("banner", "Session marked as taken.");
            } else {
                learning.cancel(me, sessionId, reason);
                redirect.addFlashAttribute("banner",
                        "Session cancelled; the lost protected time is shown to managers.");
            }
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("problem", FormErrors.messageOf(e));
        }
        return "redirect:/staff/" + staffId + "/pdp";
    }

    private String attempt(CurrentUser me, UUID id, Model model, FormErrors errors, Map<String, String> form,
            RedirectAttributes redirect, String banner, Runnable action) {
        if (errors.isEmpty()) {
            try {
                action.run();
                redirect.addFlashAttribute("banner", banner);
                return "redirect:/staff/" + id + "/pdp";
            } catch (InvalidInputException e) {
                errors.add(e);
            } catch (NotAllowedException e) {
                errors.refuse(e);
            }
        }
        return page(me, id, model, errors, form, PageRequest.first(OBJECTIVES_PAGE));
    }

    static final int OBJECTIVES_PAGE = 20;

    private String page(CurrentUser me, UUID id, Model model, FormErrors errors, Map<String, String> values,
            PageRequest objectivePage) {
        StaffMember person = directory.require(me.organisationId(), id);
        var objectives = plans.of(me, id, objectivePage);
        boolean isMe = me.staffId().equals(id);
        boolean lead = me.isRegistrant() || me.has(org.therapyassist.platform.Role.TEAM_LEAD)
                || directory.require(me.organisationId(), me.staffId())
                        .jobRole() == org.therapyassist.staff.JobRole.SUPPORT_WORKER_LEAD;
        List<Map.Entry<String, String>> towards = new ArrayList<>();
        person.stage()
                .ifPresent(current -> Arrays.stream(Stage.values()).filter(s -> s.compareTo(current) > 0).findFirst()
                        .ifPresent(
                                next -> towards.add(Map.entry("stage:" + next.name(), "Next stage: " + next.title()))));
        competencies.catalogue()
                .forEach((code, title) -> towards.add(Map.entry("competency:" + code, code + " " + title)));
        model.addAttribute("person", person);
        model.addAttribute("objectives", objectives);
        model.addAttribute("learning", learning.overview(me, id));
        model.addAttribute("today", Time.today(clock));
        model.addAttribute("canReview", lead && !isMe && !objectives.isEmpty());
        model.addAttribute("canAgree", lead && !isMe);
        model.addAttribute("towards", towards);
        model.addAttribute("statuses", Arrays.stream(DevelopmentPlans.Status.values())
                .map(s -> Map.entry(s.name(), s.title())).toList());
        model.addAttribute("objectiveOptions", objectives.items().stream()
                .map(o -> Map.entry(o.id().toString(), o.objective())).toList());
        model.addAttribute("thanksOptions", thanks.receivedBy(me.organisationId(), id, 20).stream()
                .map(t -> Map.entry(t.id().toString(), t.fromName() + ": " + abbreviate(t.message()))).toList());
        model.addAttribute("errors", errors);
        model.addAttribute("v", new HashMap<>(values));
        return "workforce/pdp";
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
