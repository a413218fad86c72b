package org.therapyassist.discharge.web;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.therapyassist.discharge.DischargeCommands;
import org.therapyassist.discharge.DischargeLetterPdf;
import org.therapyassist.discharge.DischargeLists;
import org.therapyassist.discharge.DischargeSummary;
import org.therapyassist.discharge.Discharges;
import org.therapyassist.discharge.DiscussionKind;
import org.therapyassist.discharge.EquipmentPlan;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.web.FormErrors;
import org.therapyassist.platform.web.FormPost;
import org.therapyassist.platform.web.FormValues;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.platform.web.PageSize;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.CommandGuard;
import org.therapyassist.policy.Performs;

/** One page for the whole discharge: outcomes, equipment at home, details, discussions, signing, the letter. */
@Controller
class DischargePages {

    private final Discharges discharges;
    private final DischargeLists lists;
    private final CommandGuard guard;

    DischargePages(Discharges discharges, DischargeLists lists, CommandGuard guard) {
        this.discharges = discharges;
        this.lists = lists;
        this.guard = guard;
    }

    @Performs(Command.WRITE_DISCHARGE)
    @PostMapping("/episodes/{episodeId}/discharge")
    String start(CurrentUser me, @PathVariable UUID episodeId) {
        return "redirect:/discharges/" + discharges.start(me, episodeId).id();
    }

    /** Drafts waiting to be signed, or signed summaries with their letters; the team's or the reader's own. */
    @GetMapping("/discharges")
    String list(CurrentUser me, @RequestParam(required = false) String status,
            @RequestParam(required = false) String whose, @PageSize(25) PageRequest page, Model model) {
        DischargeSummary.Status s = "signed".equalsIgnoreCase(status)
                ? DischargeSummary.Status.SIGNED
                : DischargeSummary.Status.DRAFT;
        boolean mine = "mine".equalsIgnoreCase(whose);
        model.addAttribute("status", s);
        model.addAttribute("mine", mine);
        model.addAttribute("discharges", lists.list(me, s, mine, page));
        return "discharge/list";
    }

    @GetMapping("/episodes/{episodeId}/discharge")
    String ofEpisode(CurrentUser me, @PathVariable UUID episodeId) {
        UUID id = discharges.idForEpisode(me.organisationId(), episodeId)
                .orElseThrow(() -> new NotFoundException("discharge.not-found",
                        Messages.text("discharge.refusal.not-started")));
        return "redirect:/discharges/" + id;
    }

    @GetMapping("/discharges/{id}")
    String show(CurrentUser me, @PathVariable UUID id, Model model) {
        DischargeSummary s = discharges.open(me, id);
        model.addAttribute("details", details(s));
        model.addAttribute("discussion", FormValues.none());
        model.addAttribute("amendment", FormValues.none());
        return page(me, s, model, new FormErrors());
    }

    @Performs(Command.WRITE_DISCHARGE)
    @PostMapping("/discharges/{id}/details")
    String details(CurrentUser me, @PathVariable UUID id, FormPost<DischargeCommands.Details> post, Model model,
            RedirectAttributes redirect) {
        return post.submit(details -> {
            discharges.update(me, id, details);
            redirect.addFlashAttribute("banner", Messages.text("discharge.banner.details"));
            return "redirect:/discharges/" + id;
        }, (errors, values) -> redisplay(me, id, model, errors, "details", values));
    }

    /** What happens to one item on loan: each item has its own form, so the messages go beside its own fields. */
    @Performs(Command.WRITE_DISCHARGE)
    @PostMapping("/discharges/{id}/equipment")
    String equipment(CurrentUser me, @PathVariable UUID id, @RequestParam(required = false) String loanId,
            FormPost<DischargeCommands.PlanItem> post, Model model, RedirectAttributes redirect) {
        return post.fields(field -> "note".equals(field) ? "note-" + loanId : "plan-" + loanId).submit(item -> {
            discharges.planEquipment(me, id, item);
            redirect.addFlashAttribute("banner", Messages.text("discharge.banner.equipment"));
            return "redirect:/discharges/" + id + "#equipment";
        }, (errors, values) -> redisplay(me, id, model, errors, null, values));
    }

