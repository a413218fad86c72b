package org.therapyassist.pulse.web;

import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.web.FormErrors;
import org.therapyassist.platform.web.FormPost;
import org.therapyassist.platform.web.Languages;
import org.therapyassist.platform.web.Messages;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;
import org.therapyassist.pulse.Pulse;
import org.therapyassist.pulse.PulseAnswer;
import org.therapyassist.pulse.PulseResults;
import org.therapyassist.pulse.PulseRules;

@Controller
class PulsePages {

    /** The answers from 1 to 5, the ends in words in the reader's language. */
    static List<Map.Entry<String, String>> scale(String lowest, String highest) {
        return List.of(Map.entry("1", Messages.text(lowest)), Map.entry("2", "2"), Map.entry("3", "3"),
                Map.entry("4", "4"), Map.entry("5", Messages.text(highest)));
    }

    private final Pulse pulse;

    PulsePages(Pulse pulse) {
        this.pulse = pulse;
    }

    @GetMapping("/pulse")
    String form(CurrentUser me, Model model) {
        model.addAttribute("answered", pulse.answeredThisMonth(me));
        return show(model, new FormErrors(), Map.of());
    }

    @Performs(Command.ANSWER_PULSE)
    @PostMapping("/pulse")
    String answer(CurrentUser me, FormPost<PulseAnswer> post, Model model, RedirectAttributes redirect) {
        return post.submit(answer -> {
            pulse.answer(me, answer.feelValued(), answer.wouldRecommend(), answer.thinkingOfLeaving());
            redirect.addFlashAttribute("banner",
                    Messages.text("pulse.banner.answered"));
            return "redirect:/pulse";
        }, (errors, values) -> {
            model.addAttribute("answered", false);
            return show(model, errors, values);
        });
    }

    @GetMapping("/team/pulse")
    String results(CurrentUser me, Model model) {
        PulseResults results = pulse.results(me);
        model.addAttribute("months", results.months().stream().map(PulsePages::month).toList());
        model.addAttribute("firstMonth", monthName(results.firstMonth()));
        model.addAttribute("lastMonth", monthName(results.lastMonth()));
        model.addAttribute("nextMonth", monthName(results.nextMonth()));
        model.addAttribute("nextReleasedOn", results.nextReleasedOn());
        return "pulse/results";
    }

    /** A released month as the page shows it. */
    record MonthView(String title, List<Row> rows) {
    }

    /** A group's line: figures as text when shown, otherwise the reason it is not. */
    record Row(String group, String note, boolean shown, String answers, String feelValued, String percentFeelValued,
            String wouldRecommend, String thinkingOfLeaving, String reason) {
    }

    private static final String MONTH = "MMMM yyyy";

    /** A month in the reader's language: "March 2027", "Mawrth 2027". */
    private static String monthName(TemporalAccessor month) {
        return DateTimeFormatter.ofPattern(MONTH, Languages.normalise(LocaleContextHolder.getLocale())).format(month);
    }

    private static MonthView month(PulseResults.Month m) {
        return new MonthView(monthName(m.month()), m.groups().stream().map(PulsePages::row).toList());
    }

    /** The group's name: a team by its own name, the two made-up groups in the reader's language. */
    private static String group(PulseResults.Group g) {
        return switch (g.kind()) {
            case WHOLE_SERVICE -> Messages.text("pulse.group.whole-service");
            case OTHER_TEAMS -> Messages.text("pulse.group.other-teams");
            case TEAM -> g.group();
        };
    }

    /** Why a group is hidden, in the reader's language (the rules give it in English). */
    private static String reason(String english) {
        for (PulseRules.HiddenBecause because : PulseRules.HiddenBecause.values()) {
            if (because.text().equals(english)) {
                return Messages.text("pulse.hidden." + because.name());
            }
        }
        return english;
    }

    private static Row row(PulseResults.Group g) {
        String note = g.kind() == PulseRules.GroupKind.OTHER_TEAMS
                ? Messages.text("pulse.group.other-teams.note")
                : null;
        if (!g.shown()) {
            return new Row(group(g), note, false, null, null, null, null, null, reason(g.reason()));
        }
        return new Row(group(g), note, true, Messages.text("pulse.band." + g.answers().name()),
                g.feelValued().toPlainString(),
                g.percentFeelValued() + "%",
                g.wouldRecommend().toPlainString(), g.thinkingOfLeaving().toPlainString(), null);
    }

    private String show(Model model, FormErrors errors, Map<String, String> values) {
        model.addAttribute("agree", scale("pulse.answer.not-at-all", "pulse.answer.very-much"));
        model.addAttribute("often", scale("pulse.answer.never", "pulse.answer.every-day"));
        model.addAttribute("errors", errors);
        model.addAttribute("v", values);
        return "pulse/answer";
    }
}
