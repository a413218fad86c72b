package org.therapyassist.referrals.web;

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
import org.therapyassist.careplans.CarePlans;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.web.Actions;
import org.therapyassist.platform.web.FormErrors;
import org.therapyassist.platform.web.FormPost;
import org.therapyassist.platform.web.FormReader;
import org.therapyassist.platform.web.FormValues;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.platform.web.PageSize;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.CommandGuard;
import org.therapyassist.policy.Performs;
import org.therapyassist.referrals.ReferralCommands;
import org.therapyassist.referrals.ReferralOut;
import org.therapyassist.referrals.Referrals;
import org.therapyassist.referrals.ReferralsOut;
import org.therapyassist.referrals.Urgency;
import org.therapyassist.staff.StaffDirectory;

/** A patient's referrals in and out, and referring on to another team or an external service. */
@Controller
class ReferralOutPages {

    private final ReferralsOut out;
    private final Referrals referrals;
    private final PatientRecords patients;
    private final CarePlans carePlans;
    private final StaffDirectory staff;
    private final CommandGuard guard;

    ReferralOutPages(ReferralsOut out, Referrals referrals, PatientRecords patients, CarePlans carePlans,
            StaffDirectory staff,
            CommandGuard guard) {
        this.guard = guard;
        this.out = out;
        this.referrals = referrals;
        this.patients = patients;
        this.carePlans = carePlans;
        this.staff = staff;
    }

    @GetMapping("/referrals/sent")
    String sent(CurrentUser me, @PageSize(25) PageRequest page, Model model) {
        model.addAttribute("sent", out.sentByTeam(me, page));
        return "referrals/sent";
    }

    @GetMapping("/patients/{patientId}/referrals")
    String list(CurrentUser me, @PathVariable UUID patientId, @PageSize(20) PageRequest page, Model model) {
        model.addAttribute("patient", patients.open(me, patientId));
        model.addAttribute("referralsOut", out.forPatient(me.organisationId(), patientId, page));
        model.addAttribute("referralsIn", referrals.forPatient(me.organisationId(), patientId, PageRequest.first(20)));
        model.addAttribute("replies",
                Arrays.stream(ReferralOut.Status.values()).filter(s -> s != ReferralOut.Status.SENT)
                        .map(s -> Map.entry(s.name(), s.title())).toList());
        model.addAttribute("canReferOut", guard.allows(me, Command.REFER_OUT));
        return "referrals/patient";
    }

    @GetMapping("/patients/{patientId}/referrals-out/new")
    String newOut(CurrentUser me, @PathVariable UUID patientId, Model model) {
        return outForm(me, patientId, model, new FormErrors(), FormValues.none());
    }

    @Performs(Command.REFER_OUT)
    @PostMapping("/patients/{patientId}/referrals-out")
    String send(CurrentUser me, @PathVariable UUID patientId, FormPost<OutForm> post, Model model,
            RedirectAttributes redirect) {
        return post.validating(form -> form.command(patientId)).submit(form -> {
            ReferralOut sent = out.send(me, form.command(patientId));
            redirect.addFlashAttribute("banner", Messages.text("referrals.banner.sent", sent.toName()));
            return "redirect:/patients/" + patientId + "/referrals";
        }, (errors, values) -> outForm(me, patientId, model, errors, values));
    }

    @Performs(Command.REFER_OUT)
    @PostMapping("/referrals-out/{id}/responses")
    String reply(CurrentUser me, @PathVariable UUID id, @RequestParam(required = false) ReferralOut.Status status,
            @RequestParam(required = false) String note, @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        ReferralOut current = out.require(me.organisationId(), id);
        return Actions.run(redirect, "/patients/" + current.patientId() + "/referrals", () -> {
            if (status == null) {
                throw new InvalidInputException(Map.of("status", Messages.text("referrals.field.status.reply")));
            }
            out.recordResponse(me, id, new ReferralCommands.OutResponse(status, note, version));
            return Messages.text("referrals.banner.reply");
        });
    }

    private String outForm(CurrentUser me, UUID patientId, Model model, FormErrors errors, FormValues values) {
        model.addAttribute("form", values);
        model.addAttribute("patient", patients.require(me.organisationId(), patientId));
        model.addAttribute("teams",
                staff.teams(me.organisationId()).stream().map(t -> Map.entry(t.id().toString(), t.name())).toList());
        model.addAttribute("episodes", carePlans.episodesOf(me.organisationId(), patientId).stream()
                .filter(e -> e.isOpen())
                .map(e -> Map.entry(e.id().toString(), e.category().title() + " – " + e.teamName())).toList());
        model.addAttribute("destinations", List.of(
                Map.entry("INTERNAL", Messages.text("referrals.destination.INTERNAL")),
                Map.entry("EXTERNAL", Messages.text("referrals.destination.EXTERNAL"))));
        model.addAttribute("urgencies",
                Arrays.stream(Urgency.values()).map(u -> Map.entry(u.name(), u.title())).toList());
        model.addAttribute("errors", errors);
        return "referrals/out-new";
    }

    /**
     * A referral to another team here (its triage queue) or to an external service: the page asks which first, then
     * for that one's name, which the API is given as one field or the other.
     */
    record OutForm(String destination, UUID toTeamId, String toService, UUID episodeId, Urgency urgency, String reason,
            String informationSent) {

        static OutForm read(FormReader in) {
            String destination = in.text("destination");
            boolean internal = !"EXTERNAL".equals(destination);
            if (destination == null || destination.isBlank()) {
                in.reject("destination", Messages.text("referrals.field.destination.blank"));
            } else if (internal && in.id("toTeamId") == null) {
                in.reject("toTeamId", Messages.text("referrals.field.to-team.null"));
            } else if (!internal && Text.blankToNull(in.text("toService")) == null) {
                in.reject("toService", Messages.text("referrals.field.to-service.blank"));
            }
            return new OutForm(destination, internal ? in.id("toTeamId") : null, internal ? null : in.text("toService"),
                    in.id("episodeId"), in.choice("urgency", Urgency.class), in.text("reason"),
                    in.text("informationSent"));
        }

        ReferralCommands.NewReferralOut command(UUID patientId) {
            return new ReferralCommands.NewReferralOut(patientId, episodeId, toTeamId, toService, urgency, reason,
                    informationSent);
        }
    }
}
