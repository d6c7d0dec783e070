package org.osteomet.scenario;

import java.math.BigDecimal;

import org.osteomet.param.Parameter;

/** Wording of out-of-range errors, so users see "(0, 20]" rather than Double.MIN_NORMAL. */
final class RangeText {
    private RangeText() {
    }

    static String outOfRange(Parameter p, String written, double value) {
        // Parameter.positive uses MIN_NORMAL as an exclusive zero, which also rejects positive subnormals.
        if (p.min() == Double.MIN_NORMAL && value > 0 && value < Double.MIN_NORMAL) {
            return written + " is too small; the smallest allowed value is " + Double.MIN_NORMAL + " " + unit(p);
        }
        return written + " is outside the allowed range " + range(p) + " " + unit(p);
    }

    static String range(Parameter p) {
        String lower = p.min() == Double.MIN_NORMAL ? "(0" : "[" + number(p.min());
        return lower + ", " + number(p.max()) + "]";
    }

    private static String unit(Parameter p) {
        return "1".equals(p.unit()) ? "(dimensionless)" : "(unit: " + p.unit() + ")";
    }

    /** Plain notation for everyday magnitudes ("1000000", not "1000000.0"), Java's otherwise. */
    static String number(double d) {
        double abs = Math.abs(d);
        if (d == 0 || (abs >= 1e-4 && abs < 1e15)) {
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return Double.toString(d);
    }
}
