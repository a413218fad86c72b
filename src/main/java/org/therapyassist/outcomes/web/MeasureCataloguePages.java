package org.therapyassist.outcomes.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.therapyassist.delegation.DelegationDesk;
import org.therapyassist.delegation.DelegationView;
import org.therapyassist.outcomes.MeasureCatalogue;
import org.therapyassist.outcomes.MeasureResults;
import org.therapyassist.outcomes.StopCriteria;
import org.therapyassist.outcomes.StopRules;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.web.FormErrors;
import org.therapyassist.platform.web.FormPost;
import org.therapyassist.platform.web.FormReader;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.platform.web.PageSize;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.CommandGuard;
import org.therapyassist.policy.Performs;

/**
 * The measure catalogue, a service's own measures, the delegator's view of support workers' measures, stop criteria.
 */
@Controller
class MeasureCataloguePages {

    static final int ITEM_ROWS = 8;

    private final MeasureCatalogue catalogue;
    private final MeasureResults results;
    private final StopCriteria stopCriteria;
    private final DelegationDesk delegations;
    private final CommandGuard guard;

    MeasureCataloguePages(MeasureCatalogue catalogue, MeasureResults results, StopCriteria stopCriteria,
            DelegationDesk delegations, CommandGuard guard) {
        this.guard = guard;
        this.catalogue = catalogue;
        this.results = results;
        this.stopCriteria = stopCriteria;
        this.delegations = delegations;
    }

    @GetMapping("/measures")
    String catalogue(CurrentUser me, @PageSize(25) PageRequest page, Model model) {
        model.addAttribute("measures", catalogue.all(me.organisationId(), page));
        model.addAttribute("canAdd", guard.allows(me, Command.ADD_SERVICE_MEASURE));
        // Measures support workers recorded on delegated work are listed for the therapists who delegate it.
        model.addAttribute("canSeeDelegated", guard.allows(me, Command.DELEGATE));
        return "outcomes/catalogue";
    }

    @Performs(Command.ADD_SERVICE_MEASURE)
    @GetMapping("/measures/new")
    String newMeasure(CurrentUser me, Model model) {
        return measureForm(Map.of("unit", "points", "totalRule", "SUM", "higherIsBetter", "true"), new FormErrors(),
                model);
    }

    @Performs(Command.ADD_SERVICE_MEASURE)
    @PostMapping("/measures")
    String create(CurrentUser me, FormPost<NewMeasureForm> post, Model model, RedirectAttributes redirect) {
        return post.validating(NewMeasureForm::measure).fields(NewMeasureForm::pageField).submit(form -> {
            var created = catalogue.create(me, form.measure());
            redirect.addFlashAttribute("banner", Messages.text("outcomes.banner.added", created.name()));
            return "redirect:/measures";
        }, (errors, values) -> measureForm(values, errors, model));
    }

    @GetMapping("/outcomes/delegated")
    String delegated(CurrentUser me, @PageSize(25) PageRequest page, Model model) {
        if (!me.isRegistrant()) {
            throw new NotAllowedException("measure.registrant-only", Messages.text("outcomes.refusal.delegated-only"));
        }
        model.addAttribute("results", results.fromDelegatedWork(me, 30, page));
        return "outcomes/delegated";
    }

    @GetMapping("/delegations/{id}/stop-criteria")
    String stopForm(CurrentUser me, @PathVariable UUID id, Model model) {
        StopRules rules = stopCriteria.open(me, id);
        return stopPage(me, id, Map.of("painRisePoints", text(rules.painRisePoints()), "tugSlowerThan",
                text(rules.tugSlowerThan()), "chairStandBelow", text(rules.chairStandBelow())), new FormErrors(),
                model);
    }

    @Performs(Command.SET_STOP_CRITERIA)
    @PostMapping("/delegations/{id}/stop-criteria")
    String setStop(CurrentUser me, @PathVariable UUID id, FormPost<StopCriteria.SetRules> post, Model model,
            RedirectAttributes redirect) {
        return post.submit(rules -> {
            stopCriteria.set(me, id, rules);
            redirect.addFlashAttribute("banner",
                    Messages.text("outcomes.banner.stop-saved"));
            return "redirect:/delegations/" + id;
        }, (errors, values) -> stopPage(me, id, values, errors, model));
    }

    private String stopPage(CurrentUser me, UUID id, Map<String, String> form, FormErrors errors, Model model) {
        DelegationView d = delegations.view(me, id);
        if (!d.delegatorId().equals(me.staffId())) {
            throw new NotAllowedException("stop-criteria.delegator-only",
                    Messages.text("outcomes.refusal.stop-delegator-only"));
        }
        model.addAttribute("delegation", d);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "outcomes/stop-criteria";
    }

    private String measureForm(Map<String, String> params, FormErrors errors, Model model) {
        model.addAttribute("form", params);
        model.addAttribute("rows", IntStream.range(0, ITEM_ROWS).boxed().toList());
        model.addAttribute("rules", List.of(Map.entry("SUM", Messages.text("outcomes.rule.SUM")),
                Map.entry("MEAN", Messages.text("outcomes.rule.MEAN"))));
        model.addAttribute("directions",
                List.of(Map.entry("true", Messages.text("outcomes.direction.true")),
                        Map.entry("false", Messages.text("outcomes.direction.false"))));
        model.addAttribute("errors", errors);
        return "outcomes/measure-new";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String text(Object o) {
        return o == null ? "" : o instanceof BigDecimal b ? b.toPlainString() : o.toString();
    }

    /** A service's own measure: up to {@link #ITEM_ROWS} rows of items, blank rows left out. */
    record NewMeasureForm(MeasureCatalogue.NewMeasure measure, List<Integer> rows) {

        static NewMeasureForm read(FormReader in) {
            List<MeasureCatalogue.NewItem> items = new ArrayList<>();
            List<Integer> rows = new ArrayList<>();
            for (int i = 0; i < ITEM_ROWS; i++) {
                if (blank(in.text("itemLabel" + i)) && blank(in.text("itemMin" + i)) && blank(in.text("itemMax" + i))) {
                    continue;
                }
                rows.add(i);
                items.add(new MeasureCatalogue.NewItem(in.text("itemLabel" + i),
                        in.integer("itemMin" + i, Messages.text("outcomes.measure-new.item.min")),
                        in.integer("itemMax" + i, Messages.text("outcomes.measure-new.item.max"))));
            }
            return new NewMeasureForm(new MeasureCatalogue.NewMeasure(in.text("name"), in.text("unit"),
                    in.choice("totalRule", MeasureCatalogue.CustomRule.class), "true".equals(in.text("higherIsBetter")),
                    in.text("description"), items), rows);
        }

        /** items[2].max (third item posted) back to the row it came from: itemMax5. */
        String pageField(String field) {
            var m = Pattern.compile("^items\\[(\\d+)]\\.(label|min|max)$").matcher(field);
            if (m.matches()) {
                int row = rows.get(Integer.parseInt(m.group(1)));
                String part = m.group(2);
                return "item" + Character.toUpperCase(part.charAt(0)) + part.substring(1) + row;
            }
            return "items".equals(field) ? "itemLabel0" : field;
        }
    }
}
