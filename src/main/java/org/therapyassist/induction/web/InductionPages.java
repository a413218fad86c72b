package org.therapyassist.induction.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
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
import org.therapyassist.induction.InductionProgress;
import org.therapyassist.induction.InductionRules;
import org.therapyassist.induction.StandardSet;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Actions;
import org.therapyassist.platform.web.FormErrors;
import org.therapyassist.platform.web.FormPost;
import org.therapyassist.platform.web.FormValues;
import org.therapyassist.platform.web.Messages;
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
        return overviewPage(me, model, new FormErrors(), FormValues.none(), page);
    }

    @Performs(Command.PLAN_INDUCTION)
    @PostMapping("/induction/plans")
    String create(CurrentUser me, FormPost<InductionForms.NewPlan> post, Model model, RedirectAttributes redirect) {
        return post.submit(form -> {
            induction.createPlan(me, form.staffId(), form.startsOn());
            redirect.addFlashAttribute("banner", Messages.text("induction.banner.plan-started"));
            return "redirect:/staff/" + form.staffId() + "/induction";
        }, (errors, values) -> overviewPage(me, model, errors, values, PageRequest.first(PAGE_SIZE)));
    }

    /** A radio button and a save button: a refusal comes back on the overview as its problem. */
    @Performs(Command.CHOOSE_STANDARD_SET)
    @PostMapping("/induction/standard-set")
    String chooseSet(CurrentUser me, @RequestParam(required = false) String standardSet, RedirectAttributes redirect) {
        // Not one of the sets reads as none chosen, for the service to ask for one.
        StandardSet set = Arrays.stream(StandardSet.values()).filter(s -> s.name().equals(standardSet)).findFirst()
                .orElse(null);
        return Actions.run(redirect, "/induction", () -> {
            induction.chooseStandardSet(me, set);
            return Messages.text("induction.banner.set-chosen", set.title());
        });
    }

    @Performs(Command.NAME_ASSESSOR)
    @PostMapping("/induction/assessors")
    String nameAssessor(CurrentUser me, @RequestParam(name = "assessorId", required = false) String staffId,
            RedirectAttributes redirect) {
        UUID id = Text.uuidOrNull(staffId);
        return Actions.run(redirect, "/induction", () -> {
            if (id == null) {
                throw new InvalidInputException(
                        Map.of("assessorId", Messages.text("induction.assessors.name.blank")));
            }
            assessors.nameAssessor(me, id);
            return Messages.text("induction.banner.assessor-named");
        });
    }

    @Performs(Command.NAME_ASSESSOR)
    @PostMapping("/induction/assessors/{staffId}/remove")
    String removeAssessor(CurrentUser me, @PathVariable UUID staffId, RedirectAttributes redirect) {
        return Actions.run(redirect, "/induction", () -> {
            assessors.removeAssessor(me, staffId);
            return Messages.text("induction.banner.assessor-withdrawn");
        });
    }

    @GetMapping("/staff/{id}/induction")
    String plan(CurrentUser me, @PathVariable UUID id, Model model) {
        return planPage(me, id, model, new FormErrors(), FormValues.none());
    }

    @Performs(Command.PLAN_INDUCTION)
    @PostMapping("/staff/{id}/induction")
    String createHere(CurrentUser me, @PathVariable UUID id, FormPost<InductionForms.PlanStart> post, Model model,
            RedirectAttributes redirect) {
        return post.submit(form -> {
            induction.createPlan(me, id, form.startsOn());
            redirect.addFlashAttribute("banner", Messages.text("induction.banner.plan-started"));
            return "redirect:/staff/" + id + "/induction";
        }, (errors, values) -> planPage(me, id, model, errors, values));
    }

    @Performs(Command.PLAN_INDUCTION)
    @PostMapping("/staff/{id}/induction/items")
    String addItem(CurrentUser me, @PathVariable UUID id, FormPost<InductionForms.NewItem> post, Model model,
            RedirectAttributes redirect) {
        return post.submit(form -> {
            induction.addLocalItem(me, id, form.title());
            redirect.addFlashAttribute("banner", Messages.text("induction.banner.item-added"));
            return "redirect:/staff/" + id + "/induction";
        }, (errors, values) -> planPage(me, id, model, errors, values));
    }

    @Performs(Command.SIGN_OFF_INDUCTION_ITEM)
    @PostMapping("/induction/items/{itemId}/sign-off")
    String signOff(CurrentUser me, @PathVariable UUID itemId, @RequestParam UUID staffId,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return Actions.run(redirect, "/staff/" + staffId + "/induction", () -> {
            induction.signOff(me, itemId, note);
            return Messages.text("induction.banner.item-signed-off");
        });
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
        model.addAttribute("usualWeeks", InductionProgress.USUAL_WEEKS);
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
        return "induction/induction";
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
        model.addAttribute("can", PlanActions.of(me, self, named, starter, guard));
        model.addAttribute("usualWeeks", InductionProgress.USUAL_WEEKS);
        model.addAttribute("standardSet", induction.standardSetOf(me.organisationId()));
        model.addAttribute("errors", errors);
        model.addAttribute("v", values);
        return "induction/induction-plan";
    }
}
