package org.therapyassist.development.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
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
import org.therapyassist.competence.SignOffMethod;
import org.therapyassist.competence.SignOffs;
import org.therapyassist.development.Supervision;
import org.therapyassist.development.Thanks;
import org.therapyassist.platform.ConflictException;
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

@Controller
class StaffPages {

    private final StaffDirectory directory;
    private final CompetencyRegister competencies;
    private final SignOffs signOffs;
    private final Thanks thanks;
    private final Supervision supervision;
    private final Clock clock;

    StaffPages(StaffDirectory directory, CompetencyRegister competencies, SignOffs signOffs, Thanks thanks,
            Supervision supervision, Clock clock) {
        this.supervision = supervision;
        this.directory = directory;
        this.competencies = competencies;
        this.signOffs = signOffs;
        this.thanks = thanks;
        this.clock = clock;
    }

    static final int PAGE_SIZE = 25;
    /** The staff page shows the newest of these; the API pages through the rest. */
    static final int LATEST = 10;

    @GetMapping("/staff")
    String list(CurrentUser me, @PageSize(PAGE_SIZE) PageRequest page, Model model) {
        model.addAttribute("staff", directory.page(me.organisationId(), false, page));
        return "workforce/staff-list";
    }

    @GetMapping("/staff/{id}")
    String show(CurrentUser me, @PathVariable UUID id, @RequestParam(required = false) String about,
            @PageSize(PAGE_SIZE) PageRequest page, Model model) {
        return page(me, id, model, new FormErrors(), about == null ? Map.of() : Map.of("about", about), page);
    }

    @Performs(Command.RECORD_SUPERVISION)
    @PostMapping("/staff/{id}/supervision")
    String supervise(CurrentUser me, @PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        LocalDate heldOn = errors.date("heldOn", "date of the session", form.get("heldOnDay"), form.get("heldOnMonth"),
                form.get("heldOnYear"), true);
        LocalDate next = errors.date("nextDueOn", "next session date", form.get("nextDueOnDay"),
                form.get("nextDueOnMonth"),
                form.get("nextDueOnYear"), false);
        Supervision.Kind kind = errors.choice("kind", Supervision.Kind.class, form.get("kind"));
        Supervision.Wellbeing wellbeing = errors.choice("wellbeing", Supervision.Wellbeing.class,
                form.get("wellbeing"));
        if (errors.isEmpty()) {
            try {
                supervision.record(me, id, new Supervision.NewSession(heldOn, kind, form.get("discussed"),
                        form.get("actions"), wellbeing, next));
                redirect.addFlashAttribute("banner", "Supervision recorded.");
                return "redirect:/staff/" + id;
            } catch (InvalidInputException e) {
                errors.add(e);
            } catch (NotAllowedException e) {
                errors.refuse(e);
            }
        }
        return page(me, id, model, errors, form, PageRequest.first(PAGE_SIZE));
    }

    @Performs(Command.GIVE_THANKS)
    @PostMapping("/staff/{id}/thanks")
    String thank(CurrentUser me, @PathVariable UUID id, @RequestParam(required = false) String about,
            @RequestParam(required = false) String message, Model model, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        try {
            thanks.give(me, id, about, message);
            redirect.addFlashAttribute("banner", "Thank you sent.");
            return "redirect:/staff/" + id;
        } catch (InvalidInputException e) {
            errors.add(e);
        } catch (NotAllowedException e) {
            errors.refuse(e);
        }
        Map<String, String> values = new java.util.HashMap<>();
        values.put("about", about == null ? "" : about);
        values.put("message", message == null ? "" : message);
        return page(me, id, model, errors, values, PageRequest.first(PAGE_SIZE));
    }

