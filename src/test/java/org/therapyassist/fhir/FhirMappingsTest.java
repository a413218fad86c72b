package org.therapyassist.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CareTeam;
import org.hl7.fhir.r4.model.Device;
import org.hl7.fhir.r4.model.DeviceRequest;
import org.hl7.fhir.r4.model.DeviceUseStatement;
import org.hl7.fhir.r4.model.Encounter.EncounterStatus;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.EpisodeOfCare.EpisodeOfCareStatus;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestIntent;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestPriority;
import org.hl7.fhir.r4.model.ServiceRequest.ServiceRequestStatus;
import org.junit.jupiter.api.Test;
import org.therapyassist.careplans.CareSetting;
import org.therapyassist.careplans.ConditionCategory;
import org.therapyassist.careplans.Episode;
import org.therapyassist.equipment.Asset;
import org.therapyassist.equipment.Loans;
import org.therapyassist.groups.Outcome;
import org.therapyassist.outcomes.MeasureResult;
import org.therapyassist.referrals.Referral;
import org.therapyassist.referrals.SourceRole;
import org.therapyassist.referrals.Urgency;
import org.therapyassist.staff.StaffLookup;

/** The state mappings documented in docs/architecture.md, as plain rules. */
class FhirMappingsTest {

    static final StaffLookup.Organisation SERVICE = new StaffLookup.Organisation(UUID.randomUUID(),
            "Northgate Therapy Service", "RX1");

    static Episode episode(String status, LocalDate closedOn) {
        return new Episode(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "Stroke ward", UUID.randomUUID(),
                "Priya Raman", "Referral", ConditionCategory.NEUROLOGICAL, CareSetting.WARD, "Ward 7", status,
                LocalDate.of(2026, 11, 2), closedOn, List.of(), List.of());
    }

