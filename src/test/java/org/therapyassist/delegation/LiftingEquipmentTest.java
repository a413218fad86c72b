package org.therapyassist.delegation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.therapyassist.equipment.Asset;

class LiftingEquipmentTest {

    static Asset asset(String itemCode) {
        return new Asset(UUID.randomUUID(), UUID.randomUUID(), itemCode, itemCode, UUID.randomUUID(), itemCode + "-1",
                null,
                Asset.Status.AVAILABLE, LocalDate.of(2027, 1, 1), 0);
    }

    @Test
    void aHoistTransferWithoutANamedHoistAndSlingCannotGoAhead() {
        assertThat(DelegationEquipment.missingForLift("HOIST_TRANSFER", List.of())).containsExactly("a hoist",
                "a sling");
        assertThat(DelegationEquipment.missingForLift("HOIST_TRANSFER", List.of(asset("MOBILE_HOIST"))))
                .containsExactly("a sling");
        assertThat(DelegationEquipment.missingForLift("HOIST_TRANSFER", List.of(asset("SLING"))))
                .containsExactly("a hoist");
        assertThat(
                DelegationEquipment.missingForLift("HOIST_TRANSFER", List.of(asset("STANDING_HOIST"), asset("SLING"))))
                .isEmpty();
    }

    @Test
    void tasksThatLiftNobodyNeedNoNamedEquipment() {
        assertThat(DelegationEquipment.missingForLift("EXERCISE_PROGRAMME", List.of())).isEmpty();
        assertThat(DelegationEquipment.missingForLift("WALKING_AID_PRACTICE", List.of(asset("WHEELCHAIR")))).isEmpty();
    }
}
