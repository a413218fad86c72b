package org.therapyassist.equipment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.therapyassist.careplans.Episode;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.PageRequest;
import org.therapyassist.platform.RefusedException;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

@IntegrationTest
class EquipmentLedgerDatabaseTest {

    @Autowired
    Fixtures fixtures;
    @Autowired
    StockLedger ledger;
    @Autowired
    Loans loans;
    @Autowired
    Reservations reservations;
    @Autowired
    JdbcClient jdbc;

    UUID newStore(CurrentUser user) {
        UUID id = Ids.newId();
        jdbc.sql("insert into equipment_store (id, organisation_id, team_id, name, kind) values (?, ?, ?, ?, 'WARD')")
                .params(id, user.organisationId(), user.teamId(), "Test store " + id).update();
        return id;
    }

    UUID newAsset(CurrentUser user, UUID store, String item, LocalDate inspectionDue) {
        UUID id = Ids.newId();
        jdbc.sql(
                "insert into equipment_asset (id, organisation_id, item_code, store_id, asset_label, status, next_inspection_due) "
                        + "values (?, ?, ?, ?, ?, 'AVAILABLE', ?)")
                .params(id, user.organisationId(), item, store, "T-" + id.toString().substring(24), inspectionDue)
                .update();
        return id;
    }

    long ledgerSum(UUID store, String item, String bin) {
        return jdbc.sql(
                "select coalesce(sum(quantity), 0) from equipment_movement where store_id = ? and item_code = ? and bin = ?")
                .params(store, item, bin).query(Long.class).single();
    }

    long onHand(UUID store, String item, String bin) {
        return jdbc.sql(
                "select coalesce(sum(on_hand), 0) from equipment_balance where store_id = ? and item_code = ? and bin = ?")
                .params(store, item, bin).query(Long.class).single();
    }

