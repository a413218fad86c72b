package org.therapyassist.delegation.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.therapyassist.careplans.CarePlans;
import org.therapyassist.delegation.DelegationDecline;
import org.therapyassist.delegation.DelegationDesk;
import org.therapyassist.delegation.DelegationEquipment;
import org.therapyassist.delegation.DelegationReview;
import org.therapyassist.delegation.DelegationView;
import org.therapyassist.delegation.Enums;
import org.therapyassist.delegation.Frequency;
import org.therapyassist.delegation.Observation;
import org.therapyassist.delegation.ObservationLimits;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Actions;
import org.therapyassist.platform.web.FormErrors;
import org.therapyassist.platform.web.FormPost;
import org.therapyassist.platform.web.FormValues;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.CommandGuard;
import org.therapyassist.policy.Performs;
import org.therapyassist.staff.StaffDirectory;

@Controller
class DelegationPages {

    private final DelegationDesk desk;
    private final PatientRecords patients;
    private final CarePlans carePlans;
    private final StaffDirectory staff;
    private final Clock clock;

    private final DelegationEquipment equipment;
    private final CommandGuard guard;

    DelegationPages(DelegationDesk desk, PatientRecords patients, CarePlans carePlans, StaffDirectory staff,
            Clock clock,
            DelegationEquipment equipment, CommandGuard guard) {
        this.guard = guard;
        this.equipment = equipment;
        this.desk = desk;
        this.patients = patients;
        this.carePlans = carePlans;
        this.staff = staff;
        this.clock = clock;
    }

    @GetMapping("/delegations/new")
    String newDelegation(CurrentUser me, @RequestParam UUID patientId, Model model) {
        LocalDate today = Time.today(clock);
        Map<String, String> v = new HashMap<>();
        v.put("patientId", patientId.toString());
        carePlans.episodesOf(me.organisationId(), patientId).stream().filter(e -> e.isOpen()).findFirst()
                .ifPresent(e -> v.put("episodeId", e.id().toString()));
        v.put("timeOfDay", "ANY_TIME");
        date(v, "startsOn", today);
        date(v, "endsOn", today.plusWeeks(2));
        date(v, "reviewOn", today.plusWeeks(1));
        v.put("contactInstructions", Messages.text("delegation.new.contact.example"));
        ObservationLimits defaults = ObservationLimits.defaults();
        for (Observation o : Observation.values()) {
            ObservationLimits.Range r = defaults.of(o).orElseThrow();
            v.put(o.field() + "Low", o.plain(r.low()));
            if (r.high() != null) {
                v.put(o.field() + "High", o.plain(r.high()));
            }
        }
        return form(me, patientId, model, new FormErrors(), FormValues.ofSingle(v));
    }

    @Performs(Command.DELEGATE)
    @PostMapping("/delegations")
    String delegate(CurrentUser me, FormPost<DelegationForm> post, Model model) {
        return post.validating(DelegationForm::command).fields(DelegationForm::pageField).submit(form -> {
            DelegationView view = desk.delegate(me, form.command());
            return "redirect:/delegations/" + view.id() + "?created";
        }, (errors, values) -> form(me, Text.uuidOrNull(values.get("patientId")), model, errors, values));
    }

