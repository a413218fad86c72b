package org.therapyassist.induction.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.therapyassist.induction.CareCertificateAssessors;
import org.therapyassist.induction.Induction;
import org.therapyassist.induction.InductionRules;
import org.therapyassist.induction.StandardSet;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.DomainException;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.FormErrors;
import org.therapyassist.platform.web.PageSize;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.CommandGuard;
import org.therapyassist.policy.Performs;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.staff.StaffMember;

/** The lead's induction overview, and one new starter's plan with sign-off buttons. */
@Controller
class InductionPages {

    private final Induction induction;
    private final CareCertificateAssessors assessors;
    private final StaffDirectory directory;
    private final Clock clock;

    private final CommandGuard guard;

    InductionPages(Induction induction, CareCertificateAssessors assessors, StaffDirectory directory,
            CommandGuard guard,
            Clock clock) {
        this.assessors = assessors;
        this.guard = guard;
        this.induction = induction;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping("/induction")
    String overview(CurrentUser me, @PageSize(PAGE_SIZE) PageRequest page, Model model) {
        return overviewPage(me, model, new FormErrors(), Map.of(), page);
    }

    @Performs(Command.PLAN_INDUCTION)
    @PostMapping("/induction/plans")
    String create(CurrentUser me, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        UUID staffId = Text.uuidOrNull(form.get("staffId"));
        if (staffId == null) {
            errors.add("staffId", "Choose the new starter");
        }
        LocalDate startsOn = errors.date("startsOn", "start date", form.get("startsOnDay"), form.get("startsOnMonth"),
                form.get("startsOnYear"), true);
        if (errors.isEmpty()) {
            try {
                induction.createPlan(me, staffId, startsOn);
                redirect.addFlashAttribute("banner", "Induction plan started.");
                return "redirect:/staff/" + staffId + "/induction";
            } catch (InvalidInputException e) {
                errors.add(e);
            } catch (NotAllowedException | ConflictException e) {
                errors.refuse(e);
            }
        }
        return overviewPage(me, model, errors, form, PageRequest.first(PAGE_SIZE));
    }

    @Performs(Command.CHOOSE_STANDARD_SET)
    @PostMapping("/induction/standard-set")
    String chooseSet(CurrentUser me, @RequestParam(required = false) String standardSet, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        StandardSet set = errors.choice("standardSet", StandardSet.class, standardSet);
        try {
            induction.chooseStandardSet(me, set);
            redirect.addFlashAttribute("banner", "New induction plans will use the " + set.title() + ".");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", FormErrors.messageOf(e));
        }
        return "redirect:/induction";
    }

    @Performs(Command.NAME_ASSESSOR)
    @PostMapping("/induction/assessors")
    String nameAssessor(CurrentUser me, @RequestParam(name = "assessorId", required = false) String staffId,
            RedirectAttributes redirect) {
        UUID id = Text.uuidOrNull(staffId);
        if (id == null) {
            redirect.addFlashAttribute("problem", "Choose who to name as a Care Certificate assessor");
            return "redirect:/induction";
        }
        return act(redirect, "/induction", "Care Certificate assessor named.", () -> assessors.nameAssessor(me, id));
    }

    @Performs(Command.NAME_ASSESSOR)
    @PostMapping("/induction/assessors/{staffId}/remove")
    String removeAssessor(CurrentUser me, @PathVariable UUID staffId, RedirectAttributes redirect) {
        return act(redirect, "/induction", "Assessor naming withdrawn.", () -> assessors.removeAssessor(me, staffId));
    }

    @GetMapping("/staff/{id}/induction")
    String plan(CurrentUser me, @PathVariable UUID id, Model model) {
        return planPage(me, id, model, new FormErrors(), Map.of());
    }

    @Performs(Command.PLAN_INDUCTION)
    @PostMapping("/staff/{id}/induction")
    String createHere(CurrentUser me, @PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        LocalDate startsOn = errors.date("startsOn", "start date", form.get("startsOnDay"), form.get("startsOnMonth"),
                form.get("startsOnYear"), true);
        if (errors.isEmpty()) {
            try {
                induction.createPlan(me, id, startsOn);
                redirect.addFlashAttribute("banner", "Induction plan started.");
                return "redirect:/staff/" + id + "/induction";
            } catch (InvalidInputException e) {
                errors.add(e);
            } catch (NotAllowedException | ConflictException e) {
                errors.refuse(e);
            }
        }
        return planPage(me, id, model, errors, form);
    }

    @Performs(Command.PLAN_INDUCTION)
    @PostMapping("/staff/{id}/induction/items")
    String addItem(CurrentUser me, @PathVariable UUID id, @RequestParam(required = false) String title, Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        try {
            induction.addLocalItem(me, id, title);
            redirect.addFlashAttribute("banner", "Induction item added.");
            return "redirect:/staff/" + id + "/induction";
        } catch (InvalidInputException e) {
            errors.add(e);
        } catch (NotAllowedException e) {
            errors.refuse(e);
        }
        Map<String, String> values = new HashMap<>();
        values.put("title", title == null ? "" : title);
        return planPage(me, id, model, errors, values);
    }

    @Performs(Command.SIGN_OFF_INDUCTION_ITEM)
    @PostMapping("/induction/items/{itemId}/sign-off")
    String signOff(CurrentUser me, @PathVariable UUID itemId, @RequestParam UUID staffId,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return act(redirect, "/staff/" + staffId + "/induction", "Induction item signed off.",
                () -> induction.signOff(me, itemId, note));
    }

    private String act(RedirectAttributes redirect, String back, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("banner", done);
        } catch (InvalidInputException | ConflictException | NotAllowedException e) {
            redirect.addFlashAttribute("problem", FormErrors.messageOf((DomainException) e));
        }
        return "redirect:" + back;
    }

