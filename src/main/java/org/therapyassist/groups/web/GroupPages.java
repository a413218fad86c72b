package org.therapyassist.groups.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.therapyassist.groups.ClassType;
import org.therapyassist.groups.Enrolments;
import org.therapyassist.groups.GroupClasses;
import org.therapyassist.groups.Outcome;
import org.therapyassist.groups.Registers;
import org.therapyassist.outcomes.MeasureLibrary;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Stage;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Actions;
import org.therapyassist.platform.web.FormErrors;
import org.therapyassist.platform.web.FormPost;
import org.therapyassist.platform.web.Languages;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.platform.web.PageSize;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.CommandGuard;
import org.therapyassist.policy.Performs;
import org.therapyassist.staff.StaffDirectory;

/** Group classes: the list and this week's sessions, a class with its enrolments and waiting list, and the register. */
@Controller
class GroupPages {

    private final GroupClasses classes;
    private final Enrolments enrolments;
    private final Registers registers;
    private final StaffDirectory staff;
    private final Clock clock;

    private final CommandGuard guard;

    GroupPages(GroupClasses classes, Enrolments enrolments, Registers registers, StaffDirectory staff, Clock clock,
            CommandGuard guard) {
        this.guard = guard;
        this.classes = classes;
        this.enrolments = enrolments;
        this.registers = registers;
        this.staff = staff;
        this.clock = clock;
    }

    @GetMapping("/groups")
    String home(CurrentUser me, @PageSize(PAGE_SIZE) PageRequest page, Model model) {
        LocalDate today = Time.today(clock);
        model.addAttribute("classes", classes.all(me.organisationId(), page));
        model.addAttribute("sessions",
                classes.sessionsBetween(me.organisationId(), today.minusDays(7), today.plusDays(7)));
        model.addAttribute("today", today);
        model.addAttribute("can", GroupActions.of(me, today, guard));
        return "groups/home";
    }

    @GetMapping("/groups/classes/new")
    String newClass(CurrentUser me, Model model) {
        return newClassPage(me, model, new FormErrors(), Map.of("capacity", "12", "durationMinutes", "60"));
    }

    @Performs(Command.CREATE_GROUP_CLASS)
    @PostMapping("/groups/classes")
    String create(CurrentUser me, FormPost<GroupClasses.NewClass> post, Model model, RedirectAttributes redirect) {
        return post.submit(newClass -> {
            var created = classes.create(me, newClass);
            redirect.addFlashAttribute("banner", Messages.text("groups.banner.set-up", created.name()));
            return "redirect:/groups/classes/" + created.id();
        }, (errors, values) -> newClassPage(me, model, errors, values));
    }

    @GetMapping("/groups/classes/{id}")
    String show(CurrentUser me, @PathVariable UUID id, @PageSize(PAGE_SIZE) PageRequest page,
            @RequestParam(name = "page", required = false) String askedPage, Model model) {
        // Without a page asked for, the sessions open where today's and upcoming ones are.
        return classPage(me, id, model, new FormErrors(), Map.of("weeks", "6"),
                askedPage != null ? page : upcoming(me, id));
    }

    @Performs(Command.SCHEDULE_GROUP_SESSION)
    @PostMapping("/groups/classes/{id}/sessions")
    String schedule(CurrentUser me, @PathVariable UUID id, FormPost<GroupClasses.NewSessions> post, Model model,
            RedirectAttributes redirect) {
        return post.submit(sessions -> {
            var made = classes.schedule(me, id, sessions);
            redirect.addFlashAttribute("banner",
                    made.size() == 1
                            ? Messages.text("groups.banner.scheduled.one")
                            : Messages.text("groups.banner.scheduled.many", made.size()));
            return "redirect:/groups/classes/" + id + "#sessions";
        }, (errors, values) -> classPage(me, id, model, errors, values, upcoming(me, id)));
    }

    @Performs(Command.ENROL_IN_GROUP)
    @PostMapping("/groups/classes/{id}/enrolments")
    String enrol(CurrentUser me, @PathVariable UUID id, FormPost<Enrolment> post, Model model,
            RedirectAttributes redirect) {
        return post.submit(form -> {
            var e = enrolments.enrol(me, id, form.episodeId());
            redirect.addFlashAttribute("banner",
                    e.status() == Enrolments.Status.ENROLLED
                            ? Messages.text("groups.banner.enrolled", e.patientName())
                            : Messages.text("groups.banner.waiting", e.patientName()));
            return "redirect:/groups/classes/" + id + "#enrolled";
        }, (errors, values) -> classPage(me, id, model, errors, values, upcoming(me, id)));
    }

    @Performs(Command.ENROL_IN_GROUP)
    @PostMapping("/groups/enrolments/{id}/withdraw")
    String withdraw(CurrentUser me, @PathVariable UUID id, @RequestParam(required = false) String reason,
            @RequestParam(defaultValue = "-1") int version, RedirectAttributes redirect) {
        var enrolment = enrolments.require(me.organisationId(), id);
        return Actions.run(redirect, "/groups/classes/" + enrolment.classId() + "#enrolled", () -> {
            var result = enrolments.withdraw(me, id, reason, version);
            return Messages.text("groups.banner.withdrawn", result.withdrawn().patientName())
                    + result.movedUp().map(m -> Messages.text("groups.banner.moved-up", m.patientName())).orElse("");
        });
    }

    @Performs(Command.CANCEL_GROUP_SESSION)
    @PostMapping("/groups/sessions/{id}/cancel")
    String cancel(CurrentUser me, @PathVariable UUID id, @RequestParam(required = false) String reason,
            @RequestParam(defaultValue = "-1") int version, RedirectAttributes redirect) {
        var session = classes.requireSession(me.organisationId(), id);
        return Actions.run(redirect, "/groups/classes/" + session.classId() + "#sessions", () -> {
            classes.cancel(me, id, reason, version);
            return Messages.text("groups.banner.cancelled", String.valueOf(session.date()));
        });
    }

