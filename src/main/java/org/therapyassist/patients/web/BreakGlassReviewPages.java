package org.therapyassist.patients.web;

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
import org.therapyassist.access.BreakGlassLog;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.patients.PatientSummary;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.web.FormErrors;
import org.therapyassist.platform.web.FormPost;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.platform.web.PageSize;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;

/** The team lead's list of break-glass openings: waiting for review first, oldest at the top; then those reviewed. */
@Controller
class BreakGlassReviewPages {

    static final int PAGE_SIZE = 25;

    private final BreakGlassLog log;
    private final PatientRecords patients;

    BreakGlassReviewPages(BreakGlassLog log, PatientRecords patients) {
        this.log = log;
        this.patients = patients;
    }

    /** An opening with the patient it opened, named as everywhere else (FAMILY, Given, NHS number). */
    record Row(BreakGlassLog.Opening opening, PatientSummary patient) {
    }

    @Performs(Command.REVIEW_BREAK_GLASS)
    @GetMapping("/break-glass")
    String list(CurrentUser me, @RequestParam(defaultValue = "false") boolean reviewed,
            @PageSize(PAGE_SIZE) PageRequest page, Model model) {
        return page(me, reviewed, page, model, new FormErrors(), null);
    }

    @Performs(Command.REVIEW_BREAK_GLASS)
    @PostMapping("/break-glass/{id}/review")
    String review(CurrentUser me, @PathVariable UUID id, FormPost<Review> post, Model model,
            RedirectAttributes redirect) {
        // Every opening on the list has its own form: the messages go beside this one's fields.
        return post.fields(field -> field + "-" + id).submit(review -> {
            log.review(me, id, review.outcome(), review.note());
            redirect.addFlashAttribute("banner", Messages.text("patients.review.banner"));
            return "redirect:/break-glass";
        }, (errors, values) -> page(me, false, PageRequest.first(PAGE_SIZE), model, errors,
                Map.of("id", id.toString(), "note", values.get("note") == null ? "" : values.get("note"))));
    }

    private String page(CurrentUser me, boolean reviewed, PageRequest page, Model model, FormErrors errors,
            Map<String, String> values) {
        Page<BreakGlassLog.Opening> found = log.list(me, reviewed, page);
        Map<UUID, PatientSummary> named = patients.summaries(me.organisationId(),
                found.items().stream().map(BreakGlassLog.Opening::patientId).toList());
        List<Row> rows = found.items().stream().map(o -> new Row(o, named.get(o.patientId()))).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("found", found);
        model.addAttribute("waiting", log.waiting(me));
        model.addAttribute("reviewed", reviewed);
        model.addAttribute("errors", errors);
        model.addAttribute("v", values == null ? Map.of() : values);
        return "patients/break-glass-review";
    }

    record Review(BreakGlassLog.Outcome outcome, String note) {
    }
}
