package org.therapyassist.discharge.web;

import jakarta.validation.Validator;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.therapyassist.discharge.DischargeCommands;
import org.therapyassist.discharge.DischargeSummary;
import org.therapyassist.discharge.Discharges;
import org.therapyassist.discharge.DiscussionKind;
import org.therapyassist.discharge.EquipmentPlan;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.DomainException;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.RefusedException;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.web.FormErrors;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.CommandGuard;
import org.therapyassist.policy.Performs;

/** One page for the whole discharge: outcomes, equipment at home, details, discussions, signing, the letter. */
@Controller
class DischargePages {

    private final Discharges discharges;
    private final Validator validator;
    private final CommandGuard guard;

    DischargePages(Discharges discharges, Validator validator, CommandGuard guard) {
        this.discharges = discharges;
        this.guard = guard;
        this.validator = validator;
    }

    @Performs(Command.WRITE_DISCHARGE)
    @PostMapping("/episodes/{episodeId}/discharge")
    String start(CurrentUser me, @PathVariable UUID episodeId) {
        return "redirect:/discharges/" + discharges.start(me, episodeId).id();
    }

    @GetMapping("/episodes/{episodeId}/discharge")
    String ofEpisode(CurrentUser me, @PathVariable UUID episodeId) {
        UUID id = discharges.idForEpisode(me.organisationId(), episodeId)
                .orElseThrow(() -> new NotFoundException("discharge.not-found",
                        "No discharge summary has been started for this episode."));
        return "redirect:/discharges/" + id;
    }

    @GetMapping("/discharges/{id}")
    String show(CurrentUser me, @PathVariable UUID id, Model model) {
        DischargeSummary s = discharges.open(me, id);
        model.addAttribute("details",
                new DetailsForm(s.adviceGiven(), s.followUp(), s.gpName(), String.valueOf(s.version())));
        model.addAttribute("discussion", new DiscussionForm(null, null, null, null, null, null));
        model.addAttribute("amendment", new DischargeCommands.NewAmendment(null, null));
        return page(me, s, model, new FormErrors());
    }

    @Performs(Command.WRITE_DISCHARGE)
    @PostMapping("/discharges/{id}/details")
    String details(CurrentUser me, @PathVariable UUID id, @ModelAttribute("details") DetailsForm form, Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        var command = new DischargeCommands.Details(form.adviceGiven(), form.followUp(), form.gpName(),
                errors.integer("version", "Version", form.version()));
        errors.validate(validator, command);
        if (errors.isEmpty() && attempt(errors, () -> discharges.update(me, id, command))) {
            redirect.addFlashAttribute("banner", "Advice and follow-up saved.");
            return "redirect:/discharges/" + id;
        }
        return redisplay(me, id, model, errors);
    }

    @Performs(Command.WRITE_DISCHARGE)
    @PostMapping("/discharges/{id}/equipment")
    String equipment(CurrentUser me, @PathVariable UUID id, @RequestParam(required = false) String loanId,
            @RequestParam(required = false) String plan, @RequestParam(required = false) String note, Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        UUID loan = Text.uuidOrNull(loanId);
        String field = "plan-" + loanId;
        EquipmentPlan chosen = errors.choice(field, EquipmentPlan.class, plan);
        if (chosen == null && !errors.has(field)) {
            errors.add(field, "Choose what happens to the item");
        }
        if (errors.isEmpty()) {
            try {
                discharges.planEquipment(me, id, new DischargeCommands.PlanItem(loan, chosen, note));
                redirect.addFlashAttribute("banner", "Saved what happens to the item.");
                return "redirect:/discharges/" + id + "#equipment";
            } catch (InvalidInputException e) {
                e.fieldErrors().forEach((k, v) -> errors.add("note".equals(k) ? "note-" + loanId : field, v));
            } catch (DomainException e) {
                errors.refuse(e);
            }
        }
        return redisplay(me, id, model, errors);
    }

    @Performs(Command.WRITE_DISCHARGE)
    @PostMapping("/discharges/{id}/discussions")
    String discussion(CurrentUser me, @PathVariable UUID id, @ModelAttribute("discussion") DiscussionForm form,
            Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        var held = errors.date("heldOn", "date of the discussion", form.heldOnDay(), form.heldOnMonth(),
                form.heldOnYear(), true);
        var command = new DischargeCommands.NewDiscussion(errors.choice("kind", DiscussionKind.class, form.kind()),
                held,
                form.participants(), form.agreed());
        errors.validate(validator, command);
        if (errors.isEmpty() && attempt(errors, () -> discharges.addDiscussion(me, id, command))) {
            redirect.addFlashAttribute("banner", "Discussion recorded.");
            return "redirect:/discharges/" + id + "#discussions";
        }
        return redisplay(me, id, model, errors);
    }

    @Performs(Command.SIGN_DISCHARGE)
    @PostMapping("/discharges/{id}/sign")
    String sign(CurrentUser me, @PathVariable UUID id, @RequestParam(required = false) Integer version, Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        if (attempt(errors, () -> discharges.sign(me, id, version))) {
            redirect.addFlashAttribute("banner",
                    "Discharge summary signed. The episode of care is closed and the letter is ready.");
            return "redirect:/discharges/" + id;
        }
        return redisplay(me, id, model, errors);
    }

    @Performs(Command.AMEND_DISCHARGE)
    @PostMapping("/discharges/{id}/amendments")
    String amend(CurrentUser me, @PathVariable UUID id,
            @ModelAttribute("amendment") DischargeCommands.NewAmendment form,
            Model model, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        errors.validate(validator, form);
        if (errors.isEmpty() && attempt(errors, () -> discharges.amend(me, id, form))) {
            redirect.addFlashAttribute("banner", "Amendment added. The signed summary is unchanged.");
            return "redirect:/discharges/" + id;
        }
        return redisplay(me, id, model, errors);
    }

    @GetMapping("/discharges/{id}/letter.pdf")
    ResponseEntity<byte[]> letter(CurrentUser me, @PathVariable UUID id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("discharge-letter.pdf").build().toString())
                .body(discharges.letter(me, id));
    }

    private static boolean attempt(FormErrors errors, Runnable work) {
        try {
            work.run();
            return true;
        } catch (InvalidInputException e) {
            errors.add(e);
        } catch (RefusedException | ConflictException e) {
            errors.refuse(e);
        }
        return false;
    }

    private String redisplay(CurrentUser me, UUID id, Model model, FormErrors errors) {
        DischargeSummary s = discharges.open(me, id);
        if (!model.containsAttribute("details")) {
            model.addAttribute("details",
                    new DetailsForm(s.adviceGiven(), s.followUp(), s.gpName(), String.valueOf(s.version())));
        }
        if (!model.containsAttribute("discussion")) {
            model.addAttribute("discussion", new DiscussionForm(null, null, null, null, null, null));
        }
        if (!model.containsAttribute("amendment")) {
            model.addAttribute("amendment", new DischargeCommands.NewAmendment(null, null));
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

    record DetailsForm(String adviceGiven, String followUp, String gpName, String version) {
    }

    record DiscussionForm(String kind, String heldOnDay, String heldOnMonth, String heldOnYear, String participants,
            String agreed) {
    }
}
