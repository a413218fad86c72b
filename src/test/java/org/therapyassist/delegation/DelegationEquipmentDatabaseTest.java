package org.therapyassist.delegation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.therapyassist.careplans.Episode;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.RefusedException;
import org.therapyassist.sessions.NewSessionRecord;
import org.therapyassist.sessions.SessionRecords;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/** Equipment, safety and competence joined on a delegated hoist transfer. */
@IntegrationTest
class DelegationEquipmentDatabaseTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    DelegationDesk desk;
    @Autowired
    DelegationEquipment equipment;
    @Autowired
    SessionRecords records;
    @Autowired
    JdbcClient jdbc;

    String hoist(CurrentUser user, LocalDate inspectionDue) {
        return asset(user, "MOBILE_HOIST", inspectionDue);
    }

    String asset(CurrentUser user, String itemCode, LocalDate inspectionDue) {
        UUID store = jdbc.sql("select id from equipment_store where organisation_id = ? order by name limit 1")
                .param(user.organisationId()).query(UUID.class).single();
        String label = "DT-" + Ids.newId().toString().substring(28).toUpperCase();
        jdbc.sql(
                "insert into equipment_asset (id, organisation_id, item_code, store_id, asset_label, status, next_inspection_due) "
                        + "values (?, ?, ?, ?, ?, 'AVAILABLE', ?)")
                .params(Ids.newId(), user.organisationId(), itemCode, store, label, inspectionDue).update();
        return label;
    }

    void quarantine(String label) {
        jdbc.sql("update equipment_asset set status = 'QUARANTINED', version = version + 1 where asset_label = ?")
                .param(label).update();
    }

    @Test
    void aHoistTransferCannotBeSetUpWithAHoistPastItsLolerExamination() {
        CurrentUser pt = fixtures.user("pt.demo");
        CurrentUser megan = fixtures.user("megan.ap");
        Episode episode = fixtures.patientWithEpisode(pt);
        DelegationView d = desk.delegate(pt,
                fixtures.delegation(episode.patientId(), episode.id(), "HOIST_TRANSFER", megan.staffId()));
        assertThatThrownBy(() -> equipment.attach(pt, d.id(), hoist(pt, fixtures.today().minusDays(1))))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("equipment.inspection-overdue"));
        assertThatThrownBy(() -> equipment.attach(pt, d.id(), "NO-SUCH-LABEL"))
                .isInstanceOf(InvalidInputException.class);
        String inDate = hoist(pt, fixtures.today().plusMonths(2));
        equipment.attach(pt, d.id(), inDate);
        assertThat(equipment.of(pt.organisationId(), d.id())).extracting(a -> a.label()).containsExactly(inDate);
    }

    @Test
    void aHoistQuarantinedAfterTheTaskWasDelegatedStopsAcceptanceAndEveryVisit() {
        CurrentUser pt = fixtures.user("pt.demo");
        CurrentUser megan = fixtures.user("megan.ap");
        Episode episode = fixtures.patientWithEpisode(pt);
        DelegationView offered = desk.delegate(pt,
                fixtures.delegation(episode.patientId(), episode.id(), "HOIST_TRANSFER", megan.staffId()));
        String first = hoist(pt, fixtures.today().plusMonths(2));
        equipment.attach(pt, offered.id(), first);
        quarantine(first);
        assertThatThrownBy(() -> desk.accept(megan, offered.id()))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("equipment.asset-quarantined"));

        DelegationView second = desk.delegate(pt,
                fixtures.delegation(episode.patientId(), episode.id(), "HOIST_TRANSFER", megan.staffId()));
        String other = hoist(pt, fixtures.today().plusMonths(2));
        equipment.attach(pt, second.id(), other);
        desk.accept(megan, second.id());
        quarantine(other);
        assertThatThrownBy(() -> records.record(megan, new NewSessionRecord(second.id(), fixtures.today(), null,
                "Transferred bed to chair", null, null, null, null, null, null, null)))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("equipment.asset-quarantined"));
    }

    @Test
    void aHoistTransferVisitCannotBeRecordedUntilTheHoistAndSlingAreNamedAndChecked() {
        CurrentUser pt = fixtures.user("pt.demo");
        CurrentUser megan = fixtures.user("megan.ap");
        Episode episode = fixtures.patientWithEpisode(pt);
        DelegationView task = desk.delegate(pt,
                fixtures.delegation(episode.patientId(), episode.id(), "HOIST_TRANSFER", megan.staffId()));
        desk.accept(megan, task.id());
        NewSessionRecord visit = new NewSessionRecord(task.id(), fixtures.today(), null, "Bed to chair with two carers",
                null, null,
                null, null, null, null, null);
        assertThatThrownBy(() -> records.record(megan, visit)).isInstanceOfSatisfying(RefusedException.class,
                e -> assertThat(e.getMessage()).contains("a hoist and a sling"));

        // The worker in the home scans the hoist's label; the sling is still missing.
        equipment.attach(megan, task.id(), hoist(pt, fixtures.today().plusMonths(2)));
        assertThatThrownBy(() -> records.record(megan, visit)).isInstanceOfSatisfying(RefusedException.class,
                e -> assertThat(e.code()).isEqualTo("delegation.lifting-equipment-not-named"));
        equipment.attach(megan, task.id(), asset(pt, "SLING", fixtures.today().plusMonths(4)));
        assertThat(records.record(megan, visit).id()).isNotNull();

        // Someone else's worker cannot name equipment on this task.
        assertThatThrownBy(
                () -> equipment.attach(fixtures.user("hca.demo"), task.id(), hoist(pt, fixtures.today().plusMonths(2))))
                .isInstanceOf(NotAllowedException.class);
    }
}
