package org.therapyassist.induction.web;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.therapyassist.induction.InductionRules;
import org.therapyassist.induction.Rotation;
import org.therapyassist.induction.Rotations;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
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
/** Rotations: the plan, who is arriving in my team with what competencies, and each move's handover checklist. */
@Controller
class RotationPages {

    private final Rotations rotations;
    private final StaffDirectory directory;
    private final Clock clock;

    private final CommandGuard guard;

    RotationPages(Rotations rotations, StaffDirectory directory, CommandGuard guard, Clock clock) {
        this.guard = guard;
        this.rotations = rotations;
        this.directory = directory;
        this.clock = clock;
    }

    @GetMapping("/rotations")
    String list(CurrentUser me, @PageSize(PAGE_SIZE) PageRequest page, Model model) {
        return listPage(me, model, new FormErrors(), FormValues.none(), page);
    }

    @Performs(Command.PLAN_ROTATION)
    @PostMapping("/rotations")
    String plan(CurrentUser me, FormPost<InductionForms.NewRotation> post, Model model, RedirectAttributes redirect) {
        return post.submit(form -> {
            UUID id = rotations.plan(me, form.command());
            redirect.addFlashAttribute("banner",
                    Messages.text("induction.banner.rotation-planned"));
            return "redirect:/rotations/" + id;
        }, (errors, values) -> listPage(me, model, errors, values, PageRequest.first(PAGE_SIZE)));
    }

    @GetMapping("/rotations/{id}")
    String show(CurrentUser me, @PathVariable UUID id, Model model) {
        StaffMember self = directory.require(me.organisationId(), me.staffId());
        Rotation rotation = rotations.require(me.organisationId(), id);
        model.addAttribute("rotation", rotation);
        model.addAttribute("can", RotationActions.of(me, self, rotation, guard));
        return "induction/rotation";
    }

    @Performs(Command.HAND_OVER_ROTATION)
    @PostMapping("/rotations/{id}/handover/{itemId}")
    String tick(CurrentUser me, @PathVariable UUID id, @PathVariable UUID itemId, RedirectAttributes redirect) {
        return Actions.run(redirect, "/rotations/" + id, () -> {
            rotations.tick(me, id, itemId);
            return Messages.text("induction.banner.handover-ticked");
        });
    }

    @Performs(Command.START_PLACEMENT)
    @PostMapping("/rotations/{id}/start")
    String start(CurrentUser me, @PathVariable UUID id, RedirectAttributes redirect) {
        return Actions.run(redirect, "/rotations/" + id, () -> {
            rotations.start(me, id);
            return Messages.text("induction.banner.placement-started");
        });
    }

    static final int PAGE_SIZE = 25;
    /** Arrivals into the lead's own team shown above the list; more are on the API. */
    static final int ARRIVALS_SHOWN = 20;

    private String listPage(CurrentUser me, Model model, FormErrors errors, Map<String, String> values,
            PageRequest page) {
        StaffMember self = directory.require(me.organisationId(), me.staffId());
        InductionRules.requireLead(self);
        List<StaffMember> all = directory.options(me.organisationId(), StaffDirectory.Pick.EVERYONE);
        model.addAttribute("rotations", rotations.all(me.organisationId(), page));
        model.addAttribute("arrivals", self.teamId() == null
                ? Page.empty(PageRequest.first(ARRIVALS_SHOWN))
                : rotations.arrivals(me.organisationId(), self.teamId(), Time.today(clock),
                        PageRequest.first(ARRIVALS_SHOWN)));
        model.addAttribute("myTeam", self.teamName());
        model.addAttribute("people", all.stream().filter(s -> s.teamId() != null)
                .map(s -> Map.entry(s.id().toString(), s.displayName() + " (" + s.teamName() + ")")).toList());
        model.addAttribute("teams", directory.teams(me.organisationId()).stream()
                .map(t -> Map.entry(t.id().toString(), t.name())).toList());
        model.addAttribute("errors", errors);
        model.addAttribute("v", values);
        return "induction/rotations";
    }
}
