package org.therapyassist.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.therapyassist.platform.web.Languages;

class NotificationRulesTest {

    static final UUID ID = UUID.fromString("01900000-0000-7000-8000-000000000001");

    /** A patient's details and the words a clinician typed, as a test patient would have them. */
    static final List<String> PATIENT = List.of("Margaret", "Whitcombe", "Margaret Whitcombe", "WHITCOMBE, Margaret",
            "943 476 5919", "9434765919", "1941-03-15", "15 Mar 1941", "15 March 1941", "15/03/1941",
            "12 Acacia Avenue, Northgate", "NG1 1AA", "Breathless on the stairs", "Falls clinic at Hope Street");

    @Test
    void everyKindAndOutcomeInEveryLanguageSaysNothingAboutThePatient() {
        List<Notice> all = new ArrayList<>();
        for (Locale language : Languages.SUPPORTED) {
            all.add(NotificationRules.compose(NoticeKind.ESCALATION_RAISED, null, ID, "https://ta.example", language));
            all.add(NotificationRules.compose(NoticeKind.DELEGATION_OFFERED, null, ID, "https://ta.example",
                    language));
            for (String outcome : List.of("ACCEPTED", "SIGNPOSTED", "REJECTED")) {
                all.add(NotificationRules.compose(NoticeKind.REFERRAL_DECIDED, outcome, ID, "https://ta.example",
                        language));
            }
        }
        assertThat(all).hasSize(10).allSatisfy(n -> {
            assertThat(NotificationRules.leaks(n, PATIENT)).isEmpty();
            assertThat(n.subject()).startsWith("Therapy Assist: ").doesNotContain("{").doesNotContain("??");
            assertThat(n.body()).doesNotContain("{0}").doesNotContain("??");
        });
    }

    @Test
    void staffGetALinkIntoTheAppAndTheirSettingsAndAReferrerGetsAReference() {
        Notice escalation = NotificationRules.compose(NoticeKind.ESCALATION_RAISED, null, ID, "https://ta.example",
                Languages.ENGLISH);
        assertThat(escalation.body()).contains("https://ta.example/inbox")
                .contains("https://ta.example/notifications/settings");
        Notice delegation = NotificationRules.compose(NoticeKind.DELEGATION_OFFERED, null, ID, "https://ta.example",
                Languages.WELSH);
        assertThat(delegation.subject()).isEqualTo("Therapy Assist: mae tasg wedi'i dirprwyo i chi");
        assertThat(delegation.body()).contains("https://ta.example/delegations/" + ID);
        Notice referral = NotificationRules.compose(NoticeKind.REFERRAL_DECIDED, "ACCEPTED", ID, "https://ta.example",
                Languages.ENGLISH);
        assertThat(referral.subject()).isEqualTo("Therapy Assist: your referral was accepted");
        assertThat(referral.body()).contains("Our reference: " + ID).doesNotContain("https://");
    }

    @Test
    void leaksFindsADetailWhateverItsSpacingOrCase() {
        Notice careless = new Notice("About WHITCOMBE", "NHS number 9434765919");
        assertThat(NotificationRules.leaks(careless, List.of("Whitcombe", "943 476 5919", "NG1 1AA")))
                .containsExactly("Whitcombe", "943 476 5919");
    }

    @Test
    void anAddressNeedsANameAndADomainWithADot() {
        assertThat(NotificationRules.isEmail("priya.raman@nhs.example")).isTrue();
        assertThat(NotificationRules.isEmail("priya@localhost")).isFalse();
        assertThat(NotificationRules.isEmail("priya raman@nhs.example")).isFalse();
        assertThat(NotificationRules.isEmail("a@b.c".repeat(60))).isFalse();
        assertThat(NotificationRules.isEmail(null)).isFalse();
    }

    @Test
    void aFailingEmailWaitsTwiceAsLongEachTimeUpToTwoHours() {
        assertThat(NotificationJob.backoff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(NotificationJob.backoff(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(NotificationJob.backoff(5)).isEqualTo(Duration.ofMinutes(16));
        assertThat(NotificationJob.backoff(9)).isEqualTo(Duration.ofMinutes(120));
    }
}
