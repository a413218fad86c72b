package org.therapyassist.delegation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.therapyassist.platform.web.Messages;

/**
 * An observation a support worker takes before a delegated session, with the readings that are physiologically
 * plausible (anything outside is a typing slip, refused before it can mislead) and the limits the delegation form
 * offers the registrant to start from (NEWS2-informed adult defaults; the registrant changes them for the patient).
 */
public enum Observation {
    // @formatter:off
    HEART_RATE("heartRate", 0, 20, 250, "50", "110"),
    SYSTOLIC("systolic", 0, 50, 260, "90", "180"),
    DIASTOLIC("diastolic", 0, 30, 150, "50", "100"),
    OXYGEN_SATURATION("oxygenSaturation", 0, 50, 100, "92", null),
    RESPIRATORY_RATE("respiratoryRate", 0, 4, 60, "10", "24"),
    TEMPERATURE("temperature", 1, 30, 43, "35.5", "38.0");
    // @formatter:on

    private final String field;
    private final int scale;
    private final BigDecimal plausibleLow;
    private final BigDecimal plausibleHigh;
    private final BigDecimal defaultLow;
    private final BigDecimal defaultHigh;

    Observation(String field, int scale, int plausibleLow, int plausibleHigh, String defaultLow, String defaultHigh) {
        this.field = field;
        this.scale = scale;
        this.plausibleLow = BigDecimal.valueOf(plausibleLow);
        this.plausibleHigh = BigDecimal.valueOf(plausibleHigh);
        this.defaultLow = new BigDecimal(defaultLow);
        this.defaultHigh = defaultHigh == null ? null : new BigDecimal(defaultHigh);
    }

    /** The name of its field in the API and on the forms ({@code heartRate}). */
    public String field() {
        return field;
    }

    /** Decimal places a reading or limit may have: 1 for temperature, none for the rest. */
    public int scale() {
        return scale;
    }

    /** Only a lower limit: oxygen saturation is safe at any level from the limit up to 100 %. */
    public boolean lowerLimitOnly() {
        return defaultHigh == null;
    }

    public BigDecimal plausibleLow() {
        return plausibleLow;
    }

    public BigDecimal plausibleHigh() {
        return plausibleHigh;
    }

    public BigDecimal defaultLow() {
        return defaultLow;
    }

    public BigDecimal defaultHigh() {
        return defaultHigh;
    }

    public boolean plausible(BigDecimal value) {
        return value.compareTo(plausibleLow) >= 0 && value.compareTo(plausibleHigh) <= 0;
    }

    /** Whether the value has no more decimal places than this observation is taken to. */
    public boolean fitsScale(BigDecimal value) {
        return value.stripTrailingZeros().scale() <= scale;
    }

    /** The observation's name in the reader's language ("Heart rate"). */
    public String title() {
        return Messages.text("delegation.observation." + field);
    }

    /** A value with its unit ("72 beats a minute", "37.2°C"). */
    public String withUnit(BigDecimal value) {
        return Messages.text("delegation.observation." + field + ".value", plain(value));
    }

    /** A number as people write it: 38.0 stays 38.0 for a temperature, 92 for a saturation. */
    public String plain(BigDecimal value) {
        return value.setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }
}
