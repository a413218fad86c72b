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
        return "development/staff-list";
    }

    @GetMapping("/staff/{id}")
    String show(CurrentUser me, @PathVariable UUID id, @RequestParam(required = false) String about,
            @PageSize(PAGE_SIZE) PageRequest page, Model model) {
        return page(me, id, model, new FormErrors(),
                about == null ? FormValues.none() : FormValues.ofSingle(Map.of("about", about)), page);
    }

    @Performs(Command.RECORD_SUPERVISION)
    @PostMapping("/staff/{id}/supervision")
    String supervise(CurrentUser me, @PathVariable UUID id, FormPost<DevelopmentForms.SupervisionSession> post,
            Model model, RedirectAttributes redirect) {
        return post.submit(form -> {
            supervision.record(me, id, form.command());
            redirect.addFlashAttribute("banner", Messages.text("development.banner.supervision-recorded"));
            return "redirect:/staff/" + id;
        }, (errors, values) -> page(me, id, model, errors, values, PageRequest.first(PAGE_SIZE)));
    }

    @Performs(Command.GIVE_THANKS)
    @PostMapping("/staff/{id}/thanks")
    String thank(CurrentUser me, @PathVariable UUID id, FormPost<DevelopmentForms.ThankYou> post, Model model,
            RedirectAttributes redirect) {
        return post.submit(form -> {
            thanks.give(me, id, form.about(), form.message());
            redirect.addFlashAttribute("banner", Messages.text("development.banner.thanks-sent"));
            return "redirect:/staff/" + id;
        }, (errors, values) -> page(me, id, model, errors, values, PageRequest.first(PAGE_SIZE)));
    }

    private String page(CurrentUser me, UUID id, Model model, FormErrors errors, Map<String, String> values,
            PageRequest signOffPage) {
        StaffMember person = directory.require(me.organisationId(), id);
        LocalDate today = Time.today(clock);
        model.addAttribute("person", person);
        StaffActions can = StaffActions.of(me, person);
        model.addAttribute("can", can);
        model.addAttribute("signOffs", competencies.signOffsOf(me.organisationId(), id, signOffPage)
                .map(so -> SignOffLines.SignOff.of(so, today, can)));
        model.addAttribute("requests", signOffs.requestsOf(me.organisationId(), id, PageRequest.first(LATEST))
                .map(r -> SignOffLines.Request.of(r, can)));
        model.addAttribute("catalogue", competencies.catalogue().entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getKey() + " " + e.getValue())).toList());
        model.addAttribute("methods",
                Arrays.stream(SignOffMethod.values()).map(m -> Map.entry(m.name(), m.title())).toList());
        model.addAttribute("thanks", thanks.receivedBy(me.organisationId(), id, 20));
        boolean seesSupervision = me.is(id) || me.isRegistrant();
        model.addAttribute("supervision", seesSupervision
                ? supervision.sessionsOf(me.organisationId(), id, PageRequest.first(LATEST))
                : Page.empty(PageRequest.first(LATEST)));
        model.addAttribute("kinds", Arrays.stream(Supervision.Kind.values())
                .map(k -> Map.entry(k.name(), Messages.text("development.supervision.kind." + k.name()))).toList());
        model.addAttribute("wellbeings",
                List.of(Map.entry("GOOD", Messages.text("development.supervision.wellbeing.GOOD")),
                        Map.entry("SOME_CONCERNS", Messages.text("development.supervision.wellbeing.SOME_CONCERNS")),
                        Map.entry("NEEDS_SUPPORT", Messages.text("development.supervision.wellbeing.NEEDS_SUPPORT"))));
        model.addAttribute("errors", errors);
        model.addAttribute("v", values);
        return "development/staff";
    }

    @Performs(Command.SIGN_OFF_COMPETENCY)
    @PostMapping("/staff/{id}/sign-offs")
    String signOff(CurrentUser me, @PathVariable UUID id, FormPost<DevelopmentForms.SignOff> post, Model model,
            RedirectAttributes redirect) {
        return post.submit(form -> {
            signOffs.signOff(me, id, form.command());
            redirect.addFlashAttribute("banner", Messages.text("development.banner.signed-off", form.competencyCode()));
            return "redirect:/staff/" + id;
        }, (errors, values) -> page(me, id, model, errors, values, PageRequest.first(PAGE_SIZE)));
    }

    @Performs(Command.REVOKE_SIGN_OFF)
    @PostMapping("/sign-offs/{signOffId}/revoke")
    String revoke(CurrentUser me, @PathVariable UUID signOffId, @RequestParam UUID staffId,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        return Actions.run(redirect, "/staff/" + staffId, () -> {
            signOffs.revoke(me, signOffId, reason);
            return Messages.text("development.banner.sign-off-withdrawn");
        });
    }

    /**
     * Asked from the staff page, a refusal comes back there beside the competency; asked from a statement's
     * development page, it goes back there with the refusal as its problem.
     */
    @Performs(Command.REQUEST_SIGN_OFF)
    @PostMapping("/sign-off-requests")
    String request(CurrentUser me, FormPost<DevelopmentForms.SignOffRequest> post, Model model,
            RedirectAttributes redirect) {
        String requested = Messages.text("development.banner.sign-off-requested");
        return post.refusalsBeside("competencyCode").submit(form -> {
            if (form.fromDevelopment()) {
                String back = "/staff/" + me.staffId() + "/development/" + form.competencyCode();
                return Actions.run(redirect, back, () -> {
                    signOffs.request(me, form.competencyCode(), form.note());
                    return requested;
                });
            }
            signOffs.request(me, form.competencyCode(), form.note());
            redirect.addFlashAttribute("banner", requested);
            return "redirect:/staff/" + me.staffId();
        }, (errors, values) -> page(me, me.staffId(), model, errors, values, PageRequest.first(PAGE_SIZE)));
    }

    @Performs(Command.REFUSE_SIGN_OFF)
    @PostMapping("/sign-off-requests/{requestId}/refuse")
    String refuse(CurrentUser me, @PathVariable UUID requestId, @RequestParam UUID staffId,
            @RequestParam(required = false) String feedback, RedirectAttributes redirect) {
        return Actions.run(redirect, "/staff/" + staffId, () -> {
            signOffs.refuse(me, requestId, feedback);
            return Messages.text("development.banner.request-refused");
        });
    }
}
