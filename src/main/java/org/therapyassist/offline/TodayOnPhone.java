package org.therapyassist.offline;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.therapyassist.delegation.DelegationView;
import org.therapyassist.delegation.MyDay;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.visits.MyVisits;

/**
 * The one place that says what a phone keeps for working without signal: My day, the page shown when a page is not
 * kept, and for each task due today its record form (the patient's name, alerts and the task's instructions are on
 * both), and the same for each of today's published home visits. Nothing else about patients is kept (hazard H98). The
 * service worker fetches this list and keeps exactly these pages, dropping any it kept before that are not on it.
 */
@Service
public class TodayOnPhone {

    static final String MY_DAY = "/my-day";
    static final String OFFLINE_PAGE = "/offline";

    private final MyDay myDay;
    private final MyVisits visits;
    private final OfflineProperties properties;
    private final Clock clock;

    TodayOnPhone(MyDay myDay, MyVisits visits, OfflineProperties properties, Clock clock) {
        this.myDay = myDay;
        this.visits = visits;
        this.properties = properties;
        this.clock = clock;
    }

    @Schema(name = "TodayOnPhone")
    public record Today(LocalDate date, UUID staffId, Instant keptAt, Instant wipeAfter, List<String> pages) {
    }

    public Today of(CurrentUser user) {
        MyDay.Day day = myDay.of(user);
        List<String> pages = new ArrayList<>();
        pages.add(MY_DAY);
        pages.add(OFFLINE_PAGE);
        for (DelegationView due : day.due()) {
            pages.add(recordForm(due.id()));
        }
        // Today's published home visits: the record form of each, whoever the task was delegated to.
        for (MyVisits.MyVisit visit : visits.of(user, day.date())) {
            String form = recordForm(visit.delegationId());
            if (!pages.contains(form)) {
                pages.add(form);
            }
        }
        Instant now = clock.instant();
        return new Today(day.date(), user.staffId(), now, now.plus(properties.keepFor()), List.copyOf(pages));
    }

    /** The record form's address exactly as My day links to it, so the phone finds it kept under that address. */
    static String recordForm(UUID delegationId) {
        return "/session-records/new?delegationId=" + delegationId;
    }
}
