package org.osteomet.calibration;

import java.util.Comparator;
import java.util.stream.IntStream;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.NormalizedGaussianSampler;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * One generation of the (μ/μ_w, λ)-CMA-ES on the unit box [0, 1]ⁿ, following the algorithm summary of
 * Hansen 2016 (arXiv:1604.00772, App. A). Candidates leaving the box are mirrored back into it at the
 * bounds (reflection), and the update learns from the mirrored points, the ones actually evaluated.
 * Stateless apart from its constants: the distribution is passed in and a new one returned.
 */
public final class CmaEs {

    /** h_σ threshold factor: ‖p_σ‖ / √(1 − (1 − c_σ)^(2(g+1))) < (1.4 + 2/(n+1)) E‖N(0,I)‖ (App. A). */
    private static final double H_SIGMA_BASE = 1.4;
    /**
     * A step size of a few box widths already makes the mirrored samples uniform over the box; the cap only
     * keeps σ finite on a flat loss, where the step-size control would grow it without bound.
     */
    static final double MAX_SIGMA = 4.0;

    private final CmaEsConstants constants;

    public CmaEs(int dimension, int populationSize) {
        this.constants = CmaEsConstants.of(dimension, populationSize);
    }

    public CmaEsConstants constants() {
        return constants;
    }

    /** λ candidates x_k = reflect(m + σ B D z_k), z_k ~ N(0, I) drawn from {@code rng}, in unit coordinates. */
    double[][] sample(CmaEsState s, CovarianceFactors factors, UniformRandomProvider rng) {
        NormalizedGaussianSampler gaussian = ZigguratSampler.NormalizedGaussian.of(rng);
        int n = constants.dimension();
        double[][] out = new double[constants.lambda()][n];
        double[] z = new double[n];
        for (int k = 0; k < out.length; k++) {
            for (int i = 0; i < n; i++) {
                z[i] = gaussian.sample();
            }
            double[] y = factors.correlate(z);
            for (int i = 0; i < n; i++) {
                out[k][i] = reflect(s.mean()[i] + s.sigma() * y[i]);
            }
        }
        return out;
    }

    /**
     * The distribution after a generation (Hansen 2016, App. A: selection and recombination, step-size
     * control, covariance matrix adaptation).
     *
     * @param generation  g, the number of generations completed before this one
     * @param candidates  the sampled points, unit coordinates
     * @param losses      their losses, same order
     */
    CmaEsState update(CmaEsState s, CovarianceFactors factors, int generation, double[][] candidates,
                      double[] losses) {
        int n = constants.dimension();
        int mu = constants.mu();
        double[] m = s.mean();
        double sigma = s.sigma();

        // Selection and recombination: y_i:λ = (x_i:λ − m) / σ, ⟨y⟩_w = Σ w_i y_i:λ, m ← m + σ⟨y⟩_w (c_m = 1).
        int[] order = ranking(losses);
        double[][] steps = new double[mu][n];
        double[] meanStep = new double[n];
        for (int r = 0; r < mu; r++) {
            double[] x = candidates[order[r]];
            for (int i = 0; i < n; i++) {
                steps[r][i] = (x[i] - m[i]) / sigma;
                meanStep[i] += constants.weight(r) * steps[r][i];
            }
        }
        double[] newMean = new double[n];
        for (int i = 0; i < n; i++) {
            newMean[i] = m[i] + sigma * meanStep[i];
        }

        // Step-size control: p_σ ← (1 − c_σ) p_σ + √(c_σ(2 − c_σ)μ_eff) C^(-1/2) ⟨y⟩_w.
        double cs = constants.cSigma();
        double pathSigmaGain = Math.sqrt(cs * (2 - cs) * constants.muEff());
        double[] whitened = factors.whiten(meanStep);
        double[] pathSigma = new double[n];
        double pathSigmaNormSquared = 0;
        for (int i = 0; i < n; i++) {
            pathSigma[i] = (1 - cs) * s.pathSigma()[i] + pathSigmaGain * whitened[i];
            pathSigmaNormSquared += pathSigma[i] * pathSigma[i];
        }
        double pathSigmaNorm = Math.sqrt(pathSigmaNormSquared);
        double newSigma = Math.min(MAX_SIGMA,
                sigma * StrictMath.exp(cs / constants.dSigma() * (pathSigmaNorm / constants.chiN() - 1)));

        // Covariance path, stalled (h_σ = 0) while p_σ is long, so C does not grow too fast after a big step.
        double pathBias = Math.sqrt(1 - StrictMath.pow(1 - cs, 2.0 * (generation + 1)));
        boolean hSigma = pathSigmaNorm / pathBias < (H_SIGMA_BASE + 2.0 / (n + 1)) * constants.chiN();
        double cc = constants.cC();
        double pathGain = hSigma ? Math.sqrt(cc * (2 - cc) * constants.muEff()) : 0.0;
        double[] pathCov = new double[n];
        for (int i = 0; i < n; i++) {
            pathCov[i] = (1 - cc) * s.pathCovariance()[i] + pathGain * meanStep[i];
        }

        // C ← (1 + c_1 δ(h_σ) − c_1 − c_μ Σw) C + c_1 p_c p_cᵀ + c_μ Σ w_i y_i:λ y_i:λᵀ, with Σw = 1 and
        // δ(h_σ) = (1 − h_σ) c_c (2 − c_c). Only the upper triangle is computed: C stays exactly symmetric.
        double c1 = constants.c1();
        double cMu = constants.cMu();
        double deltaH = hSigma ? 0.0 : cc * (2 - cc);
        double keep = 1 + c1 * deltaH - c1 - cMu;
        double[][] c = s.covariance();
        double[][] newC = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double rankMu = 0;
                for (int r = 0; r < mu; r++) {
                    rankMu += constants.weight(r) * steps[r][i] * steps[r][j];
                }
                double v = keep * c[i][j] + c1 * pathCov[i] * pathCov[j] + cMu * rankMu;
                newC[i][j] = v;
                newC[j][i] = v;
            }
        }
        return new CmaEsState(newMean, newSigma, newC, pathSigma, pathCov);
    }

    /** Candidate indices from best to worst; NaN counts as +infinity and ties keep candidate order. */
    static int[] ranking(double[] losses) {
        return IntStream.range(0, losses.length).boxed()
                .sorted(Comparator.comparingDouble((Integer k) -> comparableLoss(losses[k])))
                .mapToInt(Integer::intValue)
                .toArray();
    }

    static double comparableLoss(double loss) {
        return Double.isNaN(loss) ? Double.POSITIVE_INFINITY : loss;
    }

    /** Mirrors a coordinate into [0, 1] at its bounds, as often as needed (period 2). */
    static double reflect(double x) {
        double folded = x - 2 * Math.floor(x / 2);
        return folded <= 1 ? folded : 2 - folded;
    }
}
