package org.osteomet.tumour;

/**
 * Gompertz growth dV/dt = a V ln(K/V) in closed form, on log cell counts so that a step costs one
 * multiply-add: ln V(t) = ln K + (ln V0 - ln K) e^{-a t} (Iwata, Kawasaki & Shigesada 2000,
 * J Theor Biol 203:177; Benzekry et al. 2014 PLoS Comput Biol 10:e1003800 for the clinical form).
 */
public final class Gompertz {
    private Gompertz() {
    }

    /**
     * The rate a that gives a volume doubling time {@code dtDays} at size {@code v} (cells) under
     * carrying capacity {@code k}: the specific growth rate there is a ln(K/V) = ln 2 / DT.
     */
    public static double rateForDoublingTime(double dtDays, double v, double k) {
        double logRatio = Math.log(k / v);
        if (!(logRatio > 0)) {
            throw new IllegalArgumentException("size " + v + " must be below the carrying capacity " + k);
        }
        return Math.log(2.0) / (dtDays * logRatio);
    }

    /** ln V after time t from ln V0. */
    public static double logSizeAfter(double logV0, double logK, double a, double tDays) {
        return logK + (logV0 - logK) * Math.exp(-a * tDays);
    }

    /**
     * Time to grow from ln V0 to ln V1 (both below ln K); +infinity if V1 is not reached (V1 >= K)
     * and 0 if V1 <= V0.
     */
    public static double timeToReach(double logV0, double logV1, double logK, double a) {
        if (logV1 <= logV0) {
            return 0.0;
        }
        if (logV1 >= logK) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.log((logK - logV0) / (logK - logV1)) / a;
    }
}
