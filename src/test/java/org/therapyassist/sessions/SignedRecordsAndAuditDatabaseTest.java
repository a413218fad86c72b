package org.therapyassist.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.therapyassist.audit.AuditTrail;
import org.therapyassist.audit.ChainVerification;
import org.therapyassist.careplans.Episode;
import org.therapyassist.delegation.DelegationDesk;
import org.therapyassist.delegation.DelegationView;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.support.DatabaseOwner;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/**
 * Signed records and the audit trail on the real database. The parts that need PostgreSQL's triggers run only there;
 * CI always runs this class against PostgreSQL as well as H2.
 */
@IntegrationTest
class SignedRecordsAndAuditDatabaseTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    DelegationDesk desk;
    @Autowired
    SessionRecords records;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    DatabaseOwner owner;

    SessionRecordView signedRecord() {
        CurrentUser pt = fixtures.user("pt.demo");
        CurrentUser hca = fixtures.user("hca.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        DelegationView d = desk.delegate(pt,
                fixtures.delegation(episode.patientId(), episode.id(), "EXERCISE_PROGRAMME", hca.staffId()));
        desk.accept(hca, d.id());
        SessionRecordView draft = records.record(hca, new NewSessionRecord(d.id(), fixtures.today(),
                List.of(new NewSessionRecord.Activity("Sit to stand", 3, 8)), "Tolerated well", 2, 2, null, null,
                List.of(), null, null));
        return records.sign(hca, draft.id());
    }

    boolean onPostgres() throws Exception {
        try (var c = dataSource.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
    }

    @Test
    void aSignedRecordIsNeverSignedOrChangedAgainAndAmendmentsSitBesideTheOriginal() {
        SessionRecordView signed = signedRecord();
        CurrentUser hca = fixtures.user("hca.demo");
        assertThatThrownBy(() -> records.sign(hca, signed.id()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("record.already-signed"));
        SessionRecordView amended = records.amend(hca, signed.id(), "Wrong repetitions", "It was 3 sets of 6, not 8.");
        assertThat(amended.patientResponse()).isEqualTo("Tolerated well");
        assertThat(amended.activities().getFirst().repetitionsDone()).isEqualTo(8);
        assertThat(amended.amendments()).singleElement().satisfies(a -> {
            assertThat(a.reason()).isEqualTo("Wrong repetitions");
            assertThat(a.authorName()).isEqualTo("Hannah Caldwell");
        });
    }

    @Test
    void theDatabaseRefusesToUpdateOrDeleteASignedRecordSoItCannotBeAlteredOrLost() throws Exception {
        assumeThat(onPostgres()).as("the immutability triggers are PostgreSQL's").isTrue();
        SessionRecordView signed = signedRecord();
        assertThatThrownBy(() -> jdbc.sql("update session_record set patient_response = 'changed' where id = ?")
                .param(signed.id()).update()).isInstanceOf(DataAccessException.class).hasMessageContaining("signed");
        assertThatThrownBy(() -> jdbc.sql("delete from session_record where id = ?").param(signed.id()).update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(
                () -> jdbc.sql("update session_activity set repetitions_done = 20 where session_record_id = ?")
                        .param(signed.id()).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThat(jdbc.sql("select patient_response from session_record where id = ?").param(signed.id())
                .query(String.class).single()).isEqualTo("Tolerated well");
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnAuditEvent() throws Exception {
        assumeThat(onPostgres()).as("the append-only triggers are PostgreSQL's").isTrue();
        signedRecord();
        // The application's login has no right to change or delete events; the owner role is stopped by the trigger.
        assertThatThrownBy(() -> jdbc.sql("update audit_event set action = 'nothing' where seq = 1").update())
                .isInstanceOfSatisfying(DataAccessException.class,
                        e -> assertThat(e.getMostSpecificCause().getMessage())
                                .containsAnyOf("permission denied", "append-only"));
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update())
                .isInstanceOfSatisfying(DataAccessException.class,
                        e -> assertThat(e.getMostSpecificCause().getMessage())
                                .containsAnyOf("permission denied", "append-only"));
        JdbcClient asOwner = owner.jdbc();
        assertThatThrownBy(() -> asOwner.sql("update audit_event set action = 'nothing' where seq = 1").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> asOwner.sql("delete from audit_event").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
    }

    @Test
    void everyReadAndChangeOfThePatientIsAuditedWithWhoRoleActionAndWhen() {
        SessionRecordView signed = signedRecord();
        UUID org = fixtures.user("pt.demo").organisationId();
        var events = audit.forPatient(org, signed.patient().id(), 100);
        assertThat(events).extracting(e -> e.action()).contains("patient.create-patient", "patient.open-episode",
                "patient.delegate", "patient.accept-delegation", "patient.record-session", "patient.sign-record");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.actorUsername()).isIn("pt.demo", "hca.demo");
            assertThat(e.actorRole()).isIn("REGISTRANT", "SUPPORT_WORKER");
            assertThat(e.occurredAt()).isNotNull();
        });
    }

    @Test
    void anAlteredOrDeletedAuditEventIsDetectedByVerification() {
        SessionRecordView signed = signedRecord();
        UUID org = fixtures.user("pt.demo").organisationId();
        assertThat(audit.verify(org).intact()).isTrue();
        // Stand in for someone with database-owner rights who goes round the application and the triggers.
        var target = jdbc
                .sql("select id, chain_partition, seq from audit_event where organisation_id = ? and patient_id = ? "
                        + "and action = 'patient.sign-record'")
                .params(org, signed.patient().id())
                .query((rs, n) -> new Object[]{rs.getObject(1, UUID.class), rs.getInt(2), rs.getLong(3)}).single();
        String originalUser = jdbc.sql("select actor_username from audit_event where id = ?").param(target[0])
                .query(String.class).single();
        owner.tamper(db -> db.sql("update audit_event set actor_username = 'someone.else' where id = ?")
                .param(target[0]).update());
        ChainVerification altered = audit.verify(org);
        assertThat(altered.intact()).isFalse();
        assertThat(altered.breaks()).anySatisfy(b -> {
            assertThat(b.partition()).isEqualTo(target[1]);
            assertThat(b.seq()).isEqualTo(target[2]);
            assertThat(b.problem()).contains("altered");
        });

        var earlier = jdbc
                .sql("select id, seq from audit_event where organisation_id = ? and chain_partition = ? and seq < ? "
                        + "order by seq desc limit 1")
                .params(org, target[1], target[2])
                .query((rs, n) -> new Object[]{rs.getObject(1, UUID.class), rs.getLong(2)}).optional();
        if (earlier.isPresent()) {
            var row = jdbc.sql("select * from audit_event where id = ?").param(earlier.get()[0]).query().singleRow();
            owner.tamper(db -> db.sql("delete from audit_event where id = ?").param(earlier.get()[0]).update());
            assertThat(audit.verify(org).breaks()).anySatisfy(b -> assertThat(b.problem()).contains("missing"));
            String columns = String.join(", ", row.keySet());
            owner.tamper(db -> db
                    .sql("insert into audit_event (" + columns + ") values (" + "?, ".repeat(row.size() - 1) + "?)")
                    .params(row.values().toArray()).update());
        }
        // Put the original back: the chain adds up again, which shows the check is about content, not luck.
        owner.tamper(db -> db.sql("update audit_event set actor_username = ? where id = ?")
                .params(originalUser, target[0]).update());
        assertThat(audit.verify(org).intact()).isTrue();
    }
}
