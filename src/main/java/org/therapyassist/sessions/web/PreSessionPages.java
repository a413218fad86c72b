package org.therapyassist.sessions.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.therapyassist.delegation.DelegationDesk;
import org.therapyassist.delegation.DelegationView;
import org.therapyassist.delegation.Observation;
import org.therapyassist.delegation.ObservationLimits;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.NotFoundException;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.web.FormErrors;
import org.therapyassist.platform.web.FormPost;
import org.therapyassist.platform.web.FormValues;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;
import org.therapyassist.sessions.PreSessionCheck;
import org.therapyassist.sessions.PreSessionChecks;
import org.therapyassist.sessions.RedFlag;

/**
 * Before the session, one page on the phone: consent today, the observations the task asks for with the registrant's
 * limits beside them, the red-flag questions. All clear goes on to the record form with the checklist; a stop shows
 * what was found and that the registrant has been told.
 */
@Controller
class PreSessionPages {

    private final PreSessionChecks checks;
    private final DelegationDesk delegations;

    PreSessionPages(PreSessionChecks checks, DelegationDesk delegations) {
        this.checks = checks;
        this.delegations = delegations;
    }

    /**
     * A reading to take, with the limit it is held to; and, for the phone's script when there is no signal, the same
     * checks and words the service uses ({@code outside} has {0} where the reading goes).
     */
    record ReadingField(String name, String label, String hint, boolean decimal, Phone phone) {

        record Phone(String low, String high, String plausibleLow, String plausibleHigh, int scale, String blank,
                String implausible, String onePlace, String outside) {
        }
    }

    /**
     * A yes-or-no question, with the answer that stops the session and the reason it gives (for the phone's script).
     */
    record Question(String name, String text, String blank, String stopsOn, String stopReason) {
    }

    @GetMapping("/pre-session-checks/new")
    String newCheck(CurrentUser me, @RequestParam UUID delegationId, Model model) {
        return form(me, delegationId, model, new FormErrors(), FormValues.none());
    }

    @Performs(Command.CHECK_BEFORE_SESSION)
    @PostMapping("/pre-session-checks")
    String check(CurrentUser me, FormPost<CheckForm> post, Model model) {
        return post.validating(CheckForm::command).submit(form -> {
            PreSessionCheck check = checks.check(me, form.delegationId(), form.command());
            return check.stopped()
                    ? "redirect:/pre-session-checks/" + check.id()
                    : "redirect:/session-records/new?delegationId=" + form.delegationId() + "&checkId=" + check.id();
        }, (errors, values) -> form(me, Text.uuidOrNull(values.get("delegationId")), model, errors, values));
    }

    @GetMapping("/pre-session-checks/{id}")
    String show(CurrentUser me, @PathVariable UUID id, Model model) {
        PreSessionCheck check = checks.open(me, id);
        model.addAttribute("check", check);
        model.addAttribute("d", delegations.view(me, check.delegationId()));
        return "sessions/check-result";
    }

    private String form(CurrentUser me, UUID delegationId, Model model, FormErrors errors, FormValues values) {
        if (delegationId == null) {
            throw new NotFoundException("delegation.not-found", Messages.text("sessions.refusal.delegation-not-found"));
        }
        DelegationView d = delegations.view(me, delegationId);
        List<ReadingField> readings = new ArrayList<>();
        for (Observation o : d.observationLimits().asked()) {
            readings.add(new ReadingField(o.field(), o.title(),
                    Messages.text("sessions.check.reading.hint", d.observationLimits().describe(o)), o.scale() > 0,
                    phoneChecks(d.observationLimits(), o)));
        }
        model.addAttribute("d", d);
        model.addAttribute("v", values);
        model.addAttribute("readings", readings);
        model.addAttribute("consent", new Question("consentToday", Messages.text("sessions.check.consent"),
                Messages.text("sessions.check.consent.blank"), "NO",
                Messages.text("sessions.check.reason.no-consent")));
        model.addAttribute("questions", List.of(RedFlag.values()).stream()
                .map(f -> new Question(f.field(), f.question(), Messages.text("sessions.check.red-flag.blank"), "YES",
                        Messages.text("sessions.check.reason.red-flag", f.found())))
                .toList());
        model.addAttribute("answers", List.of(Map.entry("YES", Messages.text("sessions.check.yes")),
                Map.entry("NO", Messages.text("sessions.check.no"))));
        model.addAttribute("errors", errors);
        return "sessions/check";
    }

    /** The checks {@code PreSessionRules} makes on this reading, for the phone to make the same without signal. */
    private static ReadingField.Phone phoneChecks(ObservationLimits limits, Observation o) {
        ObservationLimits.Range range = limits.of(o).orElseThrow();
        String typed = Messages.text("delegation.observation." + o.field() + ".value", "{0}");
        return new ReadingField.Phone(o.plain(range.low()), range.high() == null ? "" : o.plain(range.high()),
                o.plausibleLow().toPlainString(),
                o.plausibleHigh().toPlainString(), o.scale(),
                Messages.text("sessions.check.reading.blank", o.title()),
                Messages.text("sessions.check.reading.implausible", o.title(), o.plain(o.plausibleLow()),
                        o.plain(o.plausibleHigh())),
                Messages.text("sessions.check.reading.one-place", o.title()),
                Messages.text("sessions.check.reason.outside", o.title(), typed, limits.describe(o)));
    }
}
