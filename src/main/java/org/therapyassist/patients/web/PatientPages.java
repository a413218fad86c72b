package org.therapyassist.patients.web;

import jakarta.validation.Validator;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.therapyassist.access.PatientAccess;
import org.therapyassist.patients.AlertKind;
import org.therapyassist.patients.NewPatient;
import org.therapyassist.patients.Patient;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.RefusedException;
import org.therapyassist.platform.web.FormErrors;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.CommandGuard;
import org.therapyassist.policy.Performs;

@Controller
class PatientPages {

    private final PatientRecords patients;
    private final PatientAccess access;
    private final Validator validator;

    private final CommandGuard guard;

    PatientPages(PatientRecords patients, PatientAccess access, Validator validator, CommandGuard guard) {
        this.guard = guard;
        this.patients = patients;
        this.access = access;
        this.validator = validator;
    }

    @GetMapping("/patients")
    String search(CurrentUser me, @RequestParam(name = "q", required = false) String q, Model model) {
        model.addAttribute("q", q);
        if (q != null && !q.isBlank()) {
            var result = patients.search(me, q);
            model.addAttribute("results", result.patients());
            model.addAttribute("outside", result.outsideCaseloadPatientId());
        }
        model.addAttribute("canRegister", guard.allows(me, Command.REGISTER_PATIENT));
        return "patients/search";
    }

    @GetMapping("/patients/new")
    String newPatient(Model model) {
        model.addAttribute("form", PatientForm.empty());
        model.addAttribute("alertKinds", alertKinds());
        return "patients/new";
    }

    @Performs(Command.REGISTER_PATIENT)
    @PostMapping("/patients")
    String create(CurrentUser me, @ModelAttribute("form") PatientForm form, Model model) {
        FormErrors errors = new FormErrors();
        var dob = errors.date("dateOfBirth", "date of birth", form.dateOfBirthDay(), form.dateOfBirthMonth(),
                form.dateOfBirthYear(), true);
        List<NewPatient.NewAlert> alerts = form.alerts() == null ? List.of()
                : form.alerts().stream().map(k -> new NewPatient.NewAlert(errors.choice("alerts", AlertKind.class, k),
                        form.alertNote())).toList();
        NewPatient command = new NewPatient(form.nhsNumber(), form.givenName(), form.familyName(), dob, form.address(),
                form.postcode(), form.phone(), alerts);
        errors.validate(validator, command);
        if (errors.isEmpty()) {
            try {
                Patient p = patients.register(me, command);
                return "redirect:/patients/" + p.id();
            } catch (ConflictException | RefusedException e) {
                errors.add("nhsNumber", e.getMessage());
            }
        }
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
    String breakGlass(CurrentUser me, @PathVariable UUID id, @RequestParam(required = false) String reason,
            @RequestParam(required = false) String returnTo, Model model) {
        patients.require(me.organisationId(), id);
        FormErrors errors = new FormErrors();
        if (reason != null && reason.strip().length() > 500) {
            errors.add("reason", "The reason must be 500 characters or fewer");
        } else {
            try {
                access.breakGlass(me, id, reason);
                return "redirect:" + safeReturn(returnTo, id);
            } catch (RefusedException e) {
                errors.add("reason", e.getMessage());
            }
        }
        model.addAttribute("errors", errors);
        model.addAttribute("patientId", id);
        model.addAttribute("reason", reason);
        model.addAttribute("returnTo", safeReturn(returnTo, id));
        return "patients/break-glass";
    }

    /** Only a path of this service (never another site, never a scheme): otherwise the patient's record. */
    static String safeReturn(String returnTo, UUID patientId) {
        boolean local = returnTo != null && returnTo.startsWith("/") && !returnTo.startsWith("//") && !returnTo.contains("\\")
                && returnTo.length() <= 500 && returnTo.chars().noneMatch(c -> c < 0x20);
        return local ? returnTo : "/patients/" + patientId;
    }

    static List<java.util.Map.Entry<String, String>> alertKinds() {
        return java.util.Arrays.stream(AlertKind.values()).map(k -> java.util.Map.entry(k.name(), k.title())).toList();
    }

    record PatientForm(String nhsNumber, String givenName, String familyName, String dateOfBirthDay,
            String dateOfBirthMonth, String dateOfBirthYear, String address, String postcode, String phone,
            List<String> alerts, String alertNote) {
        static PatientForm empty() {
            return new PatientForm(null, null, null, null, null, null, null, null, null, List.of(), null);
        }
    }
}
