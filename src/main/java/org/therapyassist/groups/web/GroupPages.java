package org.therapyassist.groups.web;

import org.therapyassist.platform.web.PageSize;
import org.therapyassist.platform.PageRequest;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
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
import org.therapyassist.groups.GroupRules;
import org.therapyassist.groups.Outcome;
import org.therapyassist.groups.Registers;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.DomainException;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.FormErrors;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.platform.Stage;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.CommandGuard;
import org.therapyassist.policy.Performs;

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
        model.addAttribute("sessions", classes.sessionsBetween(me.organisationId(), today.minusDays(7), today.plusDays(7)));
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
    String create(CurrentUser me, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        ClassType type = errors.choice("type", ClassType.class, form.get("type"));
        Stage stage = errors.choice("leaderStage", Stage.class, form.get("leaderStage"));
        DayOfWeek day = errors.choice("dayOfWeek", DayOfWeek.class, form.get("dayOfWeek"));
        Integer capacity = errors.integer("capacity", "Capacity", form.get("capacity"));
        Integer duration = errors.integer("durationMinutes", "Length", form.get("durationMinutes"));
        LocalTime start = null;
        if (Text.blankToNull(form.get("startTime")) != null) {
            try {
                start = LocalTime.parse(form.get("startTime").strip().replace('.', ':'));
            } catch (DateTimeParseException e) {
                errors.add("startTime", "Enter the start time as hours and minutes, like 10:30");
            }
        }
        if (errors.isEmpty()) {
            try {
                var created = classes.create(me, new GroupClasses.NewClass(Text.uuidOrNull(form.get("teamId")), form.get("name"), type,
                        capacity, stage, form.get("defaultExercises"), form.get("venue"), day, start, duration));
                redirect.addFlashAttribute("banner", created.name() + " set up. Schedule its sessions below.");
                return "redirect:/groups/classes/" + created.id();
            } catch (InvalidInputException e) {
                errors.add(e);
            } catch (DomainException e) {
                errors.refuse(e);
            }
        }
        return newClassPage(me, model, errors, form);
    }

    @GetMapping("/groups/classes/{id}")
    String show(CurrentUser me, @PathVariable UUID id, @PageSize(PAGE_SIZE) PageRequest page,
            @RequestParam(name = "page", required = false) String askedPage, Model model) {
        // Without a page asked for, the sessions open where today's and upcoming ones are.
        PageRequest sessions = askedPage != null ? page : new PageRequest(
                classes.pageOfSessionsFrom(me.organisationId(), id, Time.today(clock), PAGE_SIZE), PAGE_SIZE);
        return classPage(me, id, model, new FormErrors(), Map.of("weeks", "6"), sessions);
    }

    @Performs(Command.SCHEDULE_GROUP_SESSION)
    @PostMapping("/groups/classes/{id}/sessions")
    String schedule(CurrentUser me, @PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        LocalDate first = errors.date("firstDate", "date of the first session", form.get("firstDateDay"), form.get("firstDateMonth"),
                form.get("firstDateYear"), true);
        Integer weeks = errors.integer("weeks", "Number of weeks", form.get("weeks"));
        if (errors.isEmpty()) {
            try {
                var made = classes.schedule(me, id, new GroupClasses.NewSessions(first, weeks, Text.uuidOrNull(form.get("leaderId"))));
                redirect.addFlashAttribute("banner", made.size() == 1 ? "Session scheduled." : made.size() + " weekly sessions scheduled.");
                return "redirect:/groups/classes/" + id + "#sessions";
            } catch (InvalidInputException e) {
                errors.add(e);
            } catch (DomainException e) {
                errors.refuse(e);
            }
        }
        return classPage(me, id, model, errors, form,
                new PageRequest(classes.pageOfSessionsFrom(me.organisationId(), id, Time.today(clock), PAGE_SIZE), PAGE_SIZE));
    }

    @Performs(Command.ENROL_IN_GROUP)
    @PostMapping("/groups/classes/{id}/enrolments")
    String enrol(CurrentUser me, @PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        try {
            var e = enrolments.enrol(me, id, Text.uuidOrNull(form.get("episodeId")));
            redirect.addFlashAttribute("banner", e.status() == Enrolments.Status.ENROLLED ? e.patientName() + " enrolled."
                    : "The class is full: " + e.patientName() + " is on the waiting list.");
            return "redirect:/groups/classes/" + id + "#enrolled";
        } catch (InvalidInputException e) {
            errors.add(e);
        } catch (DomainException e) {
            errors.refuse(e);
        }
        return classPage(me, id, model, errors, form,
                new PageRequest(classes.pageOfSessionsFrom(me.organisationId(), id, Time.today(clock), PAGE_SIZE), PAGE_SIZE));
    }

    @Performs(Command.ENROL_IN_GROUP)
    @PostMapping("/groups/enrolments/{id}/withdraw")
    String withdraw(CurrentUser me, @PathVariable UUID id, @RequestParam(required = false) String reason,
            @RequestParam(defaultValue = "-1") int version, RedirectAttributes redirect) {
        var enrolment = enrolments.require(me.organisationId(), id);
        try {
            var result = enrolments.withdraw(me, id, reason, version);
            redirect.addFlashAttribute("banner", result.withdrawn().patientName() + " withdrawn."
                    + result.movedUp().map(m -> " " + m.patientName() + " moved up from the waiting list.").orElse(""));
        } catch (DomainException e) {
            redirect.addFlashAttribute("problem", FormErrors.messageOf(e));
        }
        return "redirect:/groups/classes/" + enrolment.classId() + "#enrolled";
    }

    @Performs(Command.CANCEL_GROUP_SESSION)
    @PostMapping("/groups/sessions/{id}/cancel")
    String cancel(CurrentUser me, @PathVariable UUID id, @RequestParam(required = false) String reason,
            @RequestParam(defaultValue = "-1") int version, RedirectAttributes redirect) {
        var session = classes.requireSession(me.organisationId(), id);
        try {
            classes.cancel(me, id, reason, version);
            redirect.addFlashAttribute("banner", "Session on " + session.date() + " cancelled.");
        } catch (DomainException e) {
            redirect.addFlashAttribute("problem", FormErrors.messageOf(e));
        }
        return "redirect:/groups/classes/" + session.classId() + "#sessions";
    }

    @GetMapping("/groups/sessions/{id}/register")
    String register(CurrentUser me, @PathVariable UUID id, Model model) {
        return registerPage(me, id, model, new FormErrors(), Map.of());
    }

    @Performs(Command.TAKE_GROUP_REGISTER)
    @PostMapping("/groups/sessions/{id}/register")
    String save(CurrentUser me, @PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        List<GroupRules.Line> lines = new ArrayList<>();
        List<Registers.MeasureEntry> measures = new ArrayList<>();
        for (String key : form.keySet()) {
            if (key.startsWith("patient-")) {
                UUID patient = Text.uuidOrNull(form.get(key));
                if (patient != null) {
                    Outcome outcome = errors.choice("outcome-" + patient, Outcome.class, form.get("outcome-" + patient));
                    if (outcome == null) {
                        // The name is only for the message, so the error summary says whose attendance is missing.
                        String name = Text.blankToNull(form.get("name-" + patient));
                        errors.add("outcome-" + patient, "Choose attended, did not attend or cancelled"
                                + (name == null ? "" : " for " + name));
                    }
                    lines.add(new GroupRules.Line(patient, outcome, Text.blankToNull(form.get("note-" + patient))));
                    String measure = Text.blankToNull(form.get("measure-" + patient));
                    String value = Text.blankToNull(form.get("measureValue-" + patient));
                    if (measure != null || value != null) {
                        if (measure == null) {
                            errors.add("measure-" + patient, "Choose which measure the result is for");
                        } else if (value == null) {
                            errors.add("measure-" + patient, "Enter the result of the measure");
                        } else {
                            var number = errors.decimal("measure-" + patient, "Result", value);
                            if (number != null) {
                                measures.add(new Registers.MeasureEntry(patient, measure, number));
                            }
                        }
                    }
                }
            }
        }
        Integer version = errors.integer("version", "Version", form.get("version"));
        if (errors.isEmpty()) {
            try {
                var record = registers.save(me, id, new Registers.SaveRegister(form.get("groupNote"), lines, version, measures));
                redirect.addFlashAttribute("banner", "Register signed: " + record.attended() + " of " + record.lines().size()
                        + " attended. Each patient's record now shows it.");
                return "redirect:/groups/sessions/" + id + "/register";
            } catch (InvalidInputException e) {
                errors.add(e);
            } catch (DomainException e) {
                errors.refuse(e);
            }
        }
        return registerPage(me, id, model, errors, form);
    }

    @Performs(Command.TAKE_GROUP_REGISTER)
    @PostMapping("/groups/sessions/{id}/amendments")
    String amend(CurrentUser me, @PathVariable UUID id, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        Outcome corrected = errors.choice("correctedOutcome", Outcome.class, form.get("correctedOutcome"));
        if (errors.isEmpty()) {
            try {
                registers.amend(me, id, new Registers.Amend(Text.uuidOrNull(form.get("patientId")), corrected, form.get("reason")));
                redirect.addFlashAttribute("banner", "Amendment added to the signed register.");
                return "redirect:/groups/sessions/" + id + "/register#amendments";
            } catch (InvalidInputException e) {
                errors.add(e);
            } catch (DomainException e) {
                errors.refuse(e);
            }
        }
        return registerPage(me, id, model, errors, form);
    }

    private String registerPage(CurrentUser me, UUID id, Model model, FormErrors errors, Map<String, String> values) {
        var sheet = registers.sheet(me, id);
        model.addAttribute("sheet", sheet);
        model.addAttribute("patientChoices", sheet.record().map(r -> r.lines().stream()
                .map(l -> Map.entry(l.patientId().toString(), l.patientName())).toList()).orElse(List.of()));
        model.addAttribute("outcomes", Arrays.stream(Outcome.values()).map(o -> Map.entry(o.name(), o.title())).toList());
        model.addAttribute("classMeasures", Registers.CLASS_MEASURES.stream()
                .map(k -> org.therapyassist.outcomes.MeasureLibrary.require(k))
                .map(m -> Map.entry(m.key(), m.name() + " (" + (m.key().equals(org.therapyassist.outcomes.MeasureLibrary.TEN_METRE_WALK)
                        ? "seconds" : m.unit()) + ")")).toList());
        model.addAttribute("canTake", sheet.record().isEmpty()
                && sheet.session().status() == GroupClasses.SessionStatus.SCHEDULED
                && !sheet.session().date().isAfter(Time.today(clock)));
        model.addAttribute("errors", errors);
        model.addAttribute("v", values);
        return "groups/register";
    }

    static final int PAGE_SIZE = 25;

    private String classPage(CurrentUser me, UUID id, Model model, FormErrors errors, Map<String, String> values,
            PageRequest sessionPage) {
        var template = classes.require(me.organisationId(), id);
        model.addAttribute("c", template);
        model.addAttribute("sessions", classes.sessionsOf(me.organisationId(), id, sessionPage));
        // Enrolled: at most the class's capacity (60). Waiting: the first in the queue; the API pages the rest.
        model.addAttribute("enrolled", enrolments.ofClass(me, id, Enrolments.Status.ENROLLED,
                PageRequest.first(PageRequest.MAX_SIZE)).items());
        model.addAttribute("waiting", enrolments.ofClass(me, id, Enrolments.Status.WAITING, PageRequest.first(PAGE_SIZE)));
        model.addAttribute("candidates", me.isRegistrant()
                ? enrolments.candidates(me, id, template.teamId()).stream()
                        .map(c -> Map.entry(c.episodeId().toString(), c.patientName() + " – " + c.referralReason())).toList()
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
        model.addAttribute("teams", staff.teams(me.organisationId()).stream().map(t -> Map.entry(t.id().toString(), t.name())).toList());
        model.addAttribute("types", Arrays.stream(ClassType.values()).map(t -> Map.entry(t.name(), t.title())).toList());
        model.addAttribute("stages", Arrays.stream(Stage.values()).map(s -> Map.entry(s.name(), s.title())).toList());
        model.addAttribute("days", Arrays.stream(DayOfWeek.values())
                .map(d -> Map.entry(d.name(), d.getDisplayName(TextStyle.FULL, Locale.UK))).toList());
        model.addAttribute("errors", errors);
        model.addAttribute("v", values);
        return "groups/class-new";
    }

}
