package org.therapyassist.delegation.web;

import org.therapyassist.platform.PageRequest;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.therapyassist.careplans.CarePlans;
import org.therapyassist.delegation.DelegationDesk;
import org.therapyassist.delegation.DelegationView;
import org.therapyassist.delegation.Enums;
import org.therapyassist.delegation.Frequency;
import org.therapyassist.delegation.NewDelegation;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.RefusedException;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.FormErrors;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.CommandGuard;
import org.therapyassist.policy.Performs;

@Controller
class DelegationPages {

    private final DelegationDesk desk;
    private final PatientRecords patients;
    private final CarePlans carePlans;
    private final StaffDirectory staff;
    private final Validator validator;
    private final Clock clock;

    private final org.therapyassist.delegation.DelegationEquipment equipment;
    private final CommandGuard guard;

    DelegationPages(DelegationDesk desk, PatientRecords patients, CarePlans carePlans, StaffDirectory staff,
            Validator validator, Clock clock, org.therapyassist.delegation.DelegationEquipment equipment,
            CommandGuard guard) {
        this.guard = guard;
        this.equipment = equipment;
        this.desk = desk;
        this.patients = patients;
        this.carePlans = carePlans;
        this.staff = staff;
        this.validator = validator;
        this.clock = clock;
    }

    @GetMapping("/delegations/new")
    String newDelegation(CurrentUser me, @RequestParam UUID patientId, Model model) {
        LocalDate today = Time.today(clock);
        LocalDate end = today.plusWeeks(2);
        LocalDate review = today.plusWeeks(1);
        var episodes = carePlans.episodesOf(me.organisationId(), patientId);
        String episode = episodes.stream().filter(e -> e.isOpen()).map(e -> e.id().toString()).findFirst().orElse(null);
        model.addAttribute("form", new DelegationForm(patientId.toString(), episode, null, null, null, null, "ANY_TIME",
                d(today.getDayOfMonth()), d(today.getMonthValue()), d(today.getYear()), d(end.getDayOfMonth()),
                d(end.getMonthValue()), d(end.getYear()), null, null, null, null, null,
                "Mobile 07700 900461 or bleep 4412", d(review.getDayOfMonth()), d(review.getMonthValue()),
                d(review.getYear()), List.of()));
        return form(me, patientId, model, new FormErrors());
    }

    @Performs(Command.DELEGATE)
    @PostMapping("/delegations")
    String delegate(CurrentUser me, @ModelAttribute("form") DelegationForm form, Model model) {
        FormErrors errors = new FormErrors();
        UUID patientId = Text.uuidOrNull(form.patientId());
        if (patientId == null) {
            throw new org.therapyassist.platform.NotFoundException("patient.not-found", "There is no such patient.");
        }
        LocalDate starts = errors.date("startsOn", "start date", form.startsOnDay(), form.startsOnMonth(), form.startsOnYear(), true);
        LocalDate ends = errors.date("endsOn", "end date", form.endsOnDay(), form.endsOnMonth(), form.endsOnYear(), true);
        LocalDate review = errors.date("reviewOn", "review date", form.reviewOnDay(), form.reviewOnMonth(), form.reviewOnYear(), true);
        NewDelegation command = new NewDelegation(patientId, Text.uuidOrNull(form.episodeId()), Text.blankToNull(form.taskType()),
                Text.uuidOrNull(form.workerId()), form.instructions(), errors.choice("frequency", Frequency.class, form.frequency()),
                errors.choice("timeOfDay", Enums.TimeOfDay.class, form.timeOfDay()), starts, ends,
                form.escalationCriteria(), form.patientRisks(), errors.choice("consent", Enums.Consent.class, form.consent()),
                form.consentNote(), errors.choice("supervision", Enums.Supervision.class, form.supervision()),
                form.contactInstructions(), review, form.checked("checkBestInterest"), form.checked("checkWithinRole"),
                form.checked("checkAppropriateNow"), form.checked("checkConsent"),
                form.checked("checkCompetentAndConfident"), form.checked("checkCanReportBack"));
        errors.validate(validator, command);
        // Dates already reported by the date parser are not repeated as "Enter the date".
        if (errors.isEmpty()) {
            try {
                DelegationView view = desk.delegate(me, command);
                return "redirect:/delegations/" + view.id() + "?created";
            } catch (InvalidInputException e) {
                errors.add(e);
            } catch (RefusedException | NotAllowedException e) {
                errors.refuse(e);
            }
        }
        return form(me, patientId, model, errors);
    }

