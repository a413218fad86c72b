package org.therapyassist.exercises.web;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import org.therapyassist.careplans.Episode;
import org.therapyassist.exercises.BodyRegion;
import org.therapyassist.exercises.ExerciseLibrary;
import org.therapyassist.exercises.HomeSheets;
import org.therapyassist.exercises.ProgrammeLine;
import org.therapyassist.exercises.Programmes;
import org.therapyassist.patients.PatientRecords;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.web.Actions;
import org.therapyassist.platform.web.FormErrors;
import org.therapyassist.platform.web.FormPost;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.CommandGuard;
import org.therapyassist.policy.Performs;

/** The programme builder for an episode, the change form for one item, and the home exercise sheet (page and PDF). */
@Controller
class ProgrammePages {

    private final Programmes programmes;
    private final ExerciseLibrary library;
    private final HomeSheets sheets;
    private final CarePlans carePlans;
    private final PatientRecords patients;
    private final CommandGuard guard;

    ProgrammePages(Programmes programmes, ExerciseLibrary library, HomeSheets sheets, CarePlans carePlans,
            PatientRecords patients, CommandGuard guard) {
        this.guard = guard;
        this.programmes = programmes;
        this.library = library;
        this.sheets = sheets;
        this.carePlans = carePlans;
        this.patients = patients;
    }

    @GetMapping("/episodes/{id}/exercise-programme")
    String programme(CurrentUser me, @PathVariable UUID id, @RequestParam(required = false) String region,
            Model model) {
        Map<String, String> v = new HashMap<>();
        if (region != null) {
            v.put("region", region);
        }
        return builder(me, id, v, new FormErrors(), model);
    }

    @Performs(Command.PRESCRIBE_EXERCISE)
    @PostMapping("/episodes/{id}/exercise-programme")
    String add(CurrentUser me, @PathVariable UUID id, FormPost<Programmes.NewItem> post, Model model,
            RedirectAttributes redirect) {
        return post.submit(item -> {
            ProgrammeLine added = programmes.add(me, id, item);
            redirect.addFlashAttribute("banner", Messages.text("exercises.banner.added", added.activity()));
            return "redirect:/episodes/" + id + "/exercise-programme";
        }, (errors, values) -> builder(me, id, values, errors, model));
    }

    @Performs(Command.REORDER_OR_REMOVE_EXERCISE)
    @PostMapping("/programme-items/{id}/move")
    String move(CurrentUser me, @PathVariable UUID id, @RequestParam(required = false) String direction,
            @RequestParam(required = false) Integer version, RedirectAttributes redirect) {
        UUID episodeId = programmes.requireLine(me.organisationId(), id).episodeId();
        return Actions.run(redirect, "/episodes/" + episodeId + "/exercise-programme", () -> {
            programmes.move(me, id, version == null ? -1 : version,
                    "UP".equals(direction) ? Programmes.Direction.UP : Programmes.Direction.DOWN);
            return Messages.text("exercises.banner.moved");
        });
    }

    @Performs(Command.REORDER_OR_REMOVE_EXERCISE)
    @PostMapping("/programme-items/{id}/remove")
    String remove(CurrentUser me, @PathVariable UUID id, @RequestParam(required = false) Integer version,
            RedirectAttributes redirect) {
        ProgrammeLine line = programmes.requireLine(me.organisationId(), id);
        return Actions.run(redirect, "/episodes/" + line.episodeId() + "/exercise-programme", () -> {
            programmes.remove(me, id, version == null ? -1 : version);
            return Messages.text("exercises.banner.removed", line.activity());
        });
    }

    @GetMapping("/programme-items/{id}/edit")
    String edit(CurrentUser me, @PathVariable UUID id, Model model) {
        ProgrammeLine line = programmes.requireLine(me.organisationId(), id);
        Map<String, String> v = new HashMap<>();
        v.put("version", "" + line.version());
        v.put("sets", str(line.sets()));
        v.put("repetitions", str(line.repetitions()));
        v.put("holdSeconds", str(line.holdSeconds()));
        v.put("frequency", line.frequency());
        v.put("maxSets", str(line.maxSets()));
        v.put("maxRepetitions", str(line.maxRepetitions()));
        v.put("maxHoldSeconds", str(line.maxHoldSeconds()));
        v.put("progressionLimits", line.progressionLimits());
        v.put("note", line.note());
        return editForm(me, line, v, new FormErrors(), model);
    }

