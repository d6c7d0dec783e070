package org.osteomet.calibration;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * A small stochastic model standing in for the simulator: a cohort of tumours growing by Gompertz's law
 * log V(t) = log V₀ + (α_i / β)(1 − e^(−βt)), with a per-patient growth rate α_i = α e^(s z_i) and a
 * measurement error ε on every log volume. The summaries are the cohort's mean and standard deviation of
 * log volume at each visit. All noise (z, ε) is drawn once from the model seed: common random numbers, so
 * the loss is a smooth deterministic function of (α, β, s).
 */
final class GompertzCohortModel {

    static final double[] VISIT_MONTHS = {0, 6, 12, 18, 24, 30, 36, 42, 48, 54, 60};
    private static final double LOG_INITIAL_VOLUME = 0.0;
    private static final double MEASUREMENT_SD = 0.2;

    private final double[] rateNoise;
    private final double[][] measurementNoise;

    GompertzCohortModel(int patients, long seed) {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(seed);
        NormalizedGaussianSampler gaussian = ZigguratSampler.NormalizedGaussian.of(rng);
        rateNoise = new double[patients];
        measurementNoise = new double[patients][VISIT_MONTHS.length];
        for (int i = 0; i < patients; i++) {
            rateNoise[i] = gaussian.sample();
            for (int j = 0; j < VISIT_MONTHS.length; j++) {
                measurementNoise[i][j] = MEASUREMENT_SD * gaussian.sample();
            }
        }
    }

    /** Mean (first half) and standard deviation (second half) of log volume at each visit. */
    double[] summaries(double alpha, double beta, double heterogeneity) {
        int visits = VISIT_MONTHS.length;
        double[] sum = new double[visits];
        double[] sumSquares = new double[visits];
        for (int i = 0; i < rateNoise.length; i++) {
            double rate = alpha * Math.exp(heterogeneity * rateNoise[i]);
            for (int j = 0; j < visits; j++) {
                double logVolume = LOG_INITIAL_VOLUME + rate / beta * (1 - Math.exp(-beta * VISIT_MONTHS[j]))
                        + measurementNoise[i][j];
                sum[j] += logVolume;
                sumSquares[j] += logVolume * logVolume;
            }
        }
        int n = rateNoise.length;
        double[] out = new double[2 * visits];
        for (int j = 0; j < visits; j++) {
            double mean = sum[j] / n;
            out[j] = mean;
            out[visits + j] = Math.sqrt(Math.max(0, sumSquares[j] / n - mean * mean));
        }
        return out;
    }

    /** Squared distance of the model's summaries at (α, β, s) from observed ones. */
    LossFunction lossAgainst(double[] observed) {
        return x -> {
            double[] simulated = summaries(x[0], x[1], x[2]);
            double s = 0;
            for (int k = 0; k < simulated.length; k++) {
                double d = simulated[k] - observed[k];
                s += d * d;
            }
            return s;
        };
    }

    static SearchSpace searchSpace() {
        return SearchSpace.of(
                BoundedParameter.log("growth_rate", 0.01, 2.0, 0.1),
                BoundedParameter.log("deceleration", 0.001, 0.5, 0.01),
                BoundedParameter.linear("heterogeneity", 0.0, 1.0, 0.5));
    }
}