    @Performs(Command.WRITE_DISCHARGE)
    @PostMapping("/discharges/{id}/discussions")
    String discussion(CurrentUser me, @PathVariable UUID id, FormPost<DischargeCommands.NewDiscussion> post,
            Model model,
            RedirectAttributes redirect) {
        return post.submit(discussion -> {
            discharges.addDiscussion(me, id, discussion);
            redirect.addFlashAttribute("banner", Messages.text("discharge.banner.discussion"));
            return "redirect:/discharges/" + id + "#discussions";
        }, (errors, values) -> redisplay(me, id, model, errors, "discussion", values));
    }

    @Performs(Command.SIGN_DISCHARGE)
    @PostMapping("/discharges/{id}/sign")
    String sign(CurrentUser me, @PathVariable UUID id, FormPost<Signing> post, Model model,
            RedirectAttributes redirect) {
        return post.submit(signing -> {
            discharges.sign(me, id, signing.version());
            redirect.addFlashAttribute("banner",
                    Messages.text("discharge.banner.signed"));
            return "redirect:/discharges/" + id;
        }, (errors, values) -> redisplay(me, id, model, errors, null, values));
    }

    @Performs(Command.AMEND_DISCHARGE)
    @PostMapping("/discharges/{id}/amendments")
    String amend(CurrentUser me, @PathVariable UUID id, FormPost<DischargeCommands.NewAmendment> post, Model model,
            RedirectAttributes redirect) {
        return post.submit(amendment -> {
            discharges.amend(me, id, amendment);
            redirect.addFlashAttribute("banner", Messages.text("discharge.banner.amended"));
            return "redirect:/discharges/" + id;
        }, (errors, values) -> redisplay(me, id, model, errors, "amendment", values));
    }

    @GetMapping("/discharges/{id}/letter.pdf")
    ResponseEntity<byte[]> letter(CurrentUser me, @PathVariable UUID id,
            @RequestParam(required = false) String lang) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("discharge-letter.pdf").build().toString())
                .body(discharges.letter(me, id, DischargeLetterPdf.language(lang)));
    }

    /**
     * The page again with the messages; the form that was sent (details, discussion, amendment) shows what was typed.
     */
    private String redisplay(CurrentUser me, UUID id, Model model, FormErrors errors, String form, FormValues values) {
        DischargeSummary s = discharges.open(me, id);
        if (form != null) {
            model.addAttribute(form, values);
        }
        if (!model.containsAttribute("details")) {
            model.addAttribute("details", details(s));
        }
        if (!model.containsAttribute("discussion")) {
            model.addAttribute("discussion", FormValues.none());
        }
        if (!model.containsAttribute("amendment")) {
            model.addAttribute("amendment", FormValues.none());
        }
        return page(me, s, model, errors);
    }

    private String page(CurrentUser me, DischargeSummary s, Model model, FormErrors errors) {
        model.addAttribute("s", s);
        model.addAttribute("can", DischargeActions.of(me, s, guard));
        model.addAttribute("plans",
                Arrays.stream(EquipmentPlan.values()).map(p -> Map.entry(p.name(), p.title())).toList());
        model.addAttribute("kinds",
                Arrays.stream(DiscussionKind.values()).map(k -> Map.entry(k.name(), k.title())).toList());
        model.addAttribute("errors", errors);
        return "discharge/summary";
    }

    /** The details as saved, in the details form. */
    private static FormValues details(DischargeSummary s) {
        Map<String, String> v = new HashMap<>();
        v.put("adviceGiven", s.adviceGiven());
        v.put("followUp", s.followUp());
        v.put("gpName", s.gpName());
        v.put("version", String.valueOf(s.version()));
        return FormValues.ofSingle(v);
    }

    record Signing(Integer version) {
    }
}
