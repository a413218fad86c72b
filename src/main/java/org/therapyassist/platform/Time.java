package org.therapyassist.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Instants are stored in UTC; the working day and everything shown is Europe/London. */
public final class Time {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private Time() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(LONDON));
    }

    /** JDBC drivers agree on OffsetDateTime, not on Instant. */
    public static OffsetDateTime db(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
