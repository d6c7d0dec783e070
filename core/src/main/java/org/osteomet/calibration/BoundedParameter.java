package org.osteomet.calibration;

import java.util.Objects;

import org.osteomet.param.Parameter;

/**
 * One parameter searched by the calibration: its name, the box it is searched in, the scale of the search
 * and the value the search starts from. The search itself works on the unit interval; {@link #toUnit} and
 * {@link #fromUnit} map between it and model units.
 */
public record BoundedParameter(String name, double lower, double upper, Scale scale, double start) {

    public BoundedParameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scale, "scale");
        if (!(Double.isFinite(lower) && Double.isFinite(upper) && lower < upper)) {
            throw new IllegalArgumentException(name + ": calibration bounds must be finite with lower < upper, got ["
                    + lower + ", " + upper + "]");
        }
        if (scale == Scale.LOG && !(lower > 0)) {
            throw new IllegalArgumentException(name + ": a log-scale search needs a lower bound above 0, got " + lower);
        }
        if (!(start >= lower && start <= upper)) {
            throw new IllegalArgumentException(name + ": start " + start + " outside [" + lower + ", " + upper + "]");
        }
    }

    public static BoundedParameter linear(String name, double lower, double upper, double start) {
        return new BoundedParameter(name, lower, upper, Scale.LINEAR, start);
    }

    public static BoundedParameter log(String name, double lower, double upper, double start) {
        return new BoundedParameter(name, lower, upper, Scale.LOG, start);
    }

    /** A catalog parameter searched over its whole declared range, starting from its default. */
    public static BoundedParameter of(Parameter p, Scale scale) {
        return new BoundedParameter(p.name(), p.min(), p.max(), scale, p.value());
    }

    /** A catalog parameter searched over a narrower box, starting from its default (clamped into the box). */
    public static BoundedParameter of(Parameter p, Scale scale, double lower, double upper) {
        return new BoundedParameter(p.name(), lower, upper, scale, Math.min(upper, Math.max(lower, p.value())));
    }

    /** Model value to unit coordinate: 0 at the lower bound, 1 at the upper. */
    public double toUnit(double value) {
        double u = switch (scale) {
            case LINEAR -> (value - lower) / (upper - lower);
            case LOG -> (StrictMath.log(value) - StrictMath.log(lower))
                    / (StrictMath.log(upper) - StrictMath.log(lower));
        };
        return clamp(u, 0.0, 1.0);
    }

    /** Unit coordinate to model value, always inside [lower, upper] despite rounding. */
    public double fromUnit(double unit) {
        double u = clamp(unit, 0.0, 1.0);
        double v = switch (scale) {
            case LINEAR -> lower + u * (upper - lower);
            case LOG -> StrictMath.exp(StrictMath.log(lower) + u * (StrictMath.log(upper) - StrictMath.log(lower)));
        };
        return clamp(v, lower, upper);
    }

    private static double clamp(double x, double lo, double hi) {
        return Math.min(hi, Math.max(lo, x));
    }
}
