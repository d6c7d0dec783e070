package org.osteomet.validation;

import java.util.Objects;

/**
 * A published figure and the simulated experiment that measures it.
 *
 * @param id          identifier (the row of ../shared/targets/calibration.csv it comes from, e.g. T004)
 * @param quantity    what was measured, in words
 * @param value       published value (centre)
 * @param low         published range low end (NaN if only a value is published)
 * @param high        published range high end (NaN if only a value is published)
 * @param unit        unit of value, low and high
 * @param role        fit (may steer parameters) or check (never does)
 * @param experiment  the simulated study
 * @param statistic   what is measured on it
 * @param source      paper, and what our verification found
 * @param origin      the calibration table's row, or a target osteomet added
 */
public record Target(String id, String quantity, double value, double low, double high, String unit, TargetRole role,
                     Experiment experiment, Statistic statistic, String source, TargetOrigin origin) {
    public Target {
        Objects.requireNonNull(origin, "origin"); // every target is counted in one origin's group
    }

    /** A target from the calibration table. */
    public Target(String id, String quantity, double value, double low, double high, String unit, TargetRole role,
                  Experiment experiment, Statistic statistic, String source) {
        this(id, quantity, value, low, high, unit, role, experiment, statistic, source, TargetOrigin.CALIBRATION_CSV);
    }

    /** Without a published range, a simulated value within this relative distance of the value counts as a match. */
    public static final double RELATIVE_TOLERANCE = 0.15;

    public boolean hasRange() {
        return !Double.isNaN(low) && !Double.isNaN(high) && high > low;
    }

    /** Lowest simulated value that matches. */
    public double acceptLow() {
        return hasRange() ? low : value * (1 - RELATIVE_TOLERANCE);
    }

    /** Highest simulated value that matches. */
    public double acceptHigh() {
        return hasRange() ? high : value * (1 + RELATIVE_TOLERANCE);
    }

    public boolean accepts(double simulated) {
        return simulated >= acceptLow() && simulated <= acceptHigh();
    }

    /** Published value or range, for tables. */
    public String published() {
        return hasRange() ? Fmt.num(low) + "-" + Fmt.num(high) : Fmt.num(value) + " (±15%)";
    }

    /**
     * The calibration loss term: squared distance from the centre of the acceptance interval in half-widths of it (0 at
     * the centre, 1 at its edges). A NaN simulation (nothing to measure) costs a fixed penalty.
     */
    public double loss(double simulated) {
        if (Double.isNaN(simulated)) {
            return UNMEASURABLE_LOSS;
        }
        double centre = hasRange() ? (low + high) / 2 : value;
        double half = (acceptHigh() - acceptLow()) / 2;
        if (!(half > 0)) {
            return simulated == centre ? 0 : UNMEASURABLE_LOSS; // a zero-width target: only an exact hit counts
        }
        double z = (simulated - centre) / half;
        return z * z;
    }

    /** Loss of a target the simulation could not measure (e.g. a median not reached): as if 10 half-widths away. */
    public static final double UNMEASURABLE_LOSS = 100.0;
}