    private String page(CurrentUser me, UUID id, Model model, FormErrors errors, Map<String, String> values,
            PageRequest signOffPage) {
        StaffMember person = directory.require(me.organisationId(), id);
        LocalDate today = Time.today(clock);
        model.addAttribute("person", person);
        model.addAttribute("signOffs", competencies.signOffsOf(me.organisationId(), id, signOffPage));
        model.addAttribute("requests", signOffs.requestsOf(me.organisationId(), id, PageRequest.first(LATEST)));
        model.addAttribute("today", today);
        model.addAttribute("catalogue", competencies.catalogue().entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getKey() + " " + e.getValue())).toList());
        model.addAttribute("methods",
                Arrays.stream(SignOffMethod.values()).map(m -> Map.entry(m.name(), m.title())).toList());
        model.addAttribute("canAssess", me.isRegistrant() && !me.staffId().equals(id) && person.stage().isPresent());
        model.addAttribute("isMe", me.staffId().equals(id) && person.stage().isPresent());
        model.addAttribute("canThank", !me.staffId().equals(id));
        model.addAttribute("seesDevelopmentRecords", org.therapyassist.staff.DevelopmentRules.maySee(me, id));
        model.addAttribute("thanks", thanks.receivedBy(me.organisationId(), id, 20));
        boolean seesSupervision = me.staffId().equals(id) || me.isRegistrant();
        model.addAttribute("supervision", seesSupervision
                ? supervision.sessionsOf(me.organisationId(), id, PageRequest.first(LATEST))
                : org.therapyassist.platform.Page.empty(PageRequest.first(LATEST)));
        model.addAttribute("canSupervise", me.isRegistrant() && !me.staffId().equals(id) && person.stage().isPresent());
        model.addAttribute("kinds", Arrays.stream(Supervision.Kind.values())
                .map(k -> Map.entry(k.name(), k.name().charAt(0) + k.name().substring(1).toLowerCase())).toList());
        model.addAttribute("wellbeings", List.of(Map.entry("GOOD", "Good"), Map.entry("SOME_CONCERNS", "Some concerns"),
                Map.entry("NEEDS_SUPPORT", "Needs support")));
        model.addAttribute("errors", errors);
        model.addAttribute("v", values);
        return "workforce/staff";
    }

    @Performs(Command.SIGN_OFF_COMPETENCY)
    @PostMapping("/staff/{id}/sign-offs")
    String signOff(CurrentUser me, @PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        LocalDate signedOn = errors.date("signedOn", "date of the assessment", form.get("signedOnDay"),
                form.get("signedOnMonth"), form.get("signedOnYear"), true);
        LocalDate expiresOn = errors.date("expiresOn", "expiry date", form.get("expiresOnDay"),
                form.get("expiresOnMonth"),
                form.get("expiresOnYear"), false);
        SignOffMethod method = errors.choice("method", SignOffMethod.class, form.get("method"));
        if (method == null && !errors.has("method")) {
            errors.add("method", "Choose how you assessed the competence");
        }
        if (form.get("competencyCode") == null || form.get("competencyCode").isBlank()) {
            errors.add("competencyCode", "Choose the competency");
        }
        if (errors.isEmpty()) {
            try {
                signOffs.signOff(me, id, new SignOffs.NewSignOff(form.get("competencyCode"), signedOn, method,
                        form.get("evidence"), expiresOn));
                redirect.addFlashAttribute("banner", "Competency " + form.get("competencyCode") + " signed off.");
                return "redirect:/staff/" + id;
            } catch (InvalidInputException e) {
                errors.add(e);
            } catch (NotAllowedException e) {
                errors.refuse(e);
            }
        }
        return page(me, id, model, errors, form, PageRequest.first(PAGE_SIZE));
    }

    @Performs(Command.REVOKE_SIGN_OFF)
    @PostMapping("/sign-offs/{signOffId}/revoke")
    String revoke(CurrentUser me, @PathVariable UUID signOffId, @RequestParam UUID staffId,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            signOffs.revoke(me, signOffId, reason);
            redirect.addFlashAttribute("banner",
                    "Sign-off withdrawn. Delegations that relied on it are flagged to their therapists.");
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("problem", FormErrors.messageOf(e));
        }
        return "redirect:/staff/" + staffId;
    }

    @Performs(Command.REQUEST_SIGN_OFF)
    @PostMapping("/sign-off-requests")
    String request(CurrentUser me, @RequestParam(required = false) String competencyCode,
            @RequestParam(required = false) String note, @RequestParam(required = false) String returnTo, Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        // Asked from the statement's development page: go back there, with any refusal as a message on that page.
        boolean fromDevelopment = "development".equals(returnTo) && competencyCode != null
                && competencyCode.matches("\\d\\.\\d{2}");
        try {
            signOffs.request(me, competencyCode, note);
            redirect.addFlashAttribute("banner",
                    "Sign-off requested. A registered therapist in your team will arrange to assess you.");
            return fromDevelopment
                    ? "redirect:/staff/" + me.staffId() + "/development/" + competencyCode
                    : "redirect:/staff/" + me.staffId();
        } catch (InvalidInputException | ConflictException e) {
            if (fromDevelopment) {
                redirect.addFlashAttribute("problem", FormErrors.messageOf(e));
                return "redirect:/staff/" + me.staffId() + "/development/" + competencyCode;
            }
            if (e instanceof ConflictException conflict) {
                errors.add("competencyCode", conflict.getMessage());
            } else {
                errors.add((InvalidInputException) e);
            }
        }
        return page(me, me.staffId(), model, errors, Map.of("note", note == null ? "" : note),
                PageRequest.first(PAGE_SIZE));
    }

    @Performs(Command.REFUSE_SIGN_OFF)
    @PostMapping("/sign-off-requests/{requestId}/refuse")
    String refuse(CurrentUser me, @PathVariable UUID requestId, @RequestParam UUID staffId,
            @RequestParam(required = false) String feedback, RedirectAttributes redirect) {
        try {
            signOffs.refuse(me, requestId, feedback);
            redirect.addFlashAttribute("banner", "Request refused; your feedback has been sent.");
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("problem", FormErrors.messageOf(e));
        }
        return "redirect:/staff/" + staffId;
    }
}
