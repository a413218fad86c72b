package org.therapyassist.referrals;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.therapyassist.platform.CurrentUser;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.NotAllowedException;
import org.therapyassist.platform.Role;
import org.therapyassist.platform.Text;
import org.therapyassist.platform.web.Messages;

/** The triage rules as plain code: response dates, queue order, overdue, and what a decision needs. */
public final class ReferralRules {

    private ReferralRules() {
    }

    /**
     * Triage order: urgency first, so an urgent referral never sorts below a soon or routine one however old they
     * are; then the earliest date to respond by, then the oldest received.
     */
    public static final Comparator<Referral> QUEUE_ORDER = Comparator
            .comparing((Referral r) -> r.urgency().ordinal())
            .thenComparing(Referral::respondBy)
            .thenComparing(Referral::receivedOn)
            .thenComparing(Referral::id);

    /** {@link #QUEUE_ORDER} in SQL over {@code referral r}, so the queue is read a page at a time in this order. */
    public static final String QUEUE_ORDER_SQL = Arrays.stream(Urgency.values())
            .map(u -> "when '" + u.name() + "' then " + u.ordinal())
            .collect(Collectors.joining(" ", "case r.urgency ", " end"))
            + ", r.respond_by, r.received_on, r.id";

    public static LocalDate respondBy(Urgency urgency, LocalDate receivedOn, ReferralProperties days) {
        return receivedOn.plusDays(switch (urgency) {
            case URGENT -> days.urgentDays();
            case SOON -> days.soonDays();
            case ROUTINE -> days.routineDays();
        });
    }

    public static boolean overdue(Referral.Status status, LocalDate respondBy, LocalDate today) {
        return status == Referral.Status.WAITING && respondBy.isBefore(today);
    }

    /**
     * Registrants and team leads work the triage queue; only registrants triage (accepting opens an episode). Who may
     * record a referral is {@code Command.RECEIVE_REFERRAL}'s need, checked by the guard.
     */
    public static void requireMayReadQueue(CurrentUser user) {
        if (!user.isRegistrant() && !user.has(Role.TEAM_LEAD)) {
            throw new NotAllowedException("referral.not-allowed",
                    Messages.text("referrals.refusal.may-receive"));
        }
    }

    public static void requireMayTriage(CurrentUser user) {
        if (!user.isRegistrant()) {
            throw new NotAllowedException("referral.registrant-only",
                    Messages.text("referrals.refusal.may-triage"));
        }
    }

    public static void requireReceivedOn(LocalDate receivedOn, LocalDate today) {
        if (receivedOn != null && receivedOn.isAfter(today)) {
            throw new InvalidInputException(Map.of("receivedOn", Messages.text("referrals.field.received-on.future")));
        }
    }

    /** Signposting says where to; rejecting always says why. */
    public static void requireDecisionDetails(Referral.Status outcome, String signpostedTo, String note) {
        Map<String, String> errors = new HashMap<>();
        if (outcome == Referral.Status.SIGNPOSTED && Text.blankToNull(signpostedTo) == null) {
            errors.put("signpostedTo", Messages.text("referrals.field.signposted-to.blank"));
        }
        if (outcome == Referral.Status.REJECTED && Text.blankToNull(note) == null) {
            errors.put("note", Messages.text("referrals.field.note.reject"));
        }
        if (signpostedTo != null && signpostedTo.length() > 200) {
            errors.put("signpostedTo", Messages.text("referrals.field.signposted-to.size"));
        }
        if (note != null && note.length() > 1000) {
            errors.put("note", Messages.text("referrals.field.note.size"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
