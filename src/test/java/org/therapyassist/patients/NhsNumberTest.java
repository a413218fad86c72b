package org.therapyassist.patients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NhsNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"9434765919", "943 476 5919", "943-476-5919", "9912003888", "9449305552"})
    void acceptsNumbersWithACorrectModulus11CheckDigit(String number) {
        assertThat(NhsNumber.isValid(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"9434765918", "1000000010", "1000000011", "943476591", "94347659199", "943476591X", "",
            " "})
    void refusesAMistypedNhsNumberSoTheWrongPatientIsNotRegistered(String number) {
        assertThat(NhsNumber.isValid(number)).isFalse();
    }

    @Test
    void refusesNumbersWhoseCheckDigitWouldBeTen() {
        // 100000001x: the weighted sum leaves remainder 1, so the check digit would be 10: never issued.
        for (int last = 0; last <= 9; last++) {
            assertThat(NhsNumber.isValid("100000001" + last)).isFalse();
        }
    }

    @Test
    void showsTheNumberInThreeThreeFourGroups() {
        assertThat(NhsNumber.of("9434765919").formatted()).isEqualTo("943 476 5919");
        assertThat(NhsNumber.of("943 476 5919").value()).isEqualTo("9434765919");
    }

    @Test
    void cannotBeBuiltFromAnInvalidNumber() {
        assertThatThrownBy(() -> NhsNumber.of("9434765918")).isInstanceOf(IllegalArgumentException.class);
    }
}
