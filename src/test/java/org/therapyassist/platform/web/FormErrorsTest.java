package org.therapyassist.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FormErrorsTest {

    private final FormErrors errors = new FormErrors();

    @Test
    void readsADateFromItsThreeBoxes() {
        assertThat(errors.date("bornOn", "date of birth", " 7 ", "3", "1941", true))
                .isEqualTo(LocalDate.of(1941, 3, 7));
        assertThat(errors.getFields()).isEmpty();
    }

    @Test
    void aDateWithABoxMissingIsNotARealDate() {
        assertThat(errors.date("bornOn", "date of birth", "7", null, "1941", true)).isNull();
        assertThat(errors.date("seenOn", "date seen", null, "3", "2026", true)).isNull();
        assertThat(errors.date("dueOn", "due date", "7", "3", null, false)).isNull();
        assertThat(errors.getFields()).containsEntry("bornOn", "Date of birth must be a real date")
                .containsEntry("seenOn", "Date seen must be a real date")
                .containsEntry("dueOn", "Due date must be a real date");
    }

    @Test
    void aDateThatDoesNotExistIsNotARealDate() {
        assertThat(errors.date("bornOn", "date of birth", "31", "2", "1941", true)).isNull();
        assertThat(errors.get("bornOn")).isEqualTo("Date of birth must be a real date");
    }

    @Test
    void emptyBoxesAreAMissingDateOnlyWhenOneIsRequired() {
        assertThat(errors.date("dueOn", "due date", "", null, " ", false)).isNull();
        assertThat(errors.getFields()).isEmpty();
        assertThat(errors.date("bornOn", "date of birth", null, null, null, true)).isNull();
        assertThat(errors.get("bornOn")).isEqualTo("Enter the date of birth");
    }
}
