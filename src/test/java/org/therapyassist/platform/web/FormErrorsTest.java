package org.therapyassist.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class FormErrorsTest {

    private final FormErrors errors = new FormErrors();

    @Test
    void aWelshReaderGetsTheGeneratedMessagesInWelsh() {
        LocaleContextHolder.setLocale(Languages.WELSH);
        try {
            errors.integer("sets", "Sets", "three");
            errors.date("heldOn", "dyddiad y drafodaeth", null, null, null, true);
            errors.date("bornOn", "dyddiad geni", "31", "2", "1941", true);
            errors.choice("kind", Thread.State.class, "SOMETIMES");
            assertThat(errors.getFields()).containsEntry("sets", "Sets: rhaid iddo fod yn rhif cyfan")
                    .containsEntry("heldOn", "Mae angen dyddiad y drafodaeth")
                    .containsEntry("bornOn", "Dyddiad geni: rhaid iddo fod yn ddyddiad go iawn")
                    .containsEntry("kind", "Dewiswch un o'r opsiynau");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

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
