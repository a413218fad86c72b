package org.therapyassist.sessions.web;

import java.time.Clock;
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
import org.therapyassist.careplans.CarePlans;
import org.therapyassist.careplans.Episode;
import org.therapyassist.delegation.DelegationDesk;
import org.therapyassist.delegation.DelegationView;
import org.therapyassist.equipment.Loans;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Actions;
import org.therapyassist.platform.web.FormErrors;
import org.therapyassist.platform.web.FormPost;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.CommandGuard;
import org.therapyassist.policy.Performs;
import org.therapyassist.sessions.EscalationRequest;
import org.therapyassist.sessions.Escalations;
import org.therapyassist.sessions.GoalProgress;
import org.therapyassist.sessions.MeasureThresholds;
import org.therapyassist.sessions.PreSessionChecks;
import org.therapyassist.sessions.SessionAmendment;
import org.therapyassist.sessions.SessionRecordView;
import org.therapyassist.sessions.SessionRecords;

@Controller
class SessionPages {

    static final String ON_PHONE = "on-phone";

    private final SessionRecords records;
    private final Escalations escalations;
    private final DelegationDesk delegations;
    private final CarePlans carePlans;
    private final Clock clock;
    private final Loans loans;
    private final MeasureThresholds thresholds;
    private final CommandGuard guard;
    private final PreSessionChecks checks;

    SessionPages(SessionRecords records, Escalations escalations, DelegationDesk delegations, CarePlans carePlans,
            Loans loans, MeasureThresholds thresholds,
            Clock clock,
            CommandGuard guard, PreSessionChecks checks) {
        this.guard = guard;
        this.checks = checks;
        this.thresholds = thresholds;
        this.loans = loans;
        this.records = records;
        this.escalations = escalations;
        this.delegations = delegations;
        this.carePlans = carePlans;
        this.clock = clock;
    }

    /**
     * The record form; for a task that asks for observations, only after that day's passing checklist (the form carries
     * it), otherwise the checklist comes first. {@code check=on-phone} is the form kept on the phone for a checklist
     * gone through there without signal: the phone's script puts that checklist's id in the form, and the record is
     * refused on arrival unless the checklist arrived first and passed (hazard H108).
     */
    @GetMapping("/session-records/new")
    String newRecord(CurrentUser me, @RequestParam UUID delegationId, @RequestParam(required = false) UUID checkId,
            @RequestParam(required = false) String check, Model model) {
        DelegationView d = delegations.view(me, delegationId);
        boolean checked = checks.lets(me, delegationId, checkId);
        boolean onPhone = d.asksForObservations() && !checked && ON_PHONE.equals(check);
        if (d.asksForObservations() && !checked && !onPhone) {
            return "redirect:/pre-session-checks/new?delegationId=" + delegationId;
        }
        model.addAttribute("checkOnPhone", onPhone);
        LocalDate today = Time.today(clock);
        Map<String, String> v = new HashMap<>(Map.of("performedOnDay", "" + today.getDayOfMonth(), "performedOnMonth",
                "" + today.getMonthValue(), "performedOnYear", "" + today.getYear()));
        if (checked) {
            v.put("preSessionCheckId", checkId.toString());
        }
        model.addAttribute("v", v);
        return form(me, d, model, new FormErrors());
    }

    @Performs(Command.RECORD_SESSION)
    @PostMapping("/session-records")
    String create(CurrentUser me, FormPost<RecordForm.New> post, Model model, RedirectAttributes redirect) {
        return post.validating(RecordForm.New::command).submit(form -> {
            try {
                return "redirect:/session-records/" + records.record(me, form.command()).id();
            } catch (ConflictException e) {
                // The same visit recorded twice (a second tab, a retry): show the record already there.
                if (e.details().get("existingId") instanceof UUID existing) {
                    redirect.addFlashAttribute("banner", e.getMessage());
                    return "redirect:/session-records/" + existing;
                }
                throw e;
            }
        }, (errors, values) -> {
            model.addAttribute("v", values);
            return form(me, Text.uuidOrNull(values.get("delegationId")), model, errors);
        });
    }

    private String form(CurrentUser me, UUID delegationId, Model model, FormErrors errors) {
        if (delegationId == null) {
            throw new NotFoundException("delegation.not-found", Messages.text("sessions.refusal.delegation-not-found"));
        }
        return form(me, delegations.view(me, delegationId), model, errors);
    }

    private String form(CurrentUser me, DelegationView d, Model model, FormErrors errors) {
        UUID delegationId = d.id();
        model.addAttribute("d", d);
        model.addAttribute("goals", carePlans.episodesOf(me.organisationId(), d.patient().id()).stream()
                .flatMap(e -> e.goals().stream()).toList());
        List<?> programme = d.episodeId() == null
                ? List.of()
                : carePlans.require(me.organisationId(), d.episodeId()).programme();
        model.addAttribute("programme", programme);
        if (!model.containsAttribute("otherSlots")) {
            model.addAttribute("otherSlots", 2);
        }
        model.addAttribute("progressOptions",
                Arrays.stream(GoalProgress.values()).map(g -> Map.entry(g.name(), g.title())).toList());
        model.addAttribute("thresholds", thresholds.describe(me.organisationId(), delegationId));
        model.addAttribute("errors", errors);
        return "sessions/new";
    }

