package org.therapyassist.referrals.web;

import org.therapyassist.platform.web.PageSize;
import org.therapyassist.platform.PageRequest;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.therapyassist.careplans.CareSetting;
import org.therapyassist.careplans.ConditionCategory;
import org.therapyassist.patients.NewPatient;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.web.FormErrors;
import org.therapyassist.referrals.Referral;
import org.therapyassist.referrals.ReferralCommands;
import org.therapyassist.referrals.ReferralProperties;
import org.therapyassist.referrals.Referrals;
import org.therapyassist.referrals.SourceRole;
import org.therapyassist.referrals.Urgency;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.staff.StaffMember;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.CommandGuard;
import org.therapyassist.policy.Performs;

/** The triage queue, recording a referral in, and the triage decision. */
@Controller
class ReferralPages {

    private final Referrals referrals;
    private final PatientRecords patients;
    private final StaffDirectory staff;
    private final Validator validator;
    private final ReferralProperties days;
    private final CommandGuard guard;

    ReferralPages(Referrals referrals, PatientRecords patients, StaffDirectory staff, Validator validator,
            ReferralProperties days, CommandGuard guard) {
        this.guard = guard;
        this.days = days;
        this.referrals = referrals;
        this.patients = patients;
        this.staff = staff;
        this.validator = validator;
    }

    @GetMapping("/referrals")
    String queue(CurrentUser me, @RequestParam(required = false) UUID teamId, @PageSize(25) PageRequest page, Model model) {
        UUID team = teamId != null ? teamId : me.teamId() != null ? me.teamId() : staff.teams(me.organisationId()).getFirst().id();
        model.addAttribute("teamId", team.toString());
        model.addAttribute("teams", teams(me));
        model.addAttribute("teamName", staff.teams(me.organisationId()).stream().filter(t -> t.id().equals(team))
                .map(t -> t.name()).findFirst().orElse(""));
        model.addAttribute("queue", referrals.queue(me, team, page));
        model.addAttribute("decided", referrals.decided(me, team, PageRequest.first(10)));
        return "referrals/queue";
    }

    @GetMapping("/referrals/new")
    String newReferral(CurrentUser me, @RequestParam(required = false) UUID patientId, Model model) {
        model.addAttribute("form", new ReferralForm(patientId == null ? null : patientId.toString(), null, null, null, null,
                null, null, null, null, null, me.teamId() == null ? null : me.teamId().toString(), null, null, null, null,
                null, null, null, null));
        return referralForm(me, patientId, model, new FormErrors());
    }

