package org.therapyassist.visits;

import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.therapyassist.competence.SignOffWithdrawn;
import org.therapyassist.platform.Time;

/**
 * Keeps published days safe as competencies change: a sign-off that lapses before a visit's day (checked every hour,
 * under a cluster-wide lock so one node does it) or is withdrawn (checked at once) pulls the visit back "to re-plan",
 * which the board shows the lead with the reason and the worker no longer sees. The same hourly run ends the access to
 * patients that the visits of past days gave their workers.
 */
@Component
public class VisitLapses {

    private static final Logger log = LoggerFactory.getLogger(VisitLapses.class);

    private final LapsedVisits lapsed;
    private final Clock clock;

    VisitLapses(LapsedVisits lapsed, Clock clock) {
        this.lapsed = lapsed;
        this.clock = clock;
    }

    @Scheduled(cron = "${therapy-assist.visits.lapse-check-cron:0 5 * * * *}", zone = "Europe/London")
    @SchedulerLock(name = "visit-lapses", lockAtMostFor = "PT20M", lockAtLeastFor = "PT1M")
    public void hourly() {
        LocalDate today = Time.today(clock);
        lapsed.endPastVisits(today);
        int pulled = checkFrom(today);
        if (pulled > 0) {
            log.info("Visits pulled back to re-plan after a competency lapsed: {}", pulled);
        }
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(SignOffWithdrawn event) {
        checkFrom(Time.today(clock));
    }

    /** Every published day from this one on, checked; how many visits were pulled back. */
    public int checkFrom(LocalDate from) {
        int pulled = 0;
        for (LapsedVisits.PublishedDay d : lapsed.publishedDaysFrom(from)) {
            pulled += lapsed.pullBackLapsed(d.organisationId(), d.teamId(), d.day());
        }
        return pulled;
    }
}
