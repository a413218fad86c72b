package org.therapyassist.visits;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.therapyassist.platform.web.Messages;

/** How the planner's rules and reasons say times and competencies, in the reader's language. */
final class Words {

    private Words() {
    }

    /** "2:30pm", as the NHS writes times ("2:30yh" in Welsh). */
    static String time(LocalTime t) {
        var locale = LocaleContextHolder.getLocale();
        return DateTimeFormatter.ofPattern("h:mma", locale).format(t).toLowerCase(locale);
    }

    /** "hoist transfer", "hoist transfer and stair practice". */
    static String needs(Visit visit) {
        List<String> names = visit.needs().stream().map(Visit.NeededCompetency::name).toList();
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + Messages.text("visits.and") + names.getLast();
    }

    static String worker(Worker worker) {
        return worker.name() == null || worker.name().isBlank() ? Messages.text("visits.a-worker") : worker.name();
    }
}
