package org.therapyassist.patients;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BirthDatesTest {

    @ParameterizedTest
    @ValueSource(strings = {"12/03/1941", "12/3/1941", "12-03-1941", "12.03.1941", "1941-03-12", "12 Mar 1941",
            "12 march 1941", " 12  MAR  1941 "})
    void theWaysPeopleWriteADateOfBirthAreRead(String typed) {
        assertThat(BirthDates.parse(typed)).contains(LocalDate.of(1941, 3, 12));
    }

    @ParameterizedTest
    @ValueSource(strings = {"4 Sep 1950", "4 Sept 1950", "4 September 1950", "04/09/1950"})
    void septemberIsReadHoweverItIsShortened(String typed) {
        assertThat(BirthDates.parse(typed)).contains(LocalDate.of(1950, 9, 4));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/1941", "12/03/41", "03/31/1941", "Sutcliffe", "9434765919", "1941", ""})
    void whatIsNotADateOfBirthIsNotReadAsOne(String typed) {
        assertThat(BirthDates.parse(typed)).isEmpty();
    }
}
