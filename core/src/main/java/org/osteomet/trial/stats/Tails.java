package org.osteomet.trial.stats;

import org.hipparchus.special.Erf;
import org.hipparchus.special.Gamma;

/**
 * Upper-tail probabilities used by the tests in this package. Computed directly from the complementary
 * functions (erfc, regularized upper incomplete gamma Q, both from hipparchus-core) rather than as
 * {@code 1 - cdf}, so very small p-values keep their relative accuracy.
 */
final class Tails {
    /** Two-sided 95% standard normal quantile, as used by R (qnorm(0.975)). */
    static final double Z975 = 1.959963984540054;

    private Tails() {
    }

    /** P(X &gt; x) for X ~ chi-square with {@code df} degrees of freedom. */
    static double chiSquareUpper(double x, int df) {
        if (df <= 0) {
            throw new IllegalArgumentException("degrees of freedom must be positive, got " + df);
        }
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x <= 0) {
            return 1.0;
        }
        if (Double.isInfinite(x)) {
            return 0.0;
        }
        return Gamma.regularizedGammaQ(df / 2.0, x / 2.0);
    }

    /** P(|Z| &gt; |z|) for Z standard normal. */
    static double normalTwoSided(double z) {
        if (Double.isNaN(z)) {
            return Double.NaN;
        }
        return Erf.erfc(Math.abs(z) / Math.sqrt(2.0));
    }
}
