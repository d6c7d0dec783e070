package org.osteomet.param;

import java.util.Objects;

/**
 * One named model parameter: its scenario name, the paper's symbol, the default value with its unit,
 * the range a scenario may set, and where the value comes from.
 *
 * @param name       scenario key, lower-case and dotted (e.g. {@code spread.shedding_exponent})
 * @param symbol     the symbol used in the source paper or in docs/MODEL.md
 * @param value      default value, in {@code unit}
 * @param unit       unit of the value ("1" for dimensionless)
 * @param min        smallest value a scenario may set (inclusive)
 * @param max        largest value a scenario may set (inclusive)
 * @param provenance kind of source
 * @param source     citation (paper, BioModels id) or, for calibrated values, the targets fitted
 */
public record Parameter(String name, String symbol, double value, String unit, double min, double max,
                        Provenance provenance, String source) {

    public Parameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(source, "source");
        if (!(min <= max)) {
            throw new IllegalArgumentException(name + ": empty range [" + min + ", " + max + "]");
        }
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + ": default " + value + " outside [" + min + ", " + max + "]");
        }
    }

    /** A probability in [0, 1]. */
    public static Parameter probability(String name, String symbol, double value, Provenance provenance, String source) {
        return new Parameter(name, symbol, value, "1", 0.0, 1.0, provenance, source);
    }

    /** A strictly positive quantity with a generous range. */
    public static Parameter positive(String name, String symbol, double value, String unit, double max,
                                     Provenance provenance, String source) {
        return new Parameter(name, symbol, value, unit, Double.MIN_NORMAL, max, provenance, source);
    }

    /** Returns a copy carrying another default value (used by per-cancer-type tables). */
    public Parameter withValue(double newValue, Provenance newProvenance, String newSource) {
        return new Parameter(name, symbol, newValue, unit, min, max, newProvenance, newSource);
    }

    public boolean isCalibrated() {
        return provenance == Provenance.CALIBRATED;
    }
}
