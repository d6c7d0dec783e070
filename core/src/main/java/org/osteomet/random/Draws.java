package org.osteomet.random;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Allocation-free draws from the distributions the model uses. The Poisson sampler is exact: inversion by
 * sequential search for small means and Hormann's PTRS transformed rejection (Hormann 1993, Insurance:
 * Mathematics and Economics 12:39) for large ones.
 */
public final class Draws {
    private static final double PTRS_THRESHOLD = 10.0;
    private static final double[] LOG_FACTORIAL = new double[256];

    static {
        for (int k = 1; k < LOG_FACTORIAL.length; k++) {
            LOG_FACTORIAL[k] = LOG_FACTORIAL[k - 1] + Math.log(k);
        }
    }

    private Draws() {
    }

    /** Uniform on (0, 1): never 0, so logarithms are finite. */
    public static double openUniform(UniformRandomProvider rng) {
        // 52 bits plus a half keeps every value exactly representable, strictly inside (0, 1).
        return ((rng.nextLong() >>> 12) + 0.5) * 0x1.0p-52;
    }

    public static double exponential(UniformRandomProvider rng, double rate) {
        return -Math.log(openUniform(rng)) / rate;
    }

    /** Standard normal by the Box-Muller transform (one value used; cheap enough off the hot loop). */
    public static double normal(UniformRandomProvider rng) {
        double u1 = openUniform(rng);
        double u2 = rng.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
    }

    public static boolean bernoulli(UniformRandomProvider rng, double p) {
        return rng.nextDouble() < p;
    }

    public static long poisson(UniformRandomProvider rng, double mean) {
        if (!(mean >= 0) || Double.isInfinite(mean)) {
            throw new IllegalArgumentException("Poisson mean must be finite and >= 0, got " + mean);
        }
        if (mean == 0) {
            return 0;
        }
        return mean < PTRS_THRESHOLD ? poissonInversion(rng, mean) : poissonPtrs(rng, mean);
    }

    private static long poissonInversion(UniformRandomProvider rng, double mean) {
        double u = rng.nextDouble();
        double p = Math.exp(-mean);
        double cdf = p;
        long k = 0;
        while (u > cdf) {
            k++;
            p *= mean / k;
            cdf += p;
            if (p < 1e-300 && cdf >= 1.0 - 1e-15) {
                break;
            }
        }
        return k;
    }

    private static long poissonPtrs(UniformRandomProvider rng, double mean) {
        double slam = Math.sqrt(mean);
        double loglam = Math.log(mean);
        double b = 0.931 + 2.53 * slam;
        double a = -0.059 + 0.02483 * b;
        double invalpha = 1.1239 + 1.1328 / (b - 3.4);
        double vr = 0.9277 - 3.6224 / (b - 2);
        while (true) {
            double u = rng.nextDouble() - 0.5;
            double v = rng.nextDouble();
            double us = 0.5 - Math.abs(u);
            long k = (long) Math.floor((2 * a / us + b) * u + mean + 0.43);
            if (us >= 0.07 && v <= vr) {
                return k;
            }
            if (k < 0 || (us < 0.013 && v > us)) {
                continue;
            }
            double lhs = Math.log(v) + Math.log(invalpha) - Math.log(a / (us * us) + b);
            double rhs = -mean + k * loglam - logFactorial(k);
            if (lhs <= rhs) {
                return k;
            }
        }
    }

    static double logFactorial(long k) {
        if (k < LOG_FACTORIAL.length) {
            return LOG_FACTORIAL[(int) k];
        }
        // Stirling series; error below 1e-10 for k >= 256.
        double x = k + 1.0;
        return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1.0 / (12 * x) - 1.0 / (360 * x * x * x);
    }

    /** Index i with probability weights[i] / total, over the first n entries. */
    public static int categorical(UniformRandomProvider rng, double[] weights, int n, double total) {
        double u = rng.nextDouble() * total;
        double acc = 0;
        int last = -1;
        for (int i = 0; i < n; i++) {
            if (weights[i] > 0) {
                acc += weights[i];
                last = i;
                if (u < acc) {
                    return i;
                }
            }
        }
        if (last < 0) {
            throw new IllegalArgumentException("no positive weight among " + n);
        }
        return last;
    }

    /**
     * The same draw as {@link #categorical} from running sums: cumulative[offset + i] is the sum of the first i + 1
     * weights, total the last of them. Binary search, so a table reused for many draws costs O(log n) per draw, and the
     * index equals the one {@code categorical} returns for the same uniform.
     */
    public static int categoricalCumulative(UniformRandomProvider rng, double[] cumulative, int offset, int n, double total) {
        double u = rng.nextDouble() * total;
        int lo = 0;
        int hi = n - 1;
        if (!(cumulative[offset + hi] > u)) {
            // rounding put u at the total: the last index with a positive weight, as categorical does
            for (int i = hi; i >= 0; i--) {
                if (cumulative[offset + i] > (i == 0 ? 0.0 : cumulative[offset + i - 1])) {
                    return i;
                }
            }
            throw new IllegalArgumentException("no positive weight among " + n);
        }
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[offset + mid] > u) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }
}
