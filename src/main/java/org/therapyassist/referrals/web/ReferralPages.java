package org.therapyassist.referrals.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
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
import org.therapyassist.careplans.CareSetting;
import org.therapyassist.careplans.ConditionCategory;
import org.therapyassist.patients.NewPatient;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.web.FormErrors;
import org.therapyassist.platform.web.FormPost;
import org.therapyassist.platform.web.FormValues;
import org.therapyassist.platform.web.Formats;
import org.therapyassist.platform.web.Label;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.platform.web.PageSize;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.CommandGuard;
import org.therapyassist.policy.Performs;
import org.therapyassist.referrals.Referral;
import org.therapyassist.referrals.ReferralCommands;
import org.therapyassist.referrals.ReferralProperties;
import org.therapyassist.referrals.Referrals;
import org.therapyassist.referrals.SourceRole;
import org.therapyassist.referrals.Urgency;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.staff.StaffMember;

/** The triage queue, recording a referral in, and the triage decision. */
@Controller
class ReferralPages {

    private final Referrals referrals;
    private final PatientRecords patients;
    private final StaffDirectory staff;
    private final ReferralProperties days;
    private final CommandGuard guard;

    ReferralPages(Referrals referrals, PatientRecords patients, StaffDirectory staff, ReferralProperties days,
            CommandGuard guard) {
        this.guard = guard;
        this.days = days;
        this.referrals = referrals;
        this.patients = patients;
        this.staff = staff;
    }

    @GetMapping("/referrals")
    String queue(CurrentUser me, @RequestParam(required = false) UUID teamId, @PageSize(25) PageRequest page,
            Model model) {
        UUID team = teamId != null
                ? teamId
                : me.teamId() != null ? me.teamId() : staff.teams(me.organisationId()).getFirst().id();
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
        Map<String, String> defaults = new HashMap<>();
        defaults.put("patientId", patientId == null ? null : patientId.toString());
        defaults.put("teamId", me.teamId() == null ? null : me.teamId().toString());
        return referralForm(me, patientId, model, new FormErrors(), FormValues.ofSingle(defaults));
    }

    /** A referral for a patient on the system, or for someone new, who is added with it. */
    @Performs(Command.RECEIVE_REFERRAL)
    @PostMapping("/referrals")
    String receive(CurrentUser me, FormPost<ReferralForm> post, Model model, RedirectAttributes redirect) {
        return post.validating(ReferralForm::newPatient).validating(ReferralForm::referral).refusalsBeside("nhsNumber")
                .submit(form -> {
                    Referral r = form.newPatient() == null
                            ? referrals.receive(me, form.referral())
                            : referrals.receiveForNewPatient(me, form.newPatient(), form.referral());
                    redirect.addFlashAttribute("banner", Messages.text("referrals.banner.recorded",
                            r.patientName(), Formats.day(r.respondBy())));
                    return "redirect:/referrals?teamId=" + r.teamId();
                }, (errors, values) -> referralForm(me, Text.uuidOrNull(values.get("patientId")), model, errors,
                        values));
    }

    @GetMapping("/referrals/{id}")
    String show(CurrentUser me, @PathVariable UUID id, Model model) {
        Referral r = referrals.open(me, id);
        return decisionPage(me, r, model, new FormErrors(), FormValues.ofSingle(Map.of("leadTherapistId",
                me.staffId().toString(), "version", String.valueOf(r.version()))));
    }

    @Performs(Command.TRIAGE_REFERRAL)
    @PostMapping("/referrals/{id}/decision")
    String decide(CurrentUser me, @PathVariable UUID id, FormPost<ReferralCommands.Decide> post, Model model,
            RedirectAttributes redirect) {
        return post.submit(decision -> {
            Referral r = referrals.decide(me, id, decision);
            redirect.addFlashAttribute("banner", switch (r.status()) {
                case ACCEPTED -> Messages.text("referrals.banner.accepted", r.patientName());
                case SIGNPOSTED -> Messages.text("referrals.banner.signposted", r.decision().signpostedTo());
                default -> Messages.text("referrals.banner.rejected");
            });
            return r.status() == Referral.Status.ACCEPTED
                    ? "redirect:/patients/" + r.patientId()
                    : "redirect:/referrals?teamId=" + r.teamId();
        }, (errors, values) -> decisionPage(me, referrals.open(me, id), model, errors, values));
    }

    private String decisionPage(CurrentUser me, Referral r, Model model, FormErrors errors, FormValues values) {
        model.addAttribute("form", values);
        model.addAttribute("referral", r);
        model.addAttribute("outcomes", List.of("ACCEPTED", "SIGNPOSTED", "REJECTED").stream()
                .map(o -> Map.entry(o, Messages.text("referrals.decision." + o))).toList());
        model.addAttribute("categories",
                Arrays.stream(ConditionCategory.values()).map(c -> Map.entry(c.name(), c.title())).toList());
        model.addAttribute("settings",
                Arrays.stream(CareSetting.values()).map(c -> Map.entry(c.name(), c.title())).toList());
        model.addAttribute("leads", staff.options(me.organisationId(), StaffDirectory.Pick.REGISTERED).stream()
                .filter(StaffMember::isRegistrant)
                .map(s -> Map.entry(s.id().toString(), s.displayName() + " (" + s.jobRole().title() + ")")).toList());
        model.addAttribute("canTriage", r.decision() == null && guard.allows(me, Command.TRIAGE_REFERRAL));
        model.addAttribute("errors", errors);
        return "referrals/referral";
    }

    private String referralForm(CurrentUser me, UUID patientId, Model model, FormErrors errors, FormValues values) {
        model.addAttribute("form", values);
        model.addAttribute("patient", patientId == null ? null : patients.require(me.organisationId(), patientId));
        model.addAttribute("teams", teams(me));
        model.addAttribute("sources",
                Arrays.stream(SourceRole.values()).map(s -> Map.entry(s.name(), s.title())).toList());
        model.addAttribute("urgencies",
                List.of(
                        Map.entry("URGENT", Messages.text("referrals.urgency.option.URGENT", days.urgentDays())),
                        Map.entry("SOON", Messages.text("referrals.urgency.option.SOON", days.soonDays())),
                        Map.entry("ROUTINE", Messages.text("referrals.urgency.option.ROUTINE", days.routineDays()))));
        model.addAttribute("errors", errors);
        return "referrals/new";
    }

    private List<Map.Entry<String, String>> teams(CurrentUser me) {
        return staff.teams(me.organisationId()).stream().map(t -> Map.entry(t.id().toString(), t.name())).toList();
    }

    /** The referral as typed; the patient's details are used only when no patient on the system was chosen. */
    record ReferralForm(UUID patientId, String nhsNumber, String givenName, String familyName, LocalDate dateOfBirth,
            String address, String postcode, UUID teamId, SourceRole sourceRole, String sourceName,
            String sourceOrganisation, String referrerEmail, String reason, Urgency urgency,
            @Label("{referrals.field.received-on.label}") LocalDate receivedOn) {

        NewPatient newPatient() {
            return patientId != null
                    ? null
                    : new NewPatient(nhsNumber, givenName, familyName, dateOfBirth, address, postcode, null, List.of());
        }

        ReferralCommands.NewReferral referral() {
            // For someone new the patient is added with the referral; the id only satisfies the rule until then.
            return new ReferralCommands.NewReferral(patientId == null ? UUID.randomUUID() : patientId, teamId,
                    sourceRole,
                    sourceName, sourceOrganisation, reason, urgency, receivedOn, Text.blankToNull(referrerEmail));
        }
    }
}