    @Performs(Command.RECEIVE_REFERRAL)
    @PostMapping("/referrals")
    String receive(CurrentUser me, @ModelAttribute("form") ReferralForm form, Model model, RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        UUID patientId = Text.uuidOrNull(form.patientId());
        LocalDate received = errors.date("receivedOn", "date received", form.receivedOnDay(), form.receivedOnMonth(),
                form.receivedOnYear(), true);
        var command = new ReferralCommands.NewReferral(patientId == null ? UUID.randomUUID() : patientId,
                Text.uuidOrNull(form.teamId()), errors.choice("sourceRole", SourceRole.class, form.sourceRole()),
                form.sourceName(), form.sourceOrganisation(), form.reason(), errors.choice("urgency", Urgency.class, form.urgency()),
                received);
        NewPatient newPatient = null;
        if (patientId == null) {
            LocalDate born = errors.date("dateOfBirth", "date of birth", form.dateOfBirthDay(), form.dateOfBirthMonth(),
                    form.dateOfBirthYear(), true);
            newPatient = new NewPatient(form.nhsNumber(), form.givenName(), form.familyName(), born, form.address(),
                    form.postcode(), null, List.of());
            errors.validate(validator, newPatient);
        }
        errors.validate(validator, command);
        if (errors.isEmpty()) {
            try {
                Referral r = newPatient == null ? referrals.receive(me, command) : referrals.receiveForNewPatient(me, newPatient, command);
                redirect.addFlashAttribute("banner", "Referral recorded for " + r.patientName() + ". Respond by "
                        + r.respondBy().format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK)) + ".");
                return "redirect:/referrals?teamId=" + r.teamId();
            } catch (InvalidInputException e) {
                errors.add(e);
            } catch (ConflictException e) {
                errors.add("nhsNumber", e.getMessage());
            }
        }
        return referralForm(me, patientId, model, errors);
    }

    @GetMapping("/referrals/{id}")
    String show(CurrentUser me, @PathVariable UUID id, Model model) {
        Referral r = referrals.open(me, id);
        model.addAttribute("form", new DecisionForm(null, null, null, null, me.staffId().toString(), null, null,
                String.valueOf(r.version())));
        return decisionPage(me, r, model, new FormErrors());
    }

    @Performs(Command.TRIAGE_REFERRAL)
    @PostMapping("/referrals/{id}/decision")
    String decide(CurrentUser me, @PathVariable UUID id, @ModelAttribute("form") DecisionForm form, Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        Referral.Status outcome = errors.choice("outcome", Referral.Status.class, form.outcome());
        if (outcome == null && !errors.has("outcome")) {
            errors.add("outcome", "Choose accept, signpost or reject");
        }
        var command = new ReferralCommands.Decide(outcome, errors.choice("category", ConditionCategory.class, form.category()),
                errors.choice("setting", CareSetting.class, form.setting()), form.location(), Text.uuidOrNull(form.leadTherapistId()),
                form.signpostedTo(), form.note(), errors.integer("version", "Version", form.version()));
        errors.validate(validator, command);
        if (errors.isEmpty()) {
            try {
                Referral r = referrals.decide(me, id, command);
                redirect.addFlashAttribute("banner", switch (r.status()) {
                    case ACCEPTED -> "Referral accepted. An episode of care is open for " + r.patientName() + ".";
                    case SIGNPOSTED -> "Referral signposted to " + r.decision().signpostedTo() + ".";
                    default -> "Referral rejected. The reason is recorded.";
                });
                return r.status() == Referral.Status.ACCEPTED ? "redirect:/patients/" + r.patientId()
                        : "redirect:/referrals?teamId=" + r.teamId();
            } catch (InvalidInputException e) {
                errors.add(e);
            } catch (ConflictException e) {
                errors.refuse(e);
            }
        }
        return decisionPage(me, referrals.open(me, id), model, errors);
    }

    private String decisionPage(CurrentUser me, Referral r, Model model, FormErrors errors) {
        model.addAttribute("referral", r);
        model.addAttribute("outcomes", List.of(Map.entry("ACCEPTED", "Accept into an episode of care"),
                Map.entry("SIGNPOSTED", "Signpost to another service"), Map.entry("REJECTED", "Reject")));
        model.addAttribute("categories", Arrays.stream(ConditionCategory.values()).map(c -> Map.entry(c.name(), c.title())).toList());
        model.addAttribute("settings", Arrays.stream(CareSetting.values()).map(c -> Map.entry(c.name(), c.title())).toList());
        model.addAttribute("leads", staff.options(me.organisationId(), StaffDirectory.Pick.REGISTERED).stream().filter(StaffMember::isRegistrant)
                .map(s -> Map.entry(s.id().toString(), s.displayName() + " (" + s.jobRole().title() + ")")).toList());
        model.addAttribute("canTriage", r.decision() == null && guard.allows(me, Command.TRIAGE_REFERRAL));
        model.addAttribute("errors", errors);
        return "referrals/referral";
    }

    private String referralForm(CurrentUser me, UUID patientId, Model model, FormErrors errors) {
        model.addAttribute("patient", patientId == null ? null : patients.require(me.organisationId(), patientId));
        model.addAttribute("teams", teams(me));
        model.addAttribute("sources", Arrays.stream(SourceRole.values()).map(s -> Map.entry(s.name(), s.title())).toList());
        model.addAttribute("urgencies", List.of(Map.entry("URGENT", "Urgent – respond within " + days.urgentDays() + " days"),
                Map.entry("SOON", "Soon – respond within " + days.soonDays() + " days"),
                Map.entry("ROUTINE", "Routine – respond within " + days.routineDays() + " days")));
        model.addAttribute("errors", errors);
        return "referrals/new";
    }

    private List<Map.Entry<String, String>> teams(CurrentUser me) {
        return staff.teams(me.organisationId()).stream().map(t -> Map.entry(t.id().toString(), t.name())).toList();
    }

    record ReferralForm(String patientId, String nhsNumber, String givenName, String familyName, String dateOfBirthDay,
            String dateOfBirthMonth, String dateOfBirthYear, String address, String postcode, String phone, String teamId,
            String sourceRole, String sourceName, String sourceOrganisation, String reason, String urgency,
            String receivedOnDay, String receivedOnMonth, String receivedOnYear) {
    }

    record DecisionForm(String outcome, String category, String setting, String location, String leadTherapistId,
            String signpostedTo, String note, String version) {
    }
}
