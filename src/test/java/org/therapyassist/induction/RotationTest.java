package org.therapyassist.induction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.therapyassist.platform.ConflictException;
import org.therapyassist.platform.RefusedException;

class RotationTest {

    static Rotation rotation(Rotation.Status status, boolean... ticked) {
        List<Rotation.HandoverItem> items = new ArrayList<>();
        for (int i = 0; i < ticked.length; i++) {
            items.add(new Rotation.HandoverItem(UUID.randomUUID(), Rotation.DEFAULT_HANDOVER.get(i),
                    ticked[i] ? UUID.randomUUID() : null, ticked[i] ? "Lorna Davenport" : null,
                    ticked[i] ? Instant.now() : null));
        }
        return new Rotation(UUID.randomUUID(), UUID.randomUUID(), "Ben Hughes", UUID.randomUUID(), "Community rehab",
                UUID.randomUUID(), "Stroke ward", LocalDate.of(2026, 12, 7), null, status, 0, items);
    }

    @Test
    void aPlacementCannotStartUntilEveryHandoverItemIsTickedSoNothingIsLeftBehind() {
        Rotation partial = rotation(Rotation.Status.PLANNED, true, true, false, false, true);
        assertThat(partial.handoverComplete()).isFalse();
        assertThatThrownBy(partial::requireStartable)
                .isInstanceOfSatisfying(RefusedException.class, e -> {
                    assertThat(e.code()).isEqualTo("rotation.handover-incomplete");
                    assertThat(e.getMessage()).contains("Equipment and keys returned")
                            .contains("Local induction booked");
                });
    }

    @Test
    void aCompleteHandoverLetsThePlacementStartOnce() {
        Rotation ready = rotation(Rotation.Status.PLANNED, true, true, true, true, true);
        assertThatCode(ready::requireStartable).doesNotThrowAnyException();
        Rotation started = rotation(Rotation.Status.IN_PROGRESS, true, true, true, true, true);
        assertThatThrownBy(started::requireStartable).isInstanceOf(ConflictException.class);
    }

    @Test
    void aRotationWithNoChecklistIsNeverComplete() {
        assertThat(rotation(Rotation.Status.PLANNED).handoverComplete()).isFalse();
    }
}
