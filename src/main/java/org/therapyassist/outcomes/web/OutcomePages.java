package org.therapyassist.outcomes.web;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.therapyassist.careplans.CarePlans;
import org.therapyassist.outcomes.Measure;
import org.therapyassist.outcomes.MeasureCatalogue;
import org.therapyassist.outcomes.MeasureLibrary;
import org.therapyassist.outcomes.MeasureResult;
import org.therapyassist.outcomes.MeasureResults;
import org.therapyassist.outcomes.MeasureSuggestions;
import org.therapyassist.outcomes.PatientOutcomes;
import org.therapyassist.patients.Patient;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.FormErrors;
import org.therapyassist.platform.web.FormPost;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.platform.web.PageSize;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.CommandGuard;
import org.therapyassist.policy.Performs;

/** Recording a measure on a phone, a page per measure with its chart, and correcting a result. */
@Controller
class OutcomePages {

    private final MeasureCatalogue catalogue;
    private final MeasureResults results;
    private final PatientOutcomes outcomes;
    private final PatientRecords patients;
    private final CarePlans carePlans;
    private final Clock clock;
    private final CommandGuard guard;
    private final MeasureSuggestions suggestions;

    OutcomePages(MeasureCatalogue catalogue, MeasureResults results, PatientOutcomes outcomes, PatientRecords patients,
            CarePlans carePlans, Clock clock, CommandGuard guard, MeasureSuggestions suggestions) {
        this.guard = guard;
        this.suggestions = suggestions;
        this.catalogue = catalogue;
        this.results = results;
        this.outcomes = outcomes;
        this.patients = patients;
        this.carePlans = carePlans;
        this.clock = clock;
    }

    @GetMapping("/patients/{patientId}/measures/new")
    String choose(CurrentUser me, @PathVariable UUID patientId, @RequestParam(required = false) String measure,
            @PageSize(25) PageRequest page, Model model) {
        Patient patient = patients.open(me, patientId);
        if (measure == null || catalogue.find(me.organisationId(), measure).isEmpty()) {
            model.addAttribute("patient", patient);
            model.addAttribute("measures", catalogue.all(me.organisationId(), page));
            model.addAttribute("suggested", suggestions.forOpenedPatient(me.organisationId(), patientId));
            return "outcomes/choose";
        }
        var today = Time.today(clock);
        Map<String, String> params = new HashMap<>();
        params.put("effectiveOnDay", String.valueOf(today.getDayOfMonth()));
        params.put("effectiveOnMonth", String.valueOf(today.getMonthValue()));
        params.put("effectiveOnYear", String.valueOf(today.getYear()));
        return form(me, patient, catalogue.require(me.organisationId(), measure), params, new FormErrors(), model);
    }

    @Performs(Command.RECORD_MEASURE)
    @PostMapping("/patients/{patientId}/measures")
    String record(CurrentUser me, @PathVariable UUID patientId, @RequestParam(defaultValue = "") String measureKey,
            FormPost<MeasureForm> post, Model model, RedirectAttributes redirect) {
        Patient patient = patients.require(me.organisationId(), patientId);
        Measure measure = catalogue.require(me.organisationId(), measureKey);
        MeasureForm.Items items = post.read(in -> MeasureForm.items(measure, in));
        return post.fields(MeasureForm::pageField).validating(form -> form.result(measure, items)).submit(form -> {
            MeasureResult saved = results.record(me, patientId, form.result(measure, items));
            redirect.addFlashAttribute("banner", Messages.text("outcomes.banner.recorded", measure.name(),
                    saved.scoreText()) + (saved.interpretation() == null ? "" : " – " + saved.interpretation()));
            return "redirect:/patients/" + patientId + "/measures/" + measure.key();
        }, (errors, values) -> form(me, patient, measure, values, errors, model));
    }

    @GetMapping(value = "/patients/{patientId}/progress.pdf", produces = "application/pdf")
    ResponseEntity<byte[]> progressReport(CurrentUser me, @PathVariable UUID patientId) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "attachment; filename=\"progress-report.pdf\"")
                .body(outcomes.progressReport(me, patientId, Time.today(clock)));
    }

    @GetMapping("/patients/{patientId}/measures/{key}")
    String measure(CurrentUser me, @PathVariable UUID patientId, @PathVariable String key, Model model) {
        model.addAttribute("patient", patients.require(me.organisationId(), patientId));
        model.addAttribute("series", outcomes.measure(me, patientId, key));
        model.addAttribute("can", MeasureActions.of(me, guard));
        return "outcomes/measure";
    }

    @GetMapping("/measure-results/{id}/correct")
    String correctForm(CurrentUser me, @PathVariable UUID id, Model model) {
        MeasureResult old = results.open(me, id);
        Measure measure = catalogue.require(me.organisationId(), old.measureKey());
        Map<String, String> params = new HashMap<>();
        for (int i = 0; i < measure.items().size(); i++) {
            String key = measure.items().get(i).key();
            int index = i;
            old.items().stream().filter(c -> c.key().equals(key)).findFirst().ifPresent(c -> {
                params.put("item" + index, c.value().stripTrailingZeros().toPlainString());
                params.put("label" + index, c.label());
            });
        }
        params.put("effectiveOnDay", String.valueOf(old.effectiveOn().getDayOfMonth()));
        params.put("effectiveOnMonth", String.valueOf(old.effectiveOn().getMonthValue()));
        params.put("effectiveOnYear", String.valueOf(old.effectiveOn().getYear()));
        if (old.normGroup() != null) {
            params.put("normGroup", old.normGroup());
        }
        model.addAttribute("correcting", old);
        return form(me, patients.require(me.organisationId(), old.patientId()), measure, params, new FormErrors(),
                model);
    }

    @Performs(Command.CORRECT_MEASURE)
    @PostMapping("/measure-results/{id}/corrections")
    String correct(CurrentUser me, @PathVariable UUID id, FormPost<MeasureForm> post, Model model,
            RedirectAttributes redirect) {
        MeasureResult old = results.open(me, id);
        Measure measure = catalogue.require(me.organisationId(), old.measureKey());
        MeasureForm.Items items = post.read(in -> MeasureForm.items(measure, in));
        return post.fields(MeasureForm::pageField).validating(form -> form.correction(measure, items)).submit(form -> {
            results.correct(me, id, form.reason(), form.correction(measure, items));
            redirect.addFlashAttribute("banner", Messages.text("outcomes.banner.corrected"));
            return "redirect:/patients/" + old.patientId() + "/measures/" + measure.key();
        }, (errors, values) -> {
            model.addAttribute("correcting", old);
            return form(me, patients.require(me.organisationId(), old.patientId()), measure, values, errors, model);
        });
    }

    private String form(CurrentUser me, Patient patient, Measure measure, Map<String, String> params, FormErrors errors,
            Model model) {
        model.addAttribute("patient", patient);
        model.addAttribute("measure", measure);
        model.addAttribute("rows", MeasureForm.rows(measure, params));
        model.addAttribute("form", params);
        model.addAttribute("errors", errors);
        model.addAttribute("chairStand", MeasureLibrary.CHAIR_STAND.equals(measure.key()));
        model.addAttribute("normGroups", List.of(Map.entry("MEN", Messages.text("outcomes.norm.MEN")),
                Map.entry("WOMEN", Messages.text("outcomes.norm.WOMEN"))));
        model.addAttribute("episodes", carePlans.episodesOf(me.organisationId(), patient.id()).stream()
                .filter(e -> e.isOpen())
                .map(e -> Map.entry(e.id().toString(), e.category().title() + " – " + e.teamName())).toList());
        return "outcomes/record";
    }
}
