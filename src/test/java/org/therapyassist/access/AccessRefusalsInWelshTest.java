package org.therapyassist.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.RefusedException;
import org.therapyassist.platform.web.Languages;
import org.therapyassist.support.Fixtures;
import org.therapyassist.support.IntegrationTest;

/** A break-glass refusal reaches a Welsh reader in Welsh, with the same code as in English. */
@IntegrationTest
class AccessRefusalsInWelshTest {

    @Autowired
    PatientAccess access;
    @Autowired
    BreakGlassLog log;
    @Autowired
    Fixtures fixtures;

    @AfterEach
    void backToEnglish() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aBreakGlassReasonTooShortIsRefusedInWelsh() {
        LocaleContextHolder.setLocale(Languages.WELSH);
        assertThatThrownBy(() -> access.breakGlass(fixtures.user("pt.demo"), UUID.randomUUID(), "short"))
                .isInstanceOf(RefusedException.class)
                .hasMessageContaining("Rhowch reswm o 10 nod o leiaf dros agor y cofnod hwn.");
    }

    @Test
    void aReviewWithoutAnOutcomeIsRefusedInWelsh() {
        LocaleContextHolder.setLocale(Languages.WELSH);
        assertThatThrownBy(() -> log.review(fixtures.user("lead.demo"), UUID.randomUUID(), null, null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsEntry("outcome",
                                "Dewiswch a oedd yr agor yn briodol"));
    }
}