    private String form(CurrentUser me, UUID patientId, Model model, FormErrors errors) {
        model.addAttribute("patient", patients.open(me, patientId));
        model.addAttribute("taskTypes", desk.taskTypes().stream()
                .map(t -> Map.entry(t.code(), t.name() + " (" + t.minimumStage().title().toLowerCase() + " or above)")).toList());
        model.addAttribute("workers", staff.options(me.organisationId(), StaffDirectory.Pick.SUPPORT_WORKERS).stream()
                .map(s -> Map.entry(s.id().toString(), s.displayName() + " – " + s.jobRole().title() + ", band " + s.band()
                        + (s.teamName() == null ? "" : ", " + s.teamName())))
                .toList());
        model.addAttribute("episodes", carePlans.episodesOf(me.organisationId(), patientId).stream()
                .filter(e -> e.isOpen())
                .map(e -> Map.entry(e.id().toString(), e.category().title() + " – " + e.teamName() + " (" + e.location() + ")"))
                .toList());
        model.addAttribute("frequencies", options(Frequency.values(), Frequency::title));
        model.addAttribute("times", options(Enums.TimeOfDay.values(), Enums.TimeOfDay::title));
        model.addAttribute("consents", options(new Enums.Consent[] {Enums.Consent.GIVEN, Enums.Consent.BEST_INTEREST,
                Enums.Consent.NOT_RECORDED}, Enums.Consent::title));
        model.addAttribute("supervisions", options(Enums.Supervision.values(), Enums.Supervision::title));
        Map<String, String> checks = new LinkedHashMap<>();
        checks.put("checkBestInterest", "It is in the patient's best interest, not only because I am busy");
        checks.put("checkWithinRole", "It is within the support worker's role");
        checks.put("checkAppropriateNow", "It is appropriate for this patient now (complexity, stability, setting)");
        checks.put("checkConsent", "The patient consents, or a best-interest decision is recorded");
        checks.put("checkCompetentAndConfident", "The support worker is competent and confident, with evidence");
        checks.put("checkCanReportBack", "The support worker can reach a registrant and report back");
        model.addAttribute("checks", checks);
        model.addAttribute("errors", errors);
        String task = model.getAttribute("form") instanceof DelegationForm f ? f.taskType() : null;
        if (task != null && desk.taskTypes().stream().anyMatch(t -> t.code().equals(task))) {
            model.addAttribute("competent", desk.competentFor(me, task, PageRequest.first(DelegationDesk.COLLEAGUES_SHOWN)));
        }
        return "delegation/new";
    }

    /** htmx: who is competent for the task chosen on the delegation form, so a refusal can be avoided up front. */
    @GetMapping("/delegations/competent-workers")
    String competentWorkers(CurrentUser me, @RequestParam(required = false) String taskType, Model model) {
        if (taskType != null && !taskType.isBlank() && desk.taskTypes().stream().anyMatch(t -> t.code().equals(taskType))) {
            model.addAttribute("competent", desk.competentFor(me, taskType, PageRequest.first(DelegationDesk.COLLEAGUES_SHOWN)));
        }
        return "delegation/competent-workers :: panel";
    }

    @GetMapping("/delegations/{id}")
    String show(CurrentUser me, @PathVariable UUID id, Model model) {
        DelegationView d = desk.view(me, id);
        model.addAttribute("d", d);
        model.addAttribute("can", DelegationActions.of(me, d, guard));
        model.addAttribute("equipment", equipment.of(me.organisationId(), id));
        return "delegation/show";
    }

    @Performs(Command.NAME_TASK_EQUIPMENT)
    @PostMapping("/delegations/{id}/equipment")
    String nameEquipment(CurrentUser me, @PathVariable UUID id, @RequestParam(required = false) String assetLabel,
            RedirectAttributes redirect) {
        try {
            var asset = equipment.attach(me, id, assetLabel);
            redirect.addFlashAttribute("banner", asset.label() + " named for this task; it is checked again at acceptance and every visit.");
        } catch (org.therapyassist.platform.DomainException e) {
            redirect.addFlashAttribute("problem", org.therapyassist.platform.web.FormErrors.messageOf(e));
        }
        return "redirect:/delegations/" + id;
    }

