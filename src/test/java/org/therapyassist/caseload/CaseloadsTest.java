package org.therapyassist.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseloadsTest {

    @Test
    void bedsAreInTheOrderPeopleReadThemNotLetterByLetter() {
        List<String> beds = new ArrayList<>(List.of("Ward 7, bay 2, bed 10", "Ward 10, bay 1, bed 1",
                "ward 7, bay 2, bed 9", "Ward 7, bay 11, bed 1", "Ward 7, side room"));
        beds.sort(Caseloads::naturally);
        assertThat(beds).containsExactly("ward 7, bay 2, bed 9", "Ward 7, bay 2, bed 10", "Ward 7, bay 11, bed 1",
                "Ward 7, side room", "Ward 10, bay 1, bed 1");
    }

    @Test
    void aNumberTooLongForALongStillSorts() {
        assertThat(Caseloads.naturally("Bed 99999999999999999999", "Bed 100000000000000000000")).isNegative();
    }

    @Test
    void theWardListIsInBedOrderAndTheOthersByNameUnlessAskedOtherwise() {
        assertThat(new Caseloads.Query(Caseloads.View.WARD, null, null, false, false, null).order())
                .isEqualTo(Caseloads.Order.LOCATION);
        assertThat(new Caseloads.Query(null, null, null, false, false, null))
                .extracting(Caseloads.Query::view, Caseloads.Query::order)
                .containsExactly(Caseloads.View.MINE, Caseloads.Order.NAME);
    }
}