    static final int PAGE_SIZE = 25;

    private String overviewPage(CurrentUser me, Model model, FormErrors errors, Map<String, String> values,
            PageRequest page) {
        StaffMember self = directory.require(me.organisationId(), me.staffId());
        InductionRules.requireLead(self);
        LocalDate today = Time.today(clock);
        Page<Induction.Summary> overview = induction.overview(me.organisationId(), today, page);
        Set<UUID> withPlan = induction.withPlan(me.organisationId());
        Page<CareCertificateAssessors.Assessor> listed = this.assessors.assessors(me.organisationId(),
                PageRequest.first(PageRequest.MAX_SIZE));
        Set<UUID> named = this.assessors.namedAssessors(me.organisationId());
        List<StaffMember> all = directory.options(me.organisationId(), StaffDirectory.Pick.EVERYONE);
        model.addAttribute("overview", overview);
        model.addAttribute("standardSet", induction.standardSetOf(me.organisationId()));
        model.addAttribute("sets",
                Arrays.stream(StandardSet.values()).map(s -> Map.entry(s.name(), s.title())).toList());
        model.addAttribute("canChooseSet", guard.allows(me, Command.CHOOSE_STANDARD_SET));
        model.addAttribute("assessors", listed);
        model.addAttribute("candidates", all.stream()
                .filter(s -> s.stage().isPresent() && !s.isRegistrant() && !named.contains(s.id()))
                .map(s -> Map.entry(s.id().toString(), s.displayName() + " (" + s.jobRole().title() + ")")).toList());
        model.addAttribute("starters", all.stream()
                .filter(s -> s.stage().isPresent() && !withPlan.contains(s.id()) && !s.id().equals(self.id()))
                .map(s -> Map.entry(s.id().toString(), s.displayName() + " (" + s.jobRole().title() + ")")).toList());
        model.addAttribute("errors", errors);
        model.addAttribute("v", values);
        return "workforce/induction";
    }

    private String planPage(CurrentUser me, UUID id, Model model, FormErrors errors, Map<String, String> values) {
        StaffMember self = directory.require(me.organisationId(), me.staffId());
        StaffMember starter = directory.require(me.organisationId(), id);
        boolean own = self.id().equals(starter.id());
        if (!own) {
            InductionRules.requireLead(self);
        }
        boolean named = assessors.isNamedAssessor(me.organisationId(), self.id());
        model.addAttribute("person", starter);
        model.addAttribute("plan", induction.planOf(me.organisationId(), id).orElse(null));
        model.addAttribute("canSignStandards",
                InductionRules.maySignOff(self, named, starter, InductionRules.ItemKind.CARE_CERTIFICATE));
        model.addAttribute("canSignLocal",
                InductionRules.maySignOff(self, named, starter, InductionRules.ItemKind.LOCAL));
        model.addAttribute("isLead", org.therapyassist.staff.Leads.isLead(self) && !own);
        model.addAttribute("standardSet", induction.standardSetOf(me.organisationId()));
        model.addAttribute("errors", errors);
        model.addAttribute("v", values);
        return "workforce/induction-plan";
    }
}
