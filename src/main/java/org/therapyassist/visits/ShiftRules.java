package org.therapyassist.visits;

import java.util.LinkedHashMap;
import java.util.Map;
import org.therapyassist.platform.web.Messages;

/** What makes a shift one a worker can work: it ends after it starts, its break lies inside it, its base is named. */
final class ShiftRules {

    private ShiftRules() {
    }

    /** Field errors, in form order; empty when the shift is sound. */
    static Map<String, String> check(DayBoard.Shift shift) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (shift.startsAt() == null) {
            errors.put("startsAt", Messages.text("visits.shift.starts"));
        }
        if (shift.endsAt() == null) {
            errors.put("endsAt", Messages.text("visits.shift.ends"));
        } else if (shift.startsAt() != null && !shift.endsAt().isAfter(shift.startsAt())) {
            errors.put("endsAt", Messages.text("visits.shift.ends-after"));
        }
        if ((shift.breakFrom() == null) != (shift.breakTo() == null)) {
            errors.put(shift.breakFrom() == null ? "breakFrom" : "breakTo", Messages.text("visits.shift.break-both"));
        } else if (shift.breakFrom() != null && (!shift.breakTo().isAfter(shift.breakFrom())
                || shift.startsAt() != null && shift.breakFrom().isBefore(shift.startsAt())
                || shift.endsAt() != null && shift.breakTo().isAfter(shift.endsAt()))) {
            errors.put("breakFrom", Messages.text("visits.shift.break-inside"));
        }
        if (shift.baseName() == null || shift.baseName().isBlank() || shift.baseName().strip().length() > 120) {
            errors.put("baseName", Messages.text("visits.shift.base-name"));
        }
        if (shift.baseLatitude() < 49 || shift.baseLatitude() > 61) {
            errors.put("baseLatitude", Messages.text("patients.home.latitude"));
        }
        if (shift.baseLongitude() < -9 || shift.baseLongitude() > 2) {
            errors.put("baseLongitude", Messages.text("patients.home.longitude"));
        }
        return errors;
    }
}
