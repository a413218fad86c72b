package org.therapyassist.training.web;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.FormErrors;
import org.therapyassist.platform.web.FormPost;
import org.therapyassist.platform.web.FormValues;
import org.therapyassist.platform.web.Formats;
import org.therapyassist.platform.web.Messages;
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
        return page(me, id, model, new FormErrors(), FormValues.none(), page);
    }

    @Performs(Command.RECORD_TRAINING)
    @PostMapping("/staff/{id}/training")
    String record(CurrentUser me, @PathVariable UUID id, FormPost<TrainingForms.Completed> post,
            @RequestParam(name = "file", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect) {
        return post.submit(form -> {
            var saved = training.record(me, id, form.command(), file);
            redirect.addFlashAttribute("banner",
                    Messages.text("training.banner.recorded", saved.courseTitle(), Formats.day(saved.expiresOn())));
            return "redirect:/staff/" + id + "/training";
        }, (errors, values) -> page(me, id, model, errors, values, PageRequest.first(PAGE_SIZE)));
    }

    /** The file field is shared by both forms; the hidden "form" field says which form it was. */
    @Performs(Command.RECORD_TRAINING)
    @PostMapping("/staff/{id}/qualifications")
    String qualification(CurrentUser me, @PathVariable UUID id, FormPost<TrainingForms.Qualification> post,
            @RequestParam(name = "file", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect) {
        return post.submit(form -> {
            qualifications.add(me, id, form.command(), file);
            redirect.addFlashAttribute("banner", Messages.text("training.banner.qualification-recorded"));
            return "redirect:/staff/" + id + "/training";
        }, (errors, values) -> page(me, id, model, errors, values, PageRequest.first(PAGE_SIZE)));
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
        model.addAttribute("isMe", me.is(id));
        model.addAttribute("courses", training.courses().stream()
                .map(c -> Map.entry(c.code(), c.title() + " (every " + c.renewalMonths() + " months)")).toList());
        model.addAttribute("kinds",
                Arrays.stream(QualificationKind.values()).map(k -> Map.entry(k.name(), k.title())).toList());
        model.addAttribute("statuses",
                List.of(Map.entry("IN_PROGRESS", Messages.text("training.in-progress")),
                        Map.entry("ACHIEVED", Messages.text("training.achieved"))));
        model.addAttribute("form", Objects.requireNonNullElse(values.get("form"), ""));
        model.addAttribute("errors", errors);
        model.addAttribute("v", values);
        return "training/training";
    }
}
