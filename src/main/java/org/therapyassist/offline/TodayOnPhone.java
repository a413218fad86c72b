package org.therapyassist.offline;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.therapyassist.delegation.DelegationView;
import org.therapyassist.delegation.MyDay;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.visits.MyVisits;

/**
 * The one place that says what a phone keeps for working without signal: My day, the page shown when a page is not
 * kept, and for each task due today its record form (the patient's name, alerts and the task's instructions are on
 * both), and the same for each of today's published home visits. A task that asks for observations starts with the
 * before-session checklist, so its checklist is kept with a record form that takes the checklist gone through on the
 * phone (hazard H108); and each visit's "I need help" page (no patient's details on it). Nothing else about patients is
 * kept (hazard H98). The service worker fetches this list and keeps
 * exactly these pages, dropping any it kept before that are not on it.
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
    public record Today(LocalDate date, UUID staffId, Instant keptAt, Instant wipeAfter, List<String> pages,
            @Schema(description = "How many tasks can be recorded without signal from these pages") int tasks) {
    }

    public Today of(CurrentUser user) {
        MyDay.Day day = myDay.of(user);
        List<String> pages = new ArrayList<>();
        pages.add(MY_DAY);
        pages.add(OFFLINE_PAGE);
        Set<UUID> tasks = new LinkedHashSet<>();
        for (DelegationView due : day.due()) {
            if (tasks.add(due.id())) {
                pages.addAll(formsOf(due.id(), due.asksForObservations()));
            }
        }
        // Today's published home visits: the forms of each, whoever the task was delegated to.
        for (MyVisits.MyVisit visit : visits.of(user, day.date())) {
            if (tasks.add(visit.delegationId())) {
                pages.addAll(formsOf(visit.delegationId(), visit.asksForObservations()));
            }
            // "I need help" opens without signal too, to say plainly it was not sent and to call 999 (hazard H106).
            pages.add("/visits/" + visit.visitId() + "/check/help");
        }
        Instant now = clock.instant();
        return new Today(day.date(), user.staffId(), now, now.plus(properties.keepFor()), List.copyOf(pages),
                tasks.size());
    }

    /**
     * The forms of one task at the addresses My day links to, so the phone finds them kept there: the record form; or,
     * when the task asks for observations, the checklist and the record form that follows a checklist gone through on
     * the phone.
     */
    static List<String> formsOf(UUID delegationId, boolean asksForObservations) {
        return asksForObservations
                ? List.of("/pre-session-checks/new?delegationId=" + delegationId,
                        "/session-records/new?delegationId=" + delegationId + "&check=on-phone")
                : List.of("/session-records/new?delegationId=" + delegationId);
    }
}
