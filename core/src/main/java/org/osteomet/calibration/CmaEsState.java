package org.osteomet.calibration;

/**
 * The search distribution N(m, σ² C) of the CMA-ES and its two evolution paths, in unit coordinates.
 * Everything the next generation depends on besides the generation counter; the eigendecomposition of C is
 * recomputed from C each generation, so it need not be saved.
 *
 * @param mean           m
 * @param sigma          σ, the step size
 * @param covariance     C, symmetric positive definite
 * @param pathSigma      p_σ, conjugate evolution path (step-size control)
 * @param pathCovariance p_c, evolution path (rank-one update)
 */
public record CmaEsState(double[] mean, double sigma, double[][] covariance, double[] pathSigma, double[] pathCovariance) {

    /** m = start, σ = σ₀, C = I, p_σ = p_c = 0 (Hansen 2016, App. A). */
    public static CmaEsState initial(double[] mean, double sigma) {
        int n = mean.length;
        double[][] identity = new double[n][n];
        for (int i = 0; i < n; i++) {
            identity[i][i] = 1.0;
        }
        return new CmaEsState(mean.clone(), sigma, identity, new double[n], new double[n]);
    }

    public int dimension() {
        return mean.length;
    }
}