    @Test
    void anOpenEpisodeIsActiveAndAClosedOneFinishedWithItsEndDate() {
        EpisodeOfCare open = EpisodeOfCareResources.of(episode("OPEN", null), SERVICE);
        assertThat(open.getStatus()).isEqualTo(EpisodeOfCareStatus.ACTIVE);
        assertThat(open.getPeriod().hasEnd()).isFalse();
        EpisodeOfCare closed = EpisodeOfCareResources.of(episode("CLOSED", LocalDate.of(2026, 12, 1)), SERVICE);
        assertThat(closed.getStatus()).isEqualTo(EpisodeOfCareStatus.FINISHED);
        assertThat(closed.getPeriod().getStartElement().getValueAsString()).isEqualTo("2026-11-02");
        assertThat(closed.getPeriod().getEndElement().getValueAsString()).isEqualTo("2026-12-01");
        assertThat(closed.getManagingOrganization().getIdentifier().getValue()).isEqualTo("RX1");
        assertThat(closed.getManagingOrganization().getIdentifier().getSystem()).isEqualTo(UkCore.ODS_CODE);
        assertThatThrownBy(() -> EpisodeOfCareResources.status("PAUSED")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aServiceWithoutAnOdsCodeIsNamedOnly() {
        var reference = References.organisation(new StaffLookup.Organisation(UUID.randomUUID(), "Small service", null));
        assertThat(reference.getDisplay()).isEqualTo("Small service");
        assertThat(reference.hasIdentifier()).isFalse();
    }

    @Test
    void theLatestGasLevelGivesTheAchievementStatus() {
        assertThat(GoalResources.achievement(null)).isEqualTo("in-progress");
        assertThat(GoalResources.achievement(-2)).isEqualTo("not-achieved");
        assertThat(GoalResources.achievement(-1)).isEqualTo("not-achieved");
        assertThat(GoalResources.achievement(0)).isEqualTo("achieved");
        assertThat(GoalResources.achievement(2)).isEqualTo("achieved");
    }

    @Test
    void aReferralIsActiveUntilTriagedThenCompletedOrRevoked() {
        assertThat(ServiceRequestResources.status(Referral.Status.WAITING)).isEqualTo(ServiceRequestStatus.ACTIVE);
        assertThat(ServiceRequestResources.status(Referral.Status.ACCEPTED)).isEqualTo(ServiceRequestStatus.COMPLETED);
        assertThat(ServiceRequestResources.status(Referral.Status.SIGNPOSTED)).isEqualTo(ServiceRequestStatus.REVOKED);
        assertThat(ServiceRequestResources.status(Referral.Status.REJECTED)).isEqualTo(ServiceRequestStatus.REVOKED);
        assertThat(ServiceRequestResources.intent(SourceRole.SELF)).isEqualTo(ServiceRequestIntent.PROPOSAL);
        assertThat(ServiceRequestResources.intent(SourceRole.GP)).isEqualTo(ServiceRequestIntent.ORDER);
        assertThat(ServiceRequestResources.priority(Urgency.ROUTINE)).isEqualTo(ServiceRequestPriority.ROUTINE);
        assertThat(ServiceRequestResources.priority(Urgency.SOON)).isEqualTo(ServiceRequestPriority.URGENT);
        assertThat(ServiceRequestResources.priority(Urgency.URGENT)).isEqualTo(ServiceRequestPriority.ASAP);
    }

    @Test
    void h69_aReplacedResultIsNeverFinalAndItsCorrectionIsAmended() {
        assertThat(ObservationResources.status(false, false)).isEqualTo(ObservationStatus.FINAL);
        assertThat(ObservationResources.status(true, false)).isEqualTo(ObservationStatus.AMENDED);
        assertThat(ObservationResources.status(false, true)).isEqualTo(ObservationStatus.ENTEREDINERROR);
        assertThat(ObservationResources.status(true, true)).isEqualTo(ObservationStatus.ENTEREDINERROR);
    }

    @Test
    void unitsAreUcumAndCountsAndScoresAreAnnotations() {
        assertThat(ObservationResources.ucum("s")).isEqualTo("s");
        assertThat(ObservationResources.ucum("m/s")).isEqualTo("m/s");
        assertThat(ObservationResources.ucum("stands")).isEqualTo("{stands}");
        assertThat(ObservationResources.ucum("/10")).isEqualTo("{score}");
        assertThat(ObservationResources.ucum("mean /10")).isEqualTo("{score}");
        assertThat(ObservationResources.ucum(null)).isEqualTo("1");
    }

    @Test
    void aPageIsCountedFromItsOffsetAndACountOverTheMostIsReadAsTheMost() {
        assertThat(SearchPage.of(null, null)).isEqualTo(new SearchPage(0, 20));
        assertThat(SearchPage.of(500, 100)).isEqualTo(new SearchPage(100, 50));
        assertThat(SearchPage.of(10, 20).request().page()).isEqualTo(2);
        assertThatThrownBy(() -> SearchPage.of(10, 5)).isNotNull();
        assertThatThrownBy(() -> SearchPage.of(-1, null)).isNotNull();
    }

    @Test
    void aSessionIsInProgressUntilSignedAndAMissedClassIsCancelled() {
        assertThat(EncounterResources.status("DRAFT")).isEqualTo(EncounterStatus.INPROGRESS);
        assertThat(EncounterResources.status("SIGNED")).isEqualTo(EncounterStatus.FINISHED);
        assertThat(EncounterResources.status(Outcome.ATTENDED)).isEqualTo(EncounterStatus.FINISHED);
        assertThat(EncounterResources.status(Outcome.DID_NOT_ATTEND)).isEqualTo(EncounterStatus.CANCELLED);
        assertThat(EncounterResources.status(Outcome.CANCELLED)).isEqualTo(EncounterStatus.CANCELLED);
        assertThat(EncounterResources.encounterClass(CareSetting.COMMUNITY).getCode()).isEqualTo("HH");
        assertThat(EncounterResources.encounterClass(CareSetting.OUTPATIENTS).getCode()).isEqualTo("AMB");
        assertThat(EncounterResources.encounterClass(CareSetting.WARD).getCode()).isEqualTo("IMP");
    }

    @Test
    void aProgrammeIsDraftUntilItHasAnItemAndCompletedWithItsEpisode() {
        assertThat(CarePlanResources.status("OPEN", 0)).isEqualTo(CarePlan.CarePlanStatus.DRAFT);
        assertThat(CarePlanResources.status("OPEN", 2)).isEqualTo(CarePlan.CarePlanStatus.ACTIVE);
        assertThat(CarePlanResources.status("CLOSED", 2)).isEqualTo(CarePlan.CarePlanStatus.COMPLETED);
        assertThat(CareTeamResources.status("OPEN")).isEqualTo(CareTeam.CareTeamStatus.ACTIVE);
        assertThat(CareTeamResources.status("CLOSED")).isEqualTo(CareTeam.CareTeamStatus.INACTIVE);
        assertThat(CareTeamResources.involved("ACCEPTED")).isTrue();
        assertThat(CareTeamResources.involved("COMPLETED")).isTrue();
        assertThat(CareTeamResources.involved("OFFERED")).isFalse();
        assertThat(CareTeamResources.involved("DECLINED")).isFalse();
        assertThat(CareTeamResources.involved("CANCELLED")).isFalse();
    }

    @Test
    void equipmentOutOnLoanIsInUseUntilReturnedAndAnAssetOutOfServiceIsInactive() {
        assertThat(DeviceResources.useStatus(Loans.Status.ON_LOAN))
                .isEqualTo(DeviceUseStatement.DeviceUseStatementStatus.ACTIVE);
        assertThat(DeviceResources.useStatus(Loans.Status.RETURNED))
                .isEqualTo(DeviceUseStatement.DeviceUseStatementStatus.COMPLETED);
        assertThat(DeviceResources.requestStatus(Loans.Status.ON_LOAN))
                .isEqualTo(DeviceRequest.DeviceRequestStatus.ACTIVE);
        assertThat(DeviceResources.requestStatus(Loans.Status.RETURNED))
                .isEqualTo(DeviceRequest.DeviceRequestStatus.COMPLETED);
        for (Asset.Status s : Asset.Status.values()) {
            boolean inService = s != Asset.Status.QUARANTINED && s != Asset.Status.RETIRED;
            assertThat(DeviceResources.status(s)).as(s.name())
                    .isEqualTo(inService ? Device.FHIRDeviceStatus.ACTIVE : Device.FHIRDeviceStatus.INACTIVE);
        }
    }

    @Test
    void h68_aMeasureIsCodedOnlyInTheServicesOwnCodeSystemEvenWhereTheModuleHoldsASnomedCode() {
        MeasureResult tug = new MeasureResult(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), null, null,
                "TUG", "Timed Up and Go", "http://snomed.info/sct", "444781002", "Timed up and go mobility test",
                new BigDecimal("11.5"), "s", "Slower than typical", "CAUTION", null, LocalDate.of(2026, 12, 1),
                UUID.randomUUID(), "Hannah Caldwell", 3, true, Instant.parse("2026-12-01T10:00:00Z"), null, List.of(),
                null, null);
        var observation = ObservationResources.of(tug, null);
        assertThat(observation.getCode().getCoding()).singleElement().satisfies(c -> {
            assertThat(c.getSystem()).isEqualTo(UkCore.MEASURE_CODES);
            assertThat(c.getCode()).isEqualTo("TUG");
        });
        assertThat(observation.getValueQuantity().getCode()).isEqualTo("s");
    }
}
