package org.therapyassist.equipment;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.therapyassist.platform.InvalidInputException;
import org.therapyassist.platform.web.Messages;

/** When an asset's next examination falls due, how urgent that is, and what an inspection result does to it. */
public final class InspectionRules {

    /** An examination within this many days shows on the due list. */
    public static final int DUE_SOON_DAYS = 30;

    public enum Result { PASS, FAIL }

    /** Where an asset stands against its inspection regime on a given day. */
    public enum Due {
        OVERDUE, DUE_SOON, IN_DATE, NOT_REQUIRED;

        public boolean listed() {
            return this == OVERDUE || this == DUE_SOON;
        }
    }

    /**
     * How an asset reads to someone about to use it: its status, except that an asset past its examination is never
     * shown as fit to use, whatever its status says.
     */
    public enum Standing {
        AVAILABLE("green"), ON_LOAN("blue"), NEEDS_CLEANING("yellow"), QUARANTINED("red"), RETIRED(
                "grey"), EXAMINATION_OVERDUE("red");

        private final String colour;

        Standing(String colour) {
            this.colour = colour;
        }

        /** The words, in the request's language: "Do not use: examination overdue". */
        public String text() {
            return Messages.text("equipment.standing." + name());
        }

        public String colour() {
            return colour;
        }
    }

    private InspectionRules() {
    }

    public static Standing standing(Asset.Status status, Due due) {
        if (due == Due.OVERDUE && (status == Asset.Status.AVAILABLE || status == Asset.Status.ON_LOAN
                || status == Asset.Status.NEEDS_CLEANING)) {
            return Standing.EXAMINATION_OVERDUE;
        }
        return Standing.valueOf(status.name());
    }

    /** The first examination of a newly registered asset: one interval from today, or none without a regime. */
    public static LocalDate firstDue(ItemType item, LocalDate today) {
        return item.inspectionRegime() == ItemType.InspectionRegime.NONE || item.inspectionMonths() == null
                ? null
                : today.plusMonths(item.inspectionMonths());
    }

    /**
     * The next due date to record: the one given, or the regime's interval from the inspection date. An inspection
     * cannot be in the future and the next one cannot be later than the regime allows (LOLER: 6 months for equipment
     * that lifts people).
     */
    public static LocalDate nextDue(LocalDate inspectedOn, LocalDate requestedNext, Integer intervalMonths,
            LocalDate today) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (inspectedOn == null) {
            errors.put("inspectedOn", Messages.text("equipment.field.inspected.blank"));
        } else if (inspectedOn.isAfter(today)) {
            errors.put("inspectedOn", Messages.text("equipment.field.inspected.future"));
        }
        LocalDate next = requestedNext;
        if (inspectedOn != null && !errors.containsKey("inspectedOn")) {
            LocalDate longest = intervalMonths == null ? null : inspectedOn.plusMonths(intervalMonths);
            if (next == null) {
                next = longest;
            } else if (!next.isAfter(inspectedOn)) {
                errors.put("nextDueOn", Messages.text("equipment.field.next.before"));
            } else if (longest != null && next.isAfter(longest)) {
                errors.put("nextDueOn", Messages.text("equipment.field.next.within", intervalMonths));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return next;
    }

    public static Due classify(LocalDate nextDue, LocalDate today) {
        if (nextDue == null) {
            return Due.NOT_REQUIRED;
        }
        if (nextDue.isBefore(today)) {
            return Due.OVERDUE;
        }
        return nextDue.isAfter(today.plusDays(DUE_SOON_DAYS)) ? Due.IN_DATE : Due.DUE_SOON;
    }

    /**
     * The status an inspection moves the asset to, if any: a failure takes it out of service at once wherever it is;
     * a pass brings a quarantined asset back only when no fault on it is still open — to the shelf, or back "on loan"
     * when
     * it was examined where it stands in the patient's home (so it is never lent twice, and still cleaned when it
     * comes back). A retired asset stays retired.
     */
    public static Optional<Asset.Status> statusAfter(Result result, Asset.Status current, boolean openFault,
            boolean onLoan) {
        if (current == Asset.Status.RETIRED) {
            return Optional.empty();
        }
        if (result == Result.FAIL) {
            return current == Asset.Status.QUARANTINED ? Optional.empty() : Optional.of(Asset.Status.QUARANTINED);
        }
        if (current != Asset.Status.QUARANTINED || openFault) {
            return Optional.empty();
        }
        return Optional.of(onLoan ? Asset.Status.ON_LOAN : Asset.Status.AVAILABLE);
    }

    /** A reported fault takes the asset out of service at once, unless it is already out or retired. */
    public static Optional<Asset.Status> statusAfterFault(Asset.Status current) {
        return current == Asset.Status.QUARANTINED || current == Asset.Status.RETIRED
                ? Optional.empty()
                : Optional.of(Asset.Status.QUARANTINED);
    }
}