    private String form(CurrentUser me, UUID patientId, Model model, FormErrors errors, FormValues values) {
        if (patientId == null) {
            throw new NotFoundException("patient.not-found", Messages.text("delegation.refusal.patient-not-found"));
        }
        model.addAttribute("form", values);
        model.addAttribute("patient", patients.open(me, patientId));
        model.addAttribute("taskTypes", desk.taskTypes().stream()
                .map(t -> Map.entry(t.code(), Messages.text("delegation.new.task.option", t.name(),
                        t.minimumStage().title().toLowerCase())))
                .toList());
        model.addAttribute("workers", staff.options(me.organisationId(), StaffDirectory.Pick.SUPPORT_WORKERS).stream()
                .map(s -> Map.entry(s.id().toString(),
                        s.teamName() == null
                                ? Messages.text("delegation.new.worker.option", s.displayName(), s.jobRole().title(),
                                        s.band())
                                : Messages.text("delegation.new.worker.option.team", s.displayName(),
                                        s.jobRole().title(), s.band(), s.teamName())))
                .toList());
        model.addAttribute("episodes", carePlans.episodesOf(me.organisationId(), patientId).stream()
                .filter(e -> e.isOpen())
                .map(e -> Map.entry(e.id().toString(),
                        Messages.text("delegation.new.episode.option", e.category().title(), e.teamName(),
                                e.location())))
                .toList());
        model.addAttribute("frequencies", options(Frequency.values(), Frequency::title));
        model.addAttribute("times", options(Enums.TimeOfDay.values(), Enums.TimeOfDay::title));
        model.addAttribute("consents", options(new Enums.Consent[]{Enums.Consent.GIVEN, Enums.Consent.BEST_INTEREST,
                Enums.Consent.NOT_RECORDED}, Enums.Consent::title));
        model.addAttribute("supervisions", options(Enums.Supervision.values(), Enums.Supervision::title));
        Map<String, String> checks = new LinkedHashMap<>();
        checks.put("checkBestInterest", Messages.text("delegation.new.check.best-interest"));
        checks.put("checkWithinRole", Messages.text("delegation.new.check.within-role"));
        checks.put("checkAppropriateNow", Messages.text("delegation.new.check.appropriate-now"));
        checks.put("checkConsent", Messages.text("delegation.new.check.consent"));
        checks.put("checkCompetentAndConfident", Messages.text("delegation.new.check.competent"));
        checks.put("checkCanReportBack", Messages.text("delegation.new.check.report-back"));
        model.addAttribute("checks", checks);
        model.addAttribute("limitRows", LimitRows.of(values));
        model.addAttribute("errors", errors);
        String task = values.get("taskType");
        if (task != null && desk.taskTypes().stream().anyMatch(t -> t.code().equals(task))) {
            model.addAttribute("competent",
                    desk.competentFor(me, task, PageRequest.first(DelegationDesk.COLLEAGUES_SHOWN)));
        }
        return "delegation/new";
    }

    /** htmx: who is competent for the task chosen on the delegation form, so a refusal can be avoided up front. */
    @GetMapping("/delegations/competent-workers")
    String competentWorkers(CurrentUser me, @RequestParam(required = false) String taskType, Model model) {
        if (taskType != null && !taskType.isBlank()
                && desk.taskTypes().stream().anyMatch(t -> t.code().equals(taskType))) {
            model.addAttribute("competent",
                    desk.competentFor(me, taskType, PageRequest.first(DelegationDesk.COLLEAGUES_SHOWN)));
        }
        return "delegation/competent-workers :: panel";
    }

    @GetMapping("/delegations/{id}")
    String show(CurrentUser me, @PathVariable UUID id, Model model) {
        DelegationView d = desk.view(me, id);
        model.addAttribute("d", d);
        model.addAttribute("can", DelegationActions.of(me, d, guard));
        model.addAttribute("equipment", equipment.of(me.organisationId(), id));
        // The hoist and sling hint only on a task that lifts someone; on others it is noise.
        model.addAttribute("lifting", DelegationEquipment.lifts(d.taskType()));
        return "delegation/show";
    }

    @Performs(Command.NAME_TASK_EQUIPMENT)
    @PostMapping("/delegations/{id}/equipment")
    String nameEquipment(CurrentUser me, @PathVariable UUID id, @RequestParam(required = false) String assetLabel,
            RedirectAttributes redirect) {
        return Actions.run(redirect, "/delegations/" + id, () -> Messages.text("delegation.banner.equipment-named",
                equipment.attach(me, id, assetLabel).label()));
    }

    @Performs(Command.ACCEPT_DELEGATION)
    @PostMapping("/delegations/{id}/accept")
    String accept(CurrentUser me, @PathVariable UUID id, RedirectAttributes redirect) {
        return Actions.run(redirect, "/delegations/" + id, () -> {
            desk.accept(me, id);
            return Messages.text("delegation.banner.accepted");
        });
    }

