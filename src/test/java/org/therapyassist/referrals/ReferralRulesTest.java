package org.therapyassist.referrals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.therapyassist.platform.Ids;
import org.therapyassist.platform.InvalidInputException;

class ReferralRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    static Referral referral(Urgency urgency, LocalDate received) {
        LocalDate respondBy = ReferralRules.respondBy(urgency, received, ReferralProperties.defaults());
        return new Referral(Ids.newId(), UUID.randomUUID(), "P", "9434765919", LocalDate.of(1940, 1, 1),
                UUID.randomUUID(),
                "Team", SourceRole.GP, "Dr A", null, "Reason", urgency, received, respondBy, Referral.Status.WAITING,
                ReferralRules.overdue(Referral.Status.WAITING, respondBy, TODAY), "Me", null, null, 0, null, null,
                null);
    }

    @Test
    void anUrgentReferralNeverSortsBelowARoutineOneHoweverOldOrOverdueTheRoutineOneIs() {
        // H41: a routine referral received months ago (and overdue) still comes after an urgent one received today.
        List<Referral> queue = new ArrayList<>();
        Random random = new Random(41);
        for (int i = 0; i < 200; i++) {
            Urgency u = Urgency.values()[random.nextInt(3)];
            queue.add(referral(u, TODAY.minusDays(random.nextInt(120))));
        }
        Collections.shuffle(queue, random);
        List<Referral> sorted = queue.stream().sorted(ReferralRules.QUEUE_ORDER).toList();
        int lastUrgent = -1;
        int firstRoutine = Integer.MAX_VALUE;
        for (int i = 0; i < sorted.size(); i++) {
            if (sorted.get(i).urgency() == Urgency.URGENT) {
                lastUrgent = i;
            }
            if (sorted.get(i).urgency() == Urgency.ROUTINE) {
                firstRoutine = Math.min(firstRoutine, i);
            }
        }
        assertThat(lastUrgent).isLessThan(firstRoutine);
        assertThat(sorted).isSortedAccordingTo(ReferralRules.QUEUE_ORDER);
    }

    @Test
    void withinOneUrgencyTheOldestComesFirst() {
        Referral older = referral(Urgency.SOON, TODAY.minusDays(10));
        Referral newer = referral(Urgency.SOON, TODAY.minusDays(1));
        assertThat(List.of(newer, older).stream().sorted(ReferralRules.QUEUE_ORDER).toList()).containsExactly(older,
                newer);
    }

    @Test
    void theDateToRespondByFollowsTheUrgencyAndPassingItFlagsTheReferralOverdue() {
        ReferralProperties days = ReferralProperties.defaults();
        assertThat(ReferralRules.respondBy(Urgency.URGENT, TODAY, days)).isEqualTo(TODAY.plusDays(2));
        assertThat(ReferralRules.respondBy(Urgency.SOON, TODAY, days)).isEqualTo(TODAY.plusDays(14));
        assertThat(ReferralRules.respondBy(Urgency.ROUTINE, TODAY, days)).isEqualTo(TODAY.plusDays(42));
        assertThat(referral(Urgency.URGENT, TODAY.minusDays(3)).overdue()).isTrue();
        assertThat(referral(Urgency.URGENT, TODAY.minusDays(2)).overdue()).isFalse();
        assertThat(ReferralRules.overdue(Referral.Status.ACCEPTED, TODAY.minusDays(9), TODAY)).isFalse();
    }

    @Test
    void aRejectionAlwaysSaysWhyAndASignpostSaysWhereTo() {
        assertThatThrownBy(() -> ReferralRules.requireDecisionDetails(Referral.Status.REJECTED, null, "  "))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("note"));
        assertThatThrownBy(() -> ReferralRules.requireDecisionDetails(Referral.Status.SIGNPOSTED, null, null))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("signpostedTo"));
        ReferralRules.requireDecisionDetails(Referral.Status.REJECTED, null,
                "Not our service: acute chest pain, sent to ED");
        ReferralRules.requireDecisionDetails(Referral.Status.ACCEPTED, null, null);
    }

    @Test
    void aReferralCannotBeReceivedInTheFuture() {
        assertThatThrownBy(() -> ReferralRules.requireReceivedOn(TODAY.plusDays(1), TODAY))
                .isInstanceOf(InvalidInputException.class);
    }
}
