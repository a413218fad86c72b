package org.therapyassist.competence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Page;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.Stage;
import org.therapyassist.platform.Time;
import org.therapyassist.staff.StaffMember;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;
import org.therapyassist.training.Training;

/**
 * Competence and training keep their own records and ask the staff directory about the people: who holds the
 * competencies is found in the sign-offs, who is in post and in which team in the directory. These check that the
 * answer is the same whole list, paged and ordered as before, and that people who have left stay out.
 */
@IntegrationTest
class ColleaguesFromTheDirectoryDatabaseTest {

    static final Set<String> REQUIRED = Set.of("3.01", "3.07");

    @Autowired
    Fixtures fixtures;
    @Autowired
    CompetencyRegister register;
    @Autowired
    Training training;
    @Autowired
    JdbcClient jdbc;

    @Test
    void colleaguesPagedShowEveryoneCompetentOnceOwnTeamFirstAndNoOneMissingACompetency() {
        CurrentUser both = fixtures.newSupportWorker(3, "3.01", "3.07");
        CurrentUser onlyOne = fixtures.newSupportWorker(3, "3.01");
        CurrentUser belowStage = fixtures.newSupportWorker(2, "3.01", "3.07");
        CurrentUser other = fixtures.user("pt.demo");
        LocalDate today = fixtures.today();
        UUID org = both.organisationId();

        List<StaffMember> paged = new ArrayList<>();
        List<Long> totals = new ArrayList<>();
        Page<StaffMember> page;
        int n = 0;
        do {
            page = register.competentFor(org, REQUIRED, Stage.SENIOR_SUPPORT_WORKER, today, both.teamId(),
                    new PageRequest(n++, 2));
            paged.addAll(page.items());
            totals.add(page.total());
        } while (page.hasMore());
        assertThat(totals).containsOnly(page.total());

        List<UUID> ids = paged.stream().map(StaffMember::id).toList();
        assertThat(ids).doesNotHaveDuplicates().hasSize((int) page.total())
                .containsExactlyInAnyOrderElementsOf(register
                        .competentFor(org, REQUIRED, Stage.SENIOR_SUPPORT_WORKER, today).stream()
                        .map(StaffMember::id).toList())
                .contains(both.staffId()).doesNotContain(onlyOne.staffId(), belowStage.staffId(), other.staffId());
        int lastOfTeam = -1;
        int firstOfOthers = ids.size();
        for (int i = 0; i < paged.size(); i++) {
            if (both.teamId().equals(paged.get(i).teamId())) {
                lastOfTeam = i;
            } else {
                firstOfOthers = Math.min(firstOfOthers, i);
            }
        }
        assertThat(lastOfTeam).isLessThan(firstOfOthers);
    }

    @Test
    void aWorkerWhoHasLeftIsNeitherOfferedAsAColleagueNorRemindedOfExpiries() {
        CurrentUser leaver = fixtures.newSupportWorker(3, "3.01", "3.07");
        UUID org = leaver.organisationId();
        LocalDate today = fixtures.today();
        jdbc.sql("insert into training_record (id, organisation_id, staff_id, course_code, completed_on, expires_on, "
                + "recorded_by, recorded_at) values (?, ?, ?, 'BASIC_LIFE_SUPPORT', ?, ?, ?, ?)")
                .params(UUID.randomUUID(), org, leaver.staffId(), today.minusMonths(11), today.plusDays(10),
                        leaver.staffId(), Time.db(Instant.now()))
                .update();
        assertThat(register.expiringBy(org, today.plusYears(1))).extracting(CompetencyRegister.Expiring::staffId)
                .contains(leaver.staffId());
        assertThat(training.expiringBy(org, today.plusMonths(1))).extracting(Training.Expiring::staffId)
                .contains(leaver.staffId());
        assertThat(register.competentFor(org, REQUIRED, Stage.SENIOR_SUPPORT_WORKER, today, null,
                PageRequest.first(PageRequest.MAX_SIZE)).items()).extracting(StaffMember::id)
                .contains(leaver.staffId());

        jdbc.sql("update staff_member set enabled = false where id = ?").param(leaver.staffId()).update();

        assertThat(register.expiringBy(org, today.plusYears(1))).extracting(CompetencyRegister.Expiring::staffId)
                .doesNotContain(leaver.staffId());
        assertThat(training.expiringBy(org, today.plusMonths(1))).extracting(Training.Expiring::staffId)
                .doesNotContain(leaver.staffId());
        assertThat(register.competentFor(org, REQUIRED, Stage.SENIOR_SUPPORT_WORKER, today, null,
                PageRequest.first(PageRequest.MAX_SIZE)).items()).extracting(StaffMember::id)
                .doesNotContain(leaver.staffId());
    }
}