    /** The author's draft, to change before signing it; anyone else, or a signed record, goes to the record. */
    @GetMapping("/session-records/{id}/edit")
    String edit(CurrentUser me, @PathVariable UUID id, Model model, RedirectAttributes redirect) {
        SessionRecordView r = records.open(me, id);
        if (r.signed() || !r.authorId().equals(me.staffId())) {
            redirect.addFlashAttribute("problem",
                    r.signed()
                            ? Messages.text("sessions.refusal.signed")
                            : Messages.text("sessions.refusal.not-author-change"));
            return "redirect:/session-records/" + id;
        }
        DelegationView d = delegations.view(me, r.delegationId());
        List<Episode.ProgrammeItem> programme = d.episodeId() == null
                ? List.of()
                : carePlans.require(me.organisationId(), d.episodeId()).programme();
        model.addAttribute("v", RecordForm.valuesOf(r, programme.stream().map(p -> p.id()).toList()));
        model.addAttribute("otherSlots",
                Math.max(2, (int) r.activities().stream().filter(a -> !a.fromProgramme()).count()));
        model.addAttribute("editing", r);
        return form(me, r.delegationId(), model, new FormErrors());
    }

    @Performs(Command.EDIT_DRAFT_SESSION_RECORD)
    @PostMapping("/session-records/{id}/edit")
    String saveEdit(CurrentUser me, @PathVariable UUID id, FormPost<RecordForm.Changes> post, Model model,
            RedirectAttributes redirect) {
        SessionRecordView r = records.open(me, id);
        return post.validating(RecordForm.Changes::command).submit(form -> {
            records.edit(me, id, form.command());
            redirect.addFlashAttribute("banner",
                    Messages.text("sessions.banner.changes-saved"));
            return "redirect:/session-records/" + id;
        }, (errors, values) -> {
            model.addAttribute("v", values);
            model.addAttribute("editing", r);
            return form(me, r.delegationId(), model, errors);
        });
    }

    @GetMapping("/session-records/{id}")
    String show(CurrentUser me, @PathVariable UUID id, Model model) {
        SessionRecordView r = records.open(me, id);
        model.addAttribute("r", r);
        model.addAttribute("can", RecordActions.of(me, r, guard));
        model.addAttribute("lentAtVisit", loans.lentAtVisit(me.organisationId(), id));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", new FormErrors());
        }
        return "sessions/show";
    }

    @Performs(Command.SIGN_SESSION_RECORD)
    @PostMapping("/session-records/{id}/sign")
    String sign(CurrentUser me, @PathVariable UUID id, RedirectAttributes redirect) {
        return Actions.run(redirect, "/session-records/" + id, () -> {
            records.sign(me, id);
            return Messages.text("sessions.banner.signed");
        });
    }

    @Performs(Command.AMEND_SESSION_RECORD)
    @PostMapping("/session-records/{id}/amendments")
    String amend(CurrentUser me, @PathVariable UUID id, FormPost<SessionAmendment> post, Model model,
            RedirectAttributes redirect) {
        return post.submit(amendment -> {
            records.amend(me, id, amendment.reason(), amendment.text());
            redirect.addFlashAttribute("banner", Messages.text("sessions.banner.amended"));
            return "redirect:/session-records/" + id;
        }, (errors, values) -> {
            model.addAttribute("errors", errors);
            model.addAttribute("reason", values.get("reason"));
            model.addAttribute("text", values.get("text"));
            SessionRecordView r = records.open(me, id);
            model.addAttribute("r", r);
            model.addAttribute("can", RecordActions.of(me, r, guard));
            model.addAttribute("lentAtVisit", loans.lentAtVisit(me.organisationId(), id));
            return "sessions/show";
        });
    }

    @Performs(Command.COUNTERSIGN_SESSION_RECORD)
    @PostMapping("/session-records/{id}/countersign")
    String countersign(CurrentUser me, @PathVariable UUID id, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        return Actions.run(redirect, "/session-records/" + id, () -> {
            records.countersign(me, id, note);
            return Messages.text("sessions.banner.countersigned");
        });
    }

    @GetMapping("/escalations/new")
    String newEscalation(CurrentUser me, @RequestParam UUID delegationId, Model model) {
        model.addAttribute("d", delegations.view(me, delegationId));
        model.addAttribute("errors", new FormErrors());
        return "sessions/escalate";
    }

    @Performs(Command.RAISE_ESCALATION)
    @PostMapping("/escalations")
    String escalate(CurrentUser me, @RequestParam UUID delegationId, FormPost<EscalationRequest> post, Model model,
            RedirectAttributes redirect) {
        return post.submit(escalation -> {
            escalations.raise(me, escalation.delegationId(), escalation.concern());
            redirect.addFlashAttribute("banner",
                    Messages.text("sessions.banner.escalated"));
            return "redirect:/my-day";
        }, (errors, values) -> {
            model.addAttribute("errors", errors);
            model.addAttribute("d", delegations.view(me, delegationId));
            return "sessions/escalate";
        });
    }

    @Performs(Command.REPLY_TO_ESCALATION)
    @PostMapping("/escalations/{id}/reply")
    String reply(CurrentUser me, @PathVariable UUID id, @RequestParam(required = false) String reply,
            RedirectAttributes redirect) {
        return Actions.run(redirect, "/inbox", () -> {
            escalations.reply(me, id, reply);
            return Messages.text("sessions.banner.replied");
        });
    }
}
