package org.therapyassist.patients.web;

import jakarta.validation.constraints.Size;
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
import org.therapyassist.access.PatientAccess;
import org.therapyassist.patients.AlertKind;
import org.therapyassist.patients.NewPatient;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.web.FormErrors;
import org.therapyassist.platform.web.FormPost;
import org.therapyassist.platform.web.FormValues;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.CommandGuard;
import org.therapyassist.policy.Performs;

@Controller
class PatientPages {

    private final PatientRecords patients;
    private final PatientAccess access;

    private final CommandGuard guard;

    PatientPages(PatientRecords patients, PatientAccess access, CommandGuard guard) {
        this.guard = guard;
        this.patients = patients;
        this.access = access;
    }

    @GetMapping("/patients")
    String search(CurrentUser me, @RequestParam(name = "q", required = false) String q, Model model) {
        model.addAttribute("q", q);
        if (q != null && !q.isBlank() && q.strip().length() < 2) {
            model.addAttribute("tooShort", true);
        } else if (q != null && !q.isBlank()) {
            var result = patients.search(me, q);
            model.addAttribute("results", result.patients());
            model.addAttribute("outside", result.outsideCaseloadPatientId());
        }
        model.addAttribute("canRegister", guard.allows(me, Command.REGISTER_PATIENT));
        return "patients/search";
    }

    @GetMapping("/patients/new")
    String newPatient(Model model) {
        return newPatientPage(model, new FormErrors(), FormValues.none());
    }

    @Performs(Command.REGISTER_PATIENT)
    @PostMapping("/patients")
    String create(CurrentUser me, FormPost<PatientForm> post, Model model) {
        return post.validating(PatientForm::command).refusalsBeside("nhsNumber")
                .submit(form -> "redirect:/patients/" + patients.register(me, form.command()).id(),
                        (errors, values) -> newPatientPage(model, errors, values));
    }

    private String newPatientPage(Model model, FormErrors errors, FormValues values) {
        model.addAttribute("form", values);
        model.addAttribute("errors", errors);
        model.addAttribute("alertKinds", alertKinds());
        return "patients/new";
    }

    @GetMapping("/patients/{id}/break-glass")
    String breakGlassForm(CurrentUser me, @PathVariable UUID id, @RequestParam(required = false) String returnTo,
            Model model) {
        patients.require(me.organisationId(), id);
        model.addAttribute("patientId", id);
        model.addAttribute("returnTo", safeReturn(returnTo, id));
        return "patients/break-glass";
    }

    /** Records the reason, then goes back to the page that was refused (the record, its timeline, a session…). */
    @Performs(Command.BREAK_GLASS)
    @PostMapping("/patients/{id}/break-glass")
    String breakGlass(CurrentUser me, @PathVariable UUID id, FormPost<BreakGlassForm> post, Model model) {
        patients.require(me.organisationId(), id);
        return post.refusalsBeside("reason").submit(form -> {
            access.breakGlass(me, id, form.reason());
            return "redirect:" + safeReturn(form.returnTo(), id);
        }, (errors, values) -> {
            model.addAttribute("errors", errors);
            model.addAttribute("patientId", id);
            model.addAttribute("reason", values.get("reason"));
            model.addAttribute("returnTo", safeReturn(values.get("returnTo"), id));
            return "patients/break-glass";
        });
    }

    /** Only a path of this service (never another site, never a scheme): otherwise the patient's record. */
    static String safeReturn(String returnTo, UUID patientId) {
        boolean local = returnTo != null && returnTo.startsWith("/") && !returnTo.startsWith("//")
                && !returnTo.contains("\\")
                && returnTo.length() <= 500 && returnTo.chars().noneMatch(c -> c < 0x20);
        return local ? returnTo : "/patients/" + patientId;
    }

    static List<Map.Entry<String, String>> alertKinds() {
        return Arrays.stream(AlertKind.values()).map(k -> Map.entry(k.name(), k.title())).toList();
    }

    /** The form as typed: the alerts ticked share one note. */
    record PatientForm(String nhsNumber, String givenName, String familyName, LocalDate dateOfBirth, String address,
            String postcode, String phone, List<AlertKind> alerts, String alertNote) {

        NewPatient command() {
            return new NewPatient(nhsNumber, givenName, familyName, dateOfBirth, address, postcode, phone,
                    alerts.stream().map(kind -> new NewPatient.NewAlert(kind, alertNote)).toList());
        }
    }

    record BreakGlassForm(@Size(max = 500, message = "{patients.validation.break-glass-reason.size}") String reason,
            String returnTo) {
    }
}
