package org.osteomet.validation;

import java.util.Optional;

/** Time units targets are published in; the simulation counts days. */
public enum TimeUnit {
    DAYS("days", 1.0),
    /** Mean Gregorian month. */
    MONTHS("months", 365.25 / 12),
    YEARS("years", 365.25);

    private final String code;
    private final double days;

    TimeUnit(String code, double days) {
        this.code = code;
        this.days = days;
    }

    public String code() {
        return code;
    }

    public double fromDays(double d) {
        return d / days;
    }

    public double toDays(double v) {
        return v * days;
    }

    public static Optional<TimeUnit> fromCode(String s) {
        for (TimeUnit u : values()) {
            if (u.code.equals(s.trim())) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }
}
