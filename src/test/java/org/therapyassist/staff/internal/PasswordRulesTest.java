package org.therapyassist.staff.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    @Test
    void acceptsALongPasswordTypedTwice() {
        assertThat(PasswordRules.check("password", "three blue kettles", "three blue kettles", "amercer")).isEmpty();
    }

    @Test
    void refusesAMissingOrShortPassword() {
        assertThat(PasswordRules.check("password", "", "", "amercer")).containsEntry("password", "Enter a password");
        assertThat(PasswordRules.check("password", "Short1!pass", "Short1!pass", "amercer"))
                .containsEntry("password", "The password must be at least 12 characters");
    }

    @Test
    void refusesAPasswordBcryptWouldCutShort() {
        String tooLong = "a".repeat(73);
        assertThat(PasswordRules.check("password", tooLong, tooLong, "amercer"))
                .containsEntry("password", "The password must be 72 characters or fewer");
        String seventyTwo = "a".repeat(72);
        assertThat(PasswordRules.check("password", seventyTwo, seventyTwo, "amercer")).isEmpty();
    }

    @Test
    void refusesAPasswordOfSpacesOrHoldingTheUsername() {
        assertThat(PasswordRules.check("password", " ".repeat(14), " ".repeat(14), "amercer"))
                .containsEntry("password", "The password must not be only spaces");
        assertThat(PasswordRules.check("password", "AMercer-2026-x", "AMercer-2026-x", "amercer"))
                .containsEntry("password", "The password must not contain the username");
    }

    @Test
    void refusesAConfirmationThatDiffersBesideTheConfirmationBox() {
        assertThat(PasswordRules.check("newPassword", "three blue kettles", "three blue kettle", "amercer"))
                .containsOnlyKeys("confirmNewPassword");
    }
}