    @Performs(Command.ACCEPT_DELEGATION)
    @PostMapping("/delegations/{id}/accept")
    String accept(CurrentUser me, @PathVariable UUID id, RedirectAttributes redirect) {
        try {
            desk.accept(me, id);
            redirect.addFlashAttribute("banner", "You accepted the task. It is now on your day.");
        } catch (ConflictException | RefusedException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/delegations/" + id;
    }

    @GetMapping("/delegations/{id}/decline")
    String declineForm(CurrentUser me, @PathVariable UUID id, Model model) {
        model.addAttribute("d", desk.view(me, id));
        model.addAttribute("reasons", options(Enums.DeclineReason.values(), Enums.DeclineReason::title));
        return "delegation/decline";
    }

    @Performs(Command.DECLINE_DELEGATION)
    @PostMapping("/delegations/{id}/decline")
    String decline(CurrentUser me, @PathVariable UUID id, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String note, Model model, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        Enums.DeclineReason r = errors.choice("reason", Enums.DeclineReason.class, reason);
        if (r == null && !errors.has("reason")) {
            errors.add("reason", "Choose why you are declining");
        }
        if (errors.isEmpty()) {
            try {
                desk.decline(me, id, r, note);
                redirect.addFlashAttribute("banner", "You declined the task. It has gone back to the therapist who delegated it.");
                return "redirect:/my-day";
            } catch (RefusedException e) {
                errors.add("note", e.getMessage());
            }
        }
        model.addAttribute("errors", errors);
        model.addAttribute("d", desk.view(me, id));
        model.addAttribute("reasons", options(Enums.DeclineReason.values(), Enums.DeclineReason::title));
        model.addAttribute("selectedReason", reason);
        model.addAttribute("note", note);
        return "delegation/decline";
    }

    @Performs(Command.CANCEL_DELEGATION)
    @PostMapping("/delegations/{id}/cancel")
    String cancel(CurrentUser me, @PathVariable UUID id, @RequestParam(required = false) String note, RedirectAttributes redirect) {
        desk.cancel(me, id, note);
        redirect.addFlashAttribute("banner", "The delegation was cancelled.");
        return "redirect:/delegations/" + id;
    }

    @Performs(Command.ACKNOWLEDGE_DECLINE)
    @PostMapping("/delegations/{id}/acknowledge-decline")
    String acknowledge(CurrentUser me, @PathVariable UUID id, RedirectAttributes redirect) {
        desk.acknowledgeDecline(me, id);
        redirect.addFlashAttribute("banner", "Marked as dealt with.");
        return "redirect:/inbox";
    }

    @GetMapping("/delegations/{id}/review")
    String reviewForm(CurrentUser me, @PathVariable UUID id, Model model) {
        model.addAttribute("d", desk.view(me, id));
        model.addAttribute("errors", new FormErrors());
        model.addAttribute("outcomes", OUTCOMES);
        return "delegation/review";
    }

    @Performs(Command.REVIEW_DELEGATION)
    @PostMapping("/delegations/{id}/review")
    String review(CurrentUser me, @PathVariable UUID id, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String note, @RequestParam(required = false) String nextReviewOnDay,
            @RequestParam(required = false) String nextReviewOnMonth, @RequestParam(required = false) String nextReviewOnYear,
            Model model, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        Enums.ReviewOutcome o = errors.choice("outcome", Enums.ReviewOutcome.class, outcome);
        LocalDate next = o == Enums.ReviewOutcome.CONTINUE
                ? errors.date("nextReviewOn", "next review date", nextReviewOnDay, nextReviewOnMonth,
                        nextReviewOnYear, true) : null;
        if (errors.isEmpty()) {
            try {
                desk.review(me, id, o, note, next);
                redirect.addFlashAttribute("banner", "Review recorded.");
                return "redirect:/delegations/" + id;
            } catch (InvalidInputException e) {
                errors.add(e);
            }
        }
        model.addAttribute("d", desk.view(me, id));
        model.addAttribute("errors", errors);
        model.addAttribute("note", note);
        model.addAttribute("outcome", outcome);
        model.addAttribute("outcomes", OUTCOMES);
        model.addAttribute("next", List.of(nz(nextReviewOnDay), nz(nextReviewOnMonth), nz(nextReviewOnYear)));
        return "delegation/review";
    }

    static <E> List<Map.Entry<String, String>> options(E[] values, java.util.function.Function<E, String> title) {
        return Arrays.stream(values).map(v -> Map.entry(((Enum<?>) v).name(), title.apply(v))).toList();
    }

    private static final List<Map.Entry<String, String>> OUTCOMES = List.of(
            Map.entry("CONTINUE", "Continue, and review again"), Map.entry("END", "End the delegation"));

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String d(int n) {
        return Integer.toString(n);
    }


}
