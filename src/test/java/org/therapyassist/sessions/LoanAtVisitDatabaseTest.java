package org.therapyassist.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.therapyassist.careplans.Episode;
import org.therapyassist.delegation.DelegationDesk;
import org.therapyassist.delegation.DelegationView;
import org.therapyassist.equipment.Loans;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

@IntegrationTest
class LoanAtVisitDatabaseTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    DelegationDesk desk;
    @Autowired
    SessionRecords records;
    @Autowired
    Loans loans;
    @Autowired
    JdbcClient jdbc;

    SessionRecordView visitTo(Episode episode, CurrentUser pt, CurrentUser hca) {
        DelegationView task = desk.delegate(pt,
                fixtures.delegation(episode.patientId(), episode.id(), "EXERCISE_PROGRAMME",
                        hca.staffId()));
        desk.accept(hca, task.id());
        return records.record(hca,
                new NewSessionRecord(task.id(), fixtures.today(), null, "Walked with a stick", null, null,
                        null, null, null, null, null));
    }

    @Test
    void aFrameLentAtAVisitIsListedOnThatVisitAndALoanCannotBeTiedToAnotherPatientsVisit() {
        CurrentUser pt = fixtures.user("pt.demo");
        CurrentUser hca = fixtures.user("hca.demo");
        Episode mine = fixtures.patientWithEpisode(pt);
        Episode someoneElse = fixtures.patientWithEpisode(pt);
        SessionRecordView visit = visitTo(mine, pt, hca);
        UUID store = jdbc
                .sql("select id from equipment_store where organisation_id = ? and name = 'Northgate community base'")
                .param(hca.organisationId()).query(UUID.class).single();

        // A walking frame is issued, its height set and its use taught, by a senior support worker with 3.03 in date.
        CurrentUser sam = fixtures.user("sw.demo");
        Loans.Loan lent = loans.issue(sam, new Loans.NewLoan(mine.patientId(), store, "WALKING_FRAME", null, 1, null,
                "Taught to turn with small steps", visit.id(), null, null));
        assertThat(loans.lentAtVisit(hca.organisationId(), visit.id())).extracting(Loans.Loan::id)
                .containsExactly(lent.id());

        long before = jdbc.sql("select count(*) from equipment_loan").query(Long.class).single();
        assertThatThrownBy(() -> loans.issue(pt,
                new Loans.NewLoan(someoneElse.patientId(), store, "WALKING_FRAME", null, 1, null,
                        "Taught", visit.id(), null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("sessionRecordId"));
        assertThat(jdbc.sql("select count(*) from equipment_loan").query(Long.class).single()).isEqualTo(before);
    }
}