    @GetMapping("/groups/sessions/{id}/register")
    String register(CurrentUser me, @PathVariable UUID id, Model model) {
        return registerPage(me, id, model, new FormErrors(), Map.of());
    }

    @Performs(Command.TAKE_GROUP_REGISTER)
    @PostMapping("/groups/sessions/{id}/register")
    String save(CurrentUser me, @PathVariable UUID id, FormPost<RegisterForm> post, Model model,
            RedirectAttributes redirect) {
        return post.submit(form -> {
            var record = registers.save(me, id, form.register());
            redirect.addFlashAttribute("banner",
                    Messages.text("groups.banner.signed", record.attended(), record.lines().size()));
            return "redirect:/groups/sessions/" + id + "/register";
        }, (errors, values) -> registerPage(me, id, model, errors, values));
    }

    @Performs(Command.TAKE_GROUP_REGISTER)
    @PostMapping("/groups/sessions/{id}/amendments")
    String amend(CurrentUser me, @PathVariable UUID id, FormPost<Registers.Amend> post, Model model,
            RedirectAttributes redirect) {
        return post.submit(amendment -> {
            registers.amend(me, id, amendment);
            redirect.addFlashAttribute("banner", Messages.text("groups.banner.amended"));
            return "redirect:/groups/sessions/" + id + "/register#amendments";
        }, (errors, values) -> registerPage(me, id, model, errors, values));
    }

    private String registerPage(CurrentUser me, UUID id, Model model, FormErrors errors, Map<String, String> values) {
        var sheet = registers.sheet(me, id);
        model.addAttribute("sheet", sheet);
        model.addAttribute("patientChoices", sheet.record().map(r -> r.lines().stream()
                .map(l -> Map.entry(l.patientId().toString(), l.patientName())).toList()).orElse(List.of()));
        model.addAttribute("outcomes",
                Arrays.stream(Outcome.values()).map(o -> Map.entry(o.name(), o.title())).toList());
        model.addAttribute("classMeasures", Registers.CLASS_MEASURES.stream()
                .map(k -> MeasureLibrary.require(k))
                .map(m -> Map.entry(m.key(),
                        m.name() + " (" + (m.key().equals(MeasureLibrary.TEN_METRE_WALK)
                                ? "seconds"
                                : m.unit()) + ")"))
                .toList());
        model.addAttribute("canTake", sheet.record().isEmpty()
                && sheet.session().status() == GroupClasses.SessionStatus.SCHEDULED
                && !sheet.session().date().isAfter(Time.today(clock)));
        model.addAttribute("errors", errors);
        model.addAttribute("v", values);
        return "groups/register";
    }

    static final int PAGE_SIZE = 25;

    /** The class page opens its sessions where today's and upcoming ones are. */
    private PageRequest upcoming(CurrentUser me, UUID id) {
        return new PageRequest(classes.pageOfSessionsFrom(me.organisationId(), id, Time.today(clock), PAGE_SIZE),
                PAGE_SIZE);
    }

    private String classPage(CurrentUser me, UUID id, Model model, FormErrors errors, Map<String, String> values,
            PageRequest sessionPage) {
        var template = classes.require(me.organisationId(), id);
        model.addAttribute("c", template);
        model.addAttribute("sessions", classes.sessionsOf(me.organisationId(), id, sessionPage));
        // Enrolled: at most the class's capacity (60). Waiting: the first in the queue; the API pages the rest.
        model.addAttribute("enrolled", enrolments.ofClass(me, id, Enrolments.Status.ENROLLED,
                PageRequest.first(PageRequest.MAX_SIZE)).items());
        model.addAttribute("waiting",
                enrolments.ofClass(me, id, Enrolments.Status.WAITING, PageRequest.first(PAGE_SIZE)));
        model.addAttribute("candidates", me.isRegistrant()
                ? enrolments.candidates(me, id, template.teamId()).stream()
                        .map(c -> Map.entry(c.episodeId().toString(), c.patientName() + " – " + c.referralReason()))
                        .toList()
                : List.of());
        model.addAttribute("leaders", classes.possibleLeaders(me.organisationId(), template.leaderStage()).stream()
                .map(s -> Map.entry(s.id().toString(), s.displayName() + " (" + s.jobRole().title() + ")")).toList());
        model.addAttribute("today", Time.today(clock));
        model.addAttribute("can", GroupActions.of(me, Time.today(clock), guard));
        model.addAttribute("errors", errors);
        model.addAttribute("v", values);
        return "groups/class";
    }

    private String newClassPage(CurrentUser me, Model model, FormErrors errors, Map<String, String> values) {
        model.addAttribute("teams",
                staff.teams(me.organisationId()).stream().map(t -> Map.entry(t.id().toString(), t.name())).toList());
        model.addAttribute("types",
                Arrays.stream(ClassType.values()).map(t -> Map.entry(t.name(), t.title())).toList());
        model.addAttribute("stages", Arrays.stream(Stage.values()).map(s -> Map.entry(s.name(), s.title())).toList());
        model.addAttribute("days", Arrays.stream(DayOfWeek.values())
                .map(d -> Map.entry(d.name(), d.getDisplayName(TextStyle.FULL,
                        Languages.normalise(LocaleContextHolder.getLocale()))))
                .toList());
        model.addAttribute("errors", errors);
        model.addAttribute("v", values);
        return "groups/class-new";
    }

    record Enrolment(UUID episodeId) {
    }
}
