package org.therapyassist.training.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.FormErrors;
import org.therapyassist.platform.web.PageSize;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.staff.StaffMember;
import org.therapyassist.training.QualificationKind;
import org.therapyassist.training.Qualifications;
import org.therapyassist.training.Training;
import org.therapyassist.training.TrainingCompliance;

/** A person's training, qualifications and mandatory training compliance. */
@Controller
class TrainingPages {

    private final StaffDirectory directory;
    private final Training training;
    private final Qualifications qualifications;
    private final TrainingCompliance compliance;
    private final Clock clock;

    TrainingPages(StaffDirectory directory, Training training, Qualifications qualifications,
            TrainingCompliance compliance,
            Clock clock) {
        this.directory = directory;
        this.training = training;
        this.qualifications = qualifications;
        this.compliance = compliance;
        this.clock = clock;
    }

    @GetMapping("/staff/{id}/training")
    String show(CurrentUser me, @PathVariable UUID id, @PageSize(PAGE_SIZE) PageRequest page, Model model) {
        return page(me, id, model, new FormErrors(), Map.of(), page);
    }

    @Performs(Command.RECORD_TRAINING)
    @PostMapping("/staff/{id}/training")
    String record(CurrentUser me, @PathVariable UUID id, @RequestParam Map<String, String> form,
            @RequestParam(name = "file", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        LocalDate completedOn = errors.date("completedOn", "date you completed the training",
                form.get("completedOnDay"),
                form.get("completedOnMonth"), form.get("completedOnYear"), true);
        LocalDate expiresOn = errors.date("expiresOn", "expiry date", form.get("expiresOnDay"),
                form.get("expiresOnMonth"),
                form.get("expiresOnYear"), false);
        if (form.get("courseCode") == null || form.get("courseCode").isBlank()) {
            errors.add("courseCode", "Choose the training course");
        }
        if (errors.isEmpty()) {
            try {
                var saved = training.record(me, id,
                        new Training.NewRecord(form.get("courseCode"), completedOn, expiresOn,
                                form.get("provider"), null),
                        file);
                redirect.addFlashAttribute("banner", saved.courseTitle() + " recorded, in date until "
                        + saved.expiresOn().format(
                                java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK))
                        + ".");
                return "redirect:/staff/" + id + "/training";
            } catch (InvalidInputException e) {
                errors.add(e);
            } catch (NotAllowedException e) {
                errors.refuse(e);
            }
        }
        return page(me, id, model, errors, form, PageRequest.first(PAGE_SIZE));
    }

    @Performs(Command.RECORD_TRAINING)
    @PostMapping("/staff/{id}/qualifications")
    String qualification(CurrentUser me, @PathVariable UUID id, @RequestParam Map<String, String> form,
            @RequestParam(name = "file", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        LocalDate achievedOn = errors.date("achievedOn", "date it was achieved", form.get("achievedOnDay"),
                form.get("achievedOnMonth"), form.get("achievedOnYear"), false);
        QualificationKind kind = errors.choice("kind", QualificationKind.class, form.get("kind"));
        QualificationKind.Status status = errors.choice("status", QualificationKind.Status.class, form.get("status"));
        if (errors.isEmpty()) {
            try {
                qualifications.add(me, id, new Qualifications.NewQualification(kind, status, achievedOn,
                        form.get("awardingBody"), null), file);
                redirect.addFlashAttribute("banner", "Qualification recorded.");
                return "redirect:/staff/" + id + "/training";
            } catch (InvalidInputException e) {
                errors.add(e);
            } catch (NotAllowedException e) {
                errors.refuse(e);
            }
        }
        // The file field is shared by both forms; say which form it was.
        return page(me, id, model, errors, form, PageRequest.first(PAGE_SIZE));
    }

    static final int PAGE_SIZE = 25;

    private String page(CurrentUser me, UUID id, Model model, FormErrors errors, Map<String, String> values,
            PageRequest recordPage) {
        StaffMember person = directory.require(me.organisationId(), id);
        model.addAttribute("person", person);
        model.addAttribute("compliance", compliance.of(me, id));
        model.addAttribute("records", training.recordsOf(me, id, recordPage));
        model.addAttribute("qualifications", qualifications.of(me, id, PageRequest.first(20)));
        model.addAttribute("today", Time.today(clock));
        model.addAttribute("isMe", me.staffId().equals(id));
        model.addAttribute("courses", training.courses().stream()
                .map(c -> Map.entry(c.code(), c.title() + " (every " + c.renewalMonths() + " months)")).toList());
        model.addAttribute("kinds",
                Arrays.stream(QualificationKind.values()).map(k -> Map.entry(k.name(), k.title())).toList());
        model.addAttribute("statuses",
                java.util.List.of(Map.entry("IN_PROGRESS", "In progress"), Map.entry("ACHIEVED", "Achieved")));
        model.addAttribute("form", values.getOrDefault("form", ""));
        model.addAttribute("errors", errors);
        model.addAttribute("v", values);
        return "workforce/training";
    }
}
