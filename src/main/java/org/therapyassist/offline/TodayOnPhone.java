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

/**
 * The one place that says what a phone keeps for working without signal: My day, the page shown when a page is not
 * kept, and for each task due today its record form (the patient's name, alerts and the task's instructions are on
 * both). Nothing else about patients is kept (hazard H98). The service worker fetches this list and keeps exactly these
 * pages, dropping any it kept before that are not on it. Planned home visits join by adding their pages here.
 */
@Service
public class TodayOnPhone {

    static final String MY_DAY = "/my-day";
    static final String OFFLINE_PAGE = "/offline";

    private final MyDay myDay;
    private final OfflineProperties properties;
    private final Clock clock;

    TodayOnPhone(MyDay myDay, OfflineProperties properties, Clock clock) {
        this.myDay = myDay;
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
        Instant now = clock.instant();
        return new Today(day.date(), user.staffId(), now, now.plus(properties.keepFor()), List.copyOf(pages));
    }

    /** The record form's address exactly as My day links to it, so the phone finds it kept under that address. */
    static String recordForm(UUID delegationId) {
        return "/session-records/new?delegationId=" + delegationId;
    }
}