    @Test
    void stockNeverGoesNegativeAndTheLedgerAlwaysSumsToTheFigureOnHand() {
        CurrentUser sam = fixtures.user("sw.demo");
        UUID store = newStore(sam);
        ledger.receive(sam, store, "WALKING_FRAME", 5, "Delivery from the equipment service");
        ledger.adjust(sam, store, "WALKING_FRAME", -1, "Count on 24 Nov found 4");
        assertThatThrownBy(() -> ledger.writeOff(sam, store, "WALKING_FRAME", 5, Bin.AVAILABLE, "Broken"))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("equipment.not-enough-stock"));
        assertThatThrownBy(() -> ledger.adjust(sam, store, "WALKING_FRAME", -1, " "))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ledger.receive(sam, store, "WALKING_FRAME", -3, null))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> ledger.receive(sam, store, "MOBILE_HOIST", 1, null))
                .isInstanceOf(InvalidInputException.class);
        assertThat(onHand(store, "WALKING_FRAME", "AVAILABLE")).isEqualTo(4)
                .isEqualTo(ledgerSum(store, "WALKING_FRAME", "AVAILABLE"));
    }

    @Test
    void aFrameLentAndReturnedGoesThroughQuarantineAndCleaningBeforeItCanBeLentAgain() {
        CurrentUser pt = fixtures.user("pt.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        UUID store = newStore(pt);
        ledger.receive(pt, store, "WALKING_FRAME", 1, null);
        var loan = loans.issue(pt,
                new Loans.NewLoan(episode.patientId(), store, "WALKING_FRAME", null, 1, "Height set to 82 cm",
                        "Taught to step into the frame, not push it ahead", null, fixtures.today().plusWeeks(6), null));
        assertThat(loans.ofPatient(pt, episode.patientId(), PageRequest.first(PageRequest.MAX_SIZE)).items())
                .extracting(Loans.Loan::id).contains(loan.id());
        assertThat(onHand(store, "WALKING_FRAME", "AVAILABLE")).isZero();

        loans.returned(pt, loan.id(), "Returned by son");
        assertThatThrownBy(() -> loans.returned(pt, loan.id(), null)).isInstanceOf(ConflictException.class);
        assertThat(onHand(store, "WALKING_FRAME", "QUARANTINE")).isEqualTo(1);
        assertThatThrownBy(
                () -> loans.issue(pt, new Loans.NewLoan(episode.patientId(), store, "WALKING_FRAME", null, 1, null,
                        "Again", null, null, null)))
                .isInstanceOf(ConflictException.class);
        ledger.cleaned(pt, store, "WALKING_FRAME", 1, "Wiped with chlorine 1000 ppm");
        assertThat(onHand(store, "WALKING_FRAME", "AVAILABLE")).isEqualTo(1)
                .isEqualTo(ledgerSum(store, "WALKING_FRAME", "AVAILABLE"));
        assertThat(ledgerSum(store, "WALKING_FRAME", "QUARANTINE")).isZero();
    }

    @Test
    void aHoistPastItsLolerExaminationIsNotLentToAPatient() {
        CurrentUser pt = fixtures.user("pt.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        UUID store = newStore(pt);
        UUID overdue = newAsset(pt, store, "MOBILE_HOIST", fixtures.today().minusDays(1));
        assertThatThrownBy(() -> loans.issue(pt,
                new Loans.NewLoan(episode.patientId(), store, "MOBILE_HOIST", overdue, 1, null,
                        "Two carers trained", null, null, null)))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("equipment.inspection-overdue"));
        UUID inDate = newAsset(pt, store, "MOBILE_HOIST", fixtures.today().plusMonths(3));
        var loan = loans.issue(pt, new Loans.NewLoan(episode.patientId(), store, "MOBILE_HOIST", inDate, 1, null,
                "Two carers trained", null, null, null));
        assertThatThrownBy(() -> loans.issue(pt,
                new Loans.NewLoan(episode.patientId(), store, "MOBILE_HOIST", inDate, 1, null,
                        "Again", null, null, null)))
                .isInstanceOfSatisfying(RefusedException.class,
                        e -> assertThat(e.code()).isEqualTo("equipment.asset-not-available"));
        loans.returned(pt, loan.id(), null);
        var cleaning = loans.assetCleaned(pt, inDate, "Detergent wipe, then chlorine 1,000 ppm");
        assertThat(cleaning.loanId()).isEqualTo(loan.id());
        assertThat(cleaning.cleanedByName()).isNotBlank();
        assertThat(loans.cleaningsOf(pt.organisationId(), inDate)).extracting(Loans.Cleaning::method)
                .containsExactly("Detergent wipe, then chlorine 1,000 ppm");
        assertThatThrownBy(() -> loans.assetCleaned(pt, inDate, null)).isInstanceOf(ConflictException.class);
    }

    @Test
    void aBookedHoistIsNotLentToSomeoneElseOnThoseDays() {
        CurrentUser pt = fixtures.user("pt.demo");
        Episode booked = fixtures.patientWithEpisode(pt);
        Episode other = fixtures.patientWithEpisode(pt);
        UUID store = newStore(pt);
        UUID hoist = newAsset(pt, store, "MOBILE_HOIST", fixtures.today().plusMonths(3));
        reservations.reserve(pt, new Reservations.NewReservation(store, "MOBILE_HOIST", hoist, 1, fixtures.today(),
                fixtures.today().plusDays(3), booked.patientId(), "Discharge home on Friday"));
        assertThatThrownBy(() -> loans.issue(pt,
                new Loans.NewLoan(other.patientId(), store, "MOBILE_HOIST", hoist, 1, null,
                        "Trained", null, null, null)))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("equipment.already-reserved"));
        assertThat(
                loans.issue(pt, new Loans.NewLoan(booked.patientId(), store, "MOBILE_HOIST", hoist, 1, null, "Trained",
                        null, null, null)).assetLabel())
                .startsWith("T-");
        assertThatThrownBy(() -> reservations.reserve(pt,
                new Reservations.NewReservation(store, "MOBILE_HOIST", hoist, 1,
                        fixtures.today().minusDays(1), fixtures.today(), null, "Past")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void oneHundredPeopleIssuingTheLastTenFramesLendExactlyTen() throws Exception {
        CurrentUser pt = fixtures.user("pt.demo");
        Episode episode = fixtures.patientWithEpisode(pt);
        UUID store = newStore(pt);
        ledger.receive(pt, store, "WALKING_STICK", 10, null);
        List<Callable<Boolean>> tasks = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            tasks.add(() -> {
                try {
                    loans.issue(pt, new Loans.NewLoan(episode.patientId(), store, "WALKING_STICK", null, 1, null,
                            "Stick on the unaffected side", null, null, null));
                    return true;
                } catch (ConflictException e) {
                    return false;
                }
            });
        }
        long issued;
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            issued = 0;
            for (Future<Boolean> f : pool.invokeAll(tasks)) {
                issued += f.get() ? 1 : 0;
            }
        }
        assertThat(issued).isEqualTo(10);
        assertThat(jdbc.sql("select count(*) from equipment_loan where store_id = ?").param(store).query(Long.class)
                .single())
                .isEqualTo(10);
        assertThat(onHand(store, "WALKING_STICK", "AVAILABLE")).isZero()
                .isEqualTo(ledgerSum(store, "WALKING_STICK", "AVAILABLE"));
    }

    @Test
    void twentyPeopleBookingOneHoistForOverlappingDaysGetExactlyOneBooking() throws Exception {
        CurrentUser pt = fixtures.user("pt.demo");
        UUID store = newStore(pt);
        UUID hoist = newAsset(pt, store, "MOBILE_HOIST", fixtures.today().plusMonths(3));
        List<Callable<Boolean>> tasks = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int offset = i % 3;
            tasks.add(() -> {
                try {
                    reservations.reserve(pt, new Reservations.NewReservation(store, "MOBILE_HOIST", hoist, 1,
                            fixtures.today().plusDays(2 + offset), fixtures.today().plusDays(5 + offset), null,
                            "Discharge"));
                    return true;
                } catch (ConflictException e) {
                    return false;
                }
            });
        }
        long booked = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(10)) {
            for (Future<Boolean> f : pool.invokeAll(tasks)) {
                booked += f.get() ? 1 : 0;
            }
        }
        assertThat(booked).isEqualTo(1);
    }
}
