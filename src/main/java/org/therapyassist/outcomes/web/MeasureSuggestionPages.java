package org.therapyassist.outcomes.web;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.therapyassist.careplans.ConditionCategory;
import org.therapyassist.outcomes.MeasureCatalogue;
import org.therapyassist.outcomes.MeasureSuggestionRules;
import org.therapyassist.outcomes.MeasureSuggestions;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.web.FormErrors;
import org.therapyassist.platform.web.FormPost;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.CommandGuard;
import org.therapyassist.policy.Performs;

/** The measures suggested for each kind of episode, and a team lead's page to choose them for the service. */
@Controller
class MeasureSuggestionPages {

    private final MeasureSuggestions suggestions;
    private final MeasureCatalogue catalogue;
    private final CommandGuard guard;

    MeasureSuggestionPages(MeasureSuggestions suggestions, MeasureCatalogue catalogue, CommandGuard guard) {
        this.suggestions = suggestions;
        this.catalogue = catalogue;
        this.guard = guard;
    }

    /** The form as ticked: the measures to suggest, in the catalogue's order. */
    record SuggestionForm(List<String> measureKeys) {

        MeasureSuggestions.Change change() {
            return new MeasureSuggestions.Change(measureKeys == null ? List.of() : measureKeys);
        }
    }

    @GetMapping("/measures/suggestions")
    String list(CurrentUser me, Model model) {
        model.addAttribute("suggestions", suggestions.all(me.organisationId()));
        model.addAttribute("canChange", guard.allows(me, Command.SET_MEASURE_SUGGESTIONS));
        return "outcomes/suggestions";
    }

    @Performs(Command.SET_MEASURE_SUGGESTIONS)
    @GetMapping("/measures/suggestions/{category}")
    String edit(CurrentUser me, @PathVariable ConditionCategory category, Model model) {
        var now = suggestions.of(me.organisationId(), category);
        return form(me, category, now.measures().stream().map(m -> m.key()).toList(), new FormErrors(), model);
    }

    @Performs(Command.SET_MEASURE_SUGGESTIONS)
    @PostMapping("/measures/suggestions/{category}")
    String change(CurrentUser me, @PathVariable ConditionCategory category, FormPost<SuggestionForm> post,
            Model model, RedirectAttributes redirect) {
        return post.validating(SuggestionForm::change).submit(form -> {
            suggestions.change(me, category, form.change());
            redirect.addFlashAttribute("banner", Messages.text("outcomes.suggestions.banner", category.title()));
            return "redirect:/measures/suggestions";
        }, (errors, values) -> form(me, category, values.all("measureKeys"), errors, model));
    }

    private String form(CurrentUser me, ConditionCategory category, List<String> ticked, FormErrors errors,
            Model model) {
        model.addAttribute("category", category);
        model.addAttribute("measures", catalogue.all(me.organisationId()));
        model.addAttribute("ticked", ticked);
        model.addAttribute("most", MeasureSuggestionRules.MOST);
        model.addAttribute("errors", errors);
        return "outcomes/suggestion-edit";
    }
}