    @Performs(Command.CHANGE_EXERCISE_DOSE)
    @PostMapping("/programme-items/{id}")
    String change(CurrentUser me, @PathVariable UUID id, FormPost<Programmes.Change> post, Model model,
            RedirectAttributes redirect) {
        ProgrammeLine line = programmes.requireLine(me.organisationId(), id);
        return post.submit(change -> {
            programmes.change(me, id, change);
            redirect.addFlashAttribute("banner", Messages.text("exercises.banner.changed", line.activity()));
            return "redirect:/episodes/" + line.episodeId() + "/exercise-programme";
        }, (errors, values) -> editForm(me, line, values, errors, model));
    }

    @Performs(Command.SET_TEAM_CONTACT_PHONE)
    @PostMapping("/episodes/{id}/contact-phone")
    String contactPhone(CurrentUser me, @PathVariable UUID id, @RequestParam(required = false) String contactPhone,
            RedirectAttributes redirect) {
        Episode episode = carePlans.require(me.organisationId(), id);
        return Actions.run(redirect, "/episodes/" + id + "/home-sheet", () -> {
            sheets.setContactPhone(me, episode.teamId(), contactPhone);
            return Messages.text("exercises.banner.phone", contactPhone.strip());
        });
    }

    @GetMapping("/episodes/{id}/home-sheet")
    String sheet(CurrentUser me, @PathVariable UUID id, @RequestParam(defaultValue = "false") boolean easyRead,
            Model model) {
        model.addAttribute("sheet", sheets.sheet(me, id));
        model.addAttribute("easyRead", easyRead);
        model.addAttribute("canSetPhone", guard.allows(me, Command.SET_TEAM_CONTACT_PHONE));
        return "exercises/sheet";
    }

    @GetMapping("/episodes/{id}/home-sheet.pdf")
    ResponseEntity<byte[]> sheetPdf(CurrentUser me, @PathVariable UUID id,
            @RequestParam(defaultValue = "false") boolean easyRead, @RequestParam(required = false) String lang) {
        byte[] pdf = sheets.pdf(sheets.sheet(me, id), easyRead,
                HomeSheets.language(lang));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(easyRead ? "my-exercises-easy-read.pdf" : "home-exercises.pdf").build().toString())
                .body(pdf);
    }

    private String builder(CurrentUser me, UUID episodeId, Map<String, String> v, FormErrors errors, Model model) {
        Episode episode = carePlans.require(me.organisationId(), episodeId);
        List<ProgrammeLine> lines = programmes.programme(me, episodeId);
        BodyRegion region = v.get("region") != null && !v.get("region").isBlank()
                ? Arrays.stream(BodyRegion.values()).filter(r -> r.name().equals(v.get("region"))).findFirst()
                        .orElse(null)
                : null;
        model.addAttribute("episode", episode);
        model.addAttribute("can", ProgrammeActions.of(me, episode, guard));
        model.addAttribute("patient",
                patients.summaries(me.organisationId(), List.of(episode.patientId())).get(episode.patientId()));
        model.addAttribute("lines", lines);
        // A picker: the library for the chosen region, at most a page of the largest size.
        model.addAttribute("exerciseOptions", library.list(me.organisationId(), region, null,
                PageRequest.first(PageRequest.MAX_SIZE)).items()
                .stream()
                .map(e -> Map.entry(e.id().toString(),
                        Messages.text("exercises.programme.exercise.option", e.name(),
                                e.category().title().toLowerCase(Locale.UK))))
                .toList());
        model.addAttribute("regions",
                Arrays.stream(BodyRegion.values()).map(r -> Map.entry(r.name(), r.title())).toList());
        model.addAttribute("v", v);
        model.addAttribute("errors", errors);
        return "exercises/programme";
    }

    private String editForm(CurrentUser me, ProgrammeLine line, Map<String, String> v, FormErrors errors, Model model) {
        Episode episode = carePlans.require(me.organisationId(), line.episodeId());
        programmes.programme(me, line.episodeId());
        model.addAttribute("episode", episode);
        model.addAttribute("can", ProgrammeActions.of(me, episode, guard));
        model.addAttribute("line", line);
        model.addAttribute("v", v);
        model.addAttribute("errors", errors);
        return "exercises/item-edit";
    }

    private static String str(Integer i) {
        return i == null ? "" : i.toString();
    }
}
