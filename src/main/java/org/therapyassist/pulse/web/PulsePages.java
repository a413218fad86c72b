package org.therapyassist.pulse.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.web.FormErrors;
import org.therapyassist.platform.web.FormPost;
import org.therapyassist.policy.Command;
import org.therapyassist.policy.Performs;
import org.therapyassist.pulse.Pulse;
import org.therapyassist.pulse.PulseAnswer;
import org.therapyassist.pulse.PulseResults;
import org.therapyassist.pulse.PulseRules;

@Controller
class PulsePages {

    static final List<Map.Entry<String, String>> AGREE = List.of(Map.entry("1", "1 – Not at all"), Map.entry("2", "2"),
            Map.entry("3", "3"), Map.entry("4", "4"), Map.entry("5", "5 – Very much"));
    static final List<Map.Entry<String, String>> OFTEN = List.of(Map.entry("1", "1 – Never"), Map.entry("2", "2"),
            Map.entry("3", "3"), Map.entry("4", "4"), Map.entry("5", "5 – Every day"));

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
                    "Thank you. Your answer is anonymous: it is kept with your team and month only.");
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
        model.addAttribute("firstMonth", MONTH.format(results.firstMonth()));
        model.addAttribute("lastMonth", MONTH.format(results.lastMonth()));
        model.addAttribute("nextMonth", MONTH.format(results.nextMonth()));
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

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private static MonthView month(PulseResults.Month m) {
        return new MonthView(MONTH.format(m.month()), m.groups().stream().map(PulsePages::row).toList());
    }

    private static Row row(PulseResults.Group g) {
        String note = g.kind() == PulseRules.GroupKind.OTHER_TEAMS
                ? "Teams not shown on their own, and anyone not in a team"
                : null;
        if (!g.shown()) {
            return new Row(g.group(), note, false, null, null, null, null, null, g.reason());
        }
        return new Row(g.group(), note, true, g.answers().text(), g.feelValued().toPlainString(),
                g.percentFeelValued() + "%",
                g.wouldRecommend().toPlainString(), g.thinkingOfLeaving().toPlainString(), null);
    }

    private String show(Model model, FormErrors errors, Map<String, String> values) {
        model.addAttribute("agree", AGREE);
        model.addAttribute("often", OFTEN);
        model.addAttribute("errors", errors);
        model.addAttribute("v", values);
        return "pulse/answer";
    }
}
