package org.therapyassist.exercises.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.therapyassist.exercises.BodyRegion;
import org.therapyassist.exercises.Exercise;
import org.therapyassist.exercises.ExerciseCategory;
import org.therapyassist.exercises.ExerciseLibrary;
import org.therapyassist.exercises.Figures;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.web.FormErrors;
import org.therapyassist.platform.web.FormPost;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.platform.web.PageSize;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.CommandGuard;
import org.therapyassist.policy.Performs;

/** The exercise library: browse by region and category, read one exercise, add the service's own. */
@Controller
class ExercisePages {

    private final ExerciseLibrary library;
    private final CommandGuard guard;

    ExercisePages(ExerciseLibrary library, CommandGuard guard) {
        this.library = library;
        this.guard = guard;
    }

    @GetMapping("/exercises")
    String library(CurrentUser me, @RequestParam(required = false) String region,
            @RequestParam(required = false) String category, @RequestParam(required = false) String q,
            @PageSize(30) PageRequest page, Model model) {
        BodyRegion r = parse(BodyRegion.class, region);
        ExerciseCategory c = parse(ExerciseCategory.class, category);
        model.addAttribute("exercises", library.list(me.organisationId(), r, c, q, page));
        model.addAttribute("q", q == null ? "" : q.strip());
        model.addAttribute("region", r == null ? "" : r.name());
        model.addAttribute("category", c == null ? "" : c.name());
        model.addAttribute("canAddExercise", guard.allows(me, Command.ADD_EXERCISE));
        options(model);
        return "exercises/library";
    }

    @GetMapping("/exercises/{id}")
    String exercise(CurrentUser me, @PathVariable UUID id, Model model) {
        model.addAttribute("e", library.require(me.organisationId(), id));
        return "exercises/exercise";
    }

    @GetMapping("/exercises/new")
    String newExercise(CurrentUser me, Model model) {
        requireRegistrant(me);
        model.addAttribute("v", Map.of());
        model.addAttribute("errors", new FormErrors());
        options(model);
        return "exercises/new";
    }

    @Performs(Command.ADD_EXERCISE)
    @PostMapping("/exercises")
    String add(CurrentUser me, FormPost<ExerciseLibrary.NewExercise> post, Model model, RedirectAttributes redirect) {
        requireRegistrant(me);
        return post.submit(exercise -> {
            Exercise added = library.add(me, exercise);
            redirect.addFlashAttribute("banner", Messages.text("exercises.banner.added-to-library"));
            return "redirect:/exercises/" + added.id();
        }, (errors, values) -> {
            model.addAttribute("v", values);
            model.addAttribute("errors", errors);
            options(model);
            return "exercises/new";
        });
    }

    private static void options(Model model) {
        model.addAttribute("regions",
                Arrays.stream(BodyRegion.values()).map(r -> Map.entry(r.name(), r.title())).toList());
        model.addAttribute("categories",
                Arrays.stream(ExerciseCategory.values()).map(c -> Map.entry(c.name(), c.title())).toList());
        model.addAttribute("poses",
                Figures.poses().stream().sorted()
                        .map(p -> Map.entry(p, Messages.source().getMessage("exercises.pose." + p,
                                null, p.replace('-', ' '), LocaleContextHolder.getLocale())))
                        .toList());
    }

    private static void requireRegistrant(CurrentUser me) {
        if (!me.isRegistrant()) {
            throw new NotAllowedException("exercise.registrant-only",
                    Messages.text("exercises.refusal.registrant-only"));
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return List.of(type.getEnumConstants()).stream().filter(e -> e.name().equals(value)).findFirst().orElse(null);
    }
}
