package org.osteomet.calibration;

/**
 * Strategy parameters of the (μ/μ_w, λ)-CMA-ES, all derived from the dimension n and population size λ with
 * the defaults of Hansen, "The CMA Evolution Strategy: A Tutorial", 2016, arXiv:1604.00772, Table 1.
 * Only the μ best candidates get (positive) recombination weights; the active variant's negative weights
 * are not used.
 *
 * @param dimension  n
 * @param lambda     λ, candidates per generation
 * @param mu         μ, candidates recombined into the new mean
 * @param weights    w_1 ≥ … ≥ w_μ > 0, summing to 1
 * @param muEff      variance-effective selection mass μ_eff = 1 / Σ w_i²
 * @param cSigma     c_σ, learning rate of the step-size path
 * @param dSigma     d_σ, damping of the step-size change
 * @param cC         c_c, learning rate of the covariance path
 * @param c1         c_1, rank-one update rate
 * @param cMu        c_μ, rank-μ update rate
 * @param chiN       E‖N(0, I)‖, the expected length of a standard normal vector
 */
public record CmaEsConstants(int dimension, int lambda, int mu, double[] weights, double muEff, double cSigma,
                             double dSigma, double cC, double c1, double cMu, double chiN) {

    /** λ = 4 + ⌊3 ln n⌋ (Table 1). */
    private static final int LAMBDA_BASE = 4;
    private static final double LAMBDA_LOG_FACTOR = 3.0;
    /** α_cov = 2 in c_1 and c_μ (Table 1). */
    private static final double ALPHA_COV = 2.0;
    /** c_1 = α_cov / ((n + 1.3)² + μ_eff) (Table 1). */
    private static final double C1_DIMENSION_SHIFT = 1.3;
    /** The smallest population the weights and learning rates are defined for. */
    private static final int MIN_LAMBDA = 2;

    public static int defaultPopulationSize(int dimension) {
        return LAMBDA_BASE + (int) Math.floor(LAMBDA_LOG_FACTOR * StrictMath.log(dimension));
    }

    public static CmaEsConstants of(int n, int lambda) {
        if (n < 1) {
            throw new IllegalArgumentException("dimension must be at least 1, got " + n);
        }
        if (lambda < MIN_LAMBDA) {
            throw new IllegalArgumentException("population size must be at least " + MIN_LAMBDA + ", got " + lambda);
        }
        int mu = lambda / 2;
        // w'_i = ln((λ + 1) / 2) − ln i, normalised to sum 1 (Table 1, positive part).
        double[] w = new double[mu];
        double sum = 0;
        for (int i = 0; i < mu; i++) {
            w[i] = StrictMath.log((lambda + 1) / 2.0) - StrictMath.log(i + 1);
            sum += w[i];
        }
        double sumSquares = 0;
        for (int i = 0; i < mu; i++) {
            w[i] /= sum;
            sumSquares += w[i] * w[i];
        }
        double muEff = 1.0 / sumSquares;

        double cSigma = (muEff + 2) / (n + muEff + 5);
        double dSigma = 1 + 2 * Math.max(0, Math.sqrt((muEff - 1) / (n + 1)) - 1) + cSigma;
        double cC = (4 + muEff / n) / (n + 4 + 2 * muEff / n);
        double c1 = ALPHA_COV / ((n + C1_DIMENSION_SHIFT) * (n + C1_DIMENSION_SHIFT) + muEff);
        double cMu = Math.min(1 - c1,
                ALPHA_COV * (muEff - 2 + 1 / muEff) / ((n + 2.0) * (n + 2.0) + ALPHA_COV * muEff / 2));
        // E‖N(0, I)‖ ≈ √n (1 − 1/(4n) + 1/(21n²)) (Hansen 2016, App. A).
        double chiN = Math.sqrt(n) * (1 - 1.0 / (4 * n) + 1.0 / (21.0 * n * n));
        return new CmaEsConstants(n, lambda, mu, w, muEff, cSigma, dSigma, cC, c1, cMu, chiN);
    }

    public double[] weights() {
        return weights.clone();
    }

    double weight(int rank) {
        return weights[rank];
    }
}
