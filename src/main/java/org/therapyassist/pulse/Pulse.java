package org.therapyassist.pulse;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.Role;
import org.therapyassist.platform.Time;
import org.therapyassist.platform.web.Messages;

/** Answering the monthly pulse, and the released results a team lead may see. */
@Service
public class Pulse {

    /** How many released months the results show. */
    static final int MONTHS_SHOWN = 6;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PulseReleases releases;

    Pulse(JdbcClient jdbc, Clock clock, PulseReleases releases) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.releases = releases;
    }

    public boolean answeredThisMonth(CurrentUser user) {
        return jdbc.sql(
                "select count(*) from pulse_answered where organisation_id = ? and staff_id = ? and answer_month = ?")
                .params(user.organisationId(), user.staffId(), PulseRules.monthOf(Time.today(clock)))
                .query(Long.class).single() > 0;
    }

    /**
     * Stores the answer with team and month only. Nothing here records a time or writes to the audit trail or the log,
     * and the work done is the same whatever the scores, so neither the stored rows nor the response say more.
     */
    @Transactional
    public void answer(CurrentUser user, Integer feelValued, Integer wouldRecommend, Integer thinkingOfLeaving) {
        PulseRules.validate(feelValued, wouldRecommend, thinkingOfLeaving);
        LocalDate month = PulseRules.monthOf(Time.today(clock));
        if (releases.isReleased(user.organisationId(), month)) {
            // Only reachable on a server whose clock is behind: a released month's figures must never change.
            throw new ConflictException("pulse.month-closed", Messages.text("pulse.refusal.month-closed"));
        }
        try {
            jdbc.sql("insert into pulse_answered (organisation_id, staff_id, answer_month) values (?, ?, ?)")
                    .params(user.organisationId(), user.staffId(), month).update();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("pulse.already-answered",
                    Messages.text("pulse.refusal.already-answered"));
        }
        // A random (not time-ordered) id, so that the answer's id says nothing about when, or in what order, it came.
        jdbc.sql(
                "insert into pulse_response (id, organisation_id, team_id, answer_month, feel_valued, would_recommend, "
                        + "thinking_of_leaving) values (?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), user.organisationId(), user.teamId(), month, feelValued, wouldRecommend,
                        thinkingOfLeaving)
                .update();
    }

    /**
     * The last six released months, by team and for the whole service, each exactly as first released. The month still
     * open is never among them, so no answer given now changes anything a lead can read.
     */
    public PulseResults results(CurrentUser user) {
        if (!user.has(Role.TEAM_LEAD)) {
            throw new NotAllowedException("pulse.team-lead-only", Messages.text("pulse.refusal.team-lead-only"));
        }
        LocalDate today = Time.today(clock);
        LocalDate last = PulseRules.latestReleasedMonth(today);
        LocalDate first = last.minusMonths(MONTHS_SHOWN - 1);
        LocalDate next = last.plusMonths(1);
        return new PulseResults(first, last, releases.released(user.organisationId(), first, last, today), next,
                PulseRules.releaseDay(next));
    }
}
