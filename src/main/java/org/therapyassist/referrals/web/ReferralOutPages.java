package org.therapyassist.referrals.web;

import org.therapyassist.platform.web.PageSize;
import org.therapyassist.platform.PageRequest;
import jakarta.validation.Validator;
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
import org.therapyassist.careplans.CarePlans;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.RefusedException;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.web.FormErrors;
import org.therapyassist.referrals.ReferralCommands;
import org.therapyassist.referrals.ReferralOut;
import org.therapyassist.referrals.Referrals;
import org.therapyassist.referrals.ReferralsOut;
import org.therapyassist.referrals.Urgency;
import org.therapyassist.staff.StaffDirectory;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.CommandGuard;
import org.therapyassist.policy.Performs;

/** A patient's referrals in and out, and referring on to another team or an external service. */
@Controller
class ReferralOutPages {

    private final ReferralsOut out;
    private final Referrals referrals;
    private final PatientRecords patients;
    private final CarePlans carePlans;
    private final StaffDirectory staff;
    private final Validator validator;
    private final CommandGuard guard;

    ReferralOutPages(ReferralsOut out, Referrals referrals, PatientRecords patients, CarePlans carePlans, StaffDirectory staff,
            Validator validator, CommandGuard guard) {
        this.guard = guard;
        this.out = out;
        this.referrals = referrals;
        this.patients = patients;
        this.carePlans = carePlans;
        this.staff = staff;
        this.validator = validator;
    }

    @GetMapping("/patients/{patientId}/referrals")
    String list(CurrentUser me, @PathVariable UUID patientId, @PageSize(20) PageRequest page, Model model) {
        model.addAttribute("patient", patients.open(me, patientId));
        model.addAttribute("referralsOut", out.forPatient(me.organisationId(), patientId, page));
        model.addAttribute("referralsIn", referrals.forPatient(me.organisationId(), patientId, PageRequest.first(20)));
        model.addAttribute("replies", Arrays.stream(ReferralOut.Status.values()).filter(s -> s != ReferralOut.Status.SENT)
                .map(s -> Map.entry(s.name(), s.title())).toList());
        model.addAttribute("canReferOut", guard.allows(me, Command.REFER_OUT));
        return "referrals/patient";
    }

    @GetMapping("/patients/{patientId}/referrals-out/new")
    String newOut(CurrentUser me, @PathVariable UUID patientId, Model model) {
        model.addAttribute("form", new OutForm(null, null, null, null, null, null, null));
        return outForm(me, patientId, model, new FormErrors());
    }

    @Performs(Command.REFER_OUT)
    @PostMapping("/patients/{patientId}/referrals-out")
    String send(CurrentUser me, @PathVariable UUID patientId, @ModelAttribute("form") OutForm form, Model model,
            RedirectAttributes redirect) {
        FormErrors errors = new FormErrors();
        boolean internal = !"EXTERNAL".equals(form.destination());
        if (form.destination() == null || form.destination().isBlank()) {
            errors.add("destination", "Choose another team here or an external service");
        } else if (internal && Text.uuidOrNull(form.toTeamId()) == null) {
            errors.add("toTeamId", "Choose the team");
        } else if (!internal && Text.blankToNull(form.toService()) == null) {
            errors.add("toService", "Enter the service you are referring to");
        }
        var command = new ReferralCommands.NewReferralOut(patientId, Text.uuidOrNull(form.episodeId()),
                internal ? Text.uuidOrNull(form.toTeamId()) : null, internal ? null : form.toService(),
                errors.choice("urgency", Urgency.class, form.urgency()), form.reason(), form.informationSent());
        errors.validate(validator, command);
        if (errors.isEmpty()) {
            try {
                ReferralOut sent = out.send(me, command);
                redirect.addFlashAttribute("banner", "Referral sent to " + sent.toName() + ".");
                return "redirect:/patients/" + patientId + "/referrals";
            } catch (InvalidInputException e) {
                errors.add(e);
            }
        }
        return outForm(me, patientId, model, errors);
    }

    @Performs(Command.REFER_OUT)
    @PostMapping("/referrals-out/{id}/responses")
    String reply(CurrentUser me, @PathVariable UUID id, @RequestParam(required = false) String status,
            @RequestParam(required = false) String note, @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        ReferralOut current = out.require(me.organisationId(), id);
        FormErrors errors = new FormErrors();
        ReferralOut.Status chosen = errors.choice("status", ReferralOut.Status.class, status);
        try {
            if (chosen == null) {
                throw new InvalidInputException(Map.of("status", "Choose what the service replied"));
            }
            out.recordResponse(me, id, new ReferralCommands.OutResponse(chosen, note, version));
            redirect.addFlashAttribute("banner", "Reply recorded.");
        } catch (InvalidInputException | ConflictException | RefusedException e) {
            redirect.addFlashAttribute("problem", FormErrors.messageOf(e));
        }
        return "redirect:/patients/" + current.patientId() + "/referrals";
    }

    private String outForm(CurrentUser me, UUID patientId, Model model, FormErrors errors) {
        model.addAttribute("patient", patients.require(me.organisationId(), patientId));
        model.addAttribute("teams", staff.teams(me.organisationId()).stream().map(t -> Map.entry(t.id().toString(), t.name())).toList());
        model.addAttribute("episodes", carePlans.episodesOf(me.organisationId(), patientId).stream()
                .filter(e -> e.isOpen()).map(e -> Map.entry(e.id().toString(), e.category().title() + " – " + e.teamName())).toList());
        model.addAttribute("destinations", List.of(Map.entry("INTERNAL", "Another team in this service"),
                Map.entry("EXTERNAL", "An external service")));
        model.addAttribute("urgencies", Arrays.stream(Urgency.values()).map(u -> Map.entry(u.name(), u.title())).toList());
        model.addAttribute("errors", errors);
        return "referrals/out-new";
    }

    record OutForm(String destination, String toTeamId, String toService, String episodeId, String urgency, String reason,
            String informationSent) {
    }
}