    @GetMapping("/delegations/{id}/decline")
    String declineForm(CurrentUser me, @PathVariable UUID id, Model model) {
        model.addAttribute("d", desk.view(me, id));
        model.addAttribute("reasons", options(Enums.DeclineReason.values(), Enums.DeclineReason::title));
        return "delegation/decline";
    }

    @Performs(Command.DECLINE_DELEGATION)
    @PostMapping("/delegations/{id}/decline")
    String decline(CurrentUser me, @PathVariable UUID id, FormPost<DelegationDecline> post, Model model,
            RedirectAttributes redirect) {
        return post.refusalsBeside("note").submit(decline -> {
            desk.decline(me, id, decline.reason(), decline.note());
            redirect.addFlashAttribute("banner",
                    Messages.text("delegation.banner.declined"));
            return "redirect:/my-day";
        }, (errors, values) -> {
            model.addAttribute("errors", errors);
            model.addAttribute("d", desk.view(me, id));
            model.addAttribute("reasons", options(Enums.DeclineReason.values(), Enums.DeclineReason::title));
            model.addAttribute("selectedReason", values.get("reason"));
            model.addAttribute("note", values.get("note"));
            return "delegation/decline";
        });
    }

    @Performs(Command.CANCEL_DELEGATION)
    @PostMapping("/delegations/{id}/cancel")
    String cancel(CurrentUser me, @PathVariable UUID id, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        desk.cancel(me, id, note);
        redirect.addFlashAttribute("banner", Messages.text("delegation.banner.cancelled"));
        return "redirect:/delegations/" + id;
    }

    @Performs(Command.ACKNOWLEDGE_DECLINE)
    @PostMapping("/delegations/{id}/acknowledge-decline")
    String acknowledge(CurrentUser me, @PathVariable UUID id, RedirectAttributes redirect) {
        desk.acknowledgeDecline(me, id);
        redirect.addFlashAttribute("banner", Messages.text("delegation.banner.acknowledged"));
        return "redirect:/inbox";
    }

    @GetMapping("/delegations/{id}/review")
    String reviewForm(CurrentUser me, @PathVariable UUID id, Model model) {
        model.addAttribute("d", desk.view(me, id));
        model.addAttribute("errors", new FormErrors());
        model.addAttribute("outcomes", options(Enums.ReviewOutcome.values(), Enums.ReviewOutcome::title));
        return "delegation/review";
    }

    @Performs(Command.REVIEW_DELEGATION)
    @PostMapping("/delegations/{id}/review")
    String review(CurrentUser me, @PathVariable UUID id, FormPost<DelegationReview> post, Model model,
            RedirectAttributes redirect) {
        return post.submit(review -> {
            desk.review(me, id, review.outcome(), review.note(), review.nextReviewOn());
            redirect.addFlashAttribute("banner", Messages.text("delegation.banner.reviewed"));
            return "redirect:/delegations/" + id;
        }, (errors, values) -> {
            model.addAttribute("d", desk.view(me, id));
            model.addAttribute("errors", errors);
            model.addAttribute("note", values.get("note"));
            model.addAttribute("outcome", values.get("outcome"));
            model.addAttribute("outcomes", options(Enums.ReviewOutcome.values(), Enums.ReviewOutcome::title));
            model.addAttribute("next", List.of(nz(values.get("nextReviewOnDay")), nz(values.get("nextReviewOnMonth")),
                    nz(values.get("nextReviewOnYear"))));
            return "delegation/review";
        });
    }

    static <E> List<Map.Entry<String, String>> options(E[] values, Function<E, String> title) {
        return Arrays.stream(values).map(v -> Map.entry(((Enum<?>) v).name(), title.apply(v))).toList();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static void date(Map<String, String> v, String field, LocalDate date) {
        v.put(field + "Day", Integer.toString(date.getDayOfMonth()));
        v.put(field + "Month", Integer.toString(date.getMonthValue()));
        v.put(field + "Year", Integer.toString(date.getYear()));
    }

}
