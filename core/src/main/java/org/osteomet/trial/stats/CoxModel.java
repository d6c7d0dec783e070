package org.osteomet.trial.stats;

/**
 * Cox proportional hazards model fitted by Newton-Raphson (with step halving) on the log partial likelihood,
 * starting from beta = 0 and stopping when the relative change in log likelihood is below 1e-9 (R coxph's
 * criterion). Ties: {@link Ties#EFRON} (the default, as in R {@code coxph}) or {@link Ties#BRESLOW}.
 *
 * <p>Reports coefficients, model-based standard errors (square roots of the diagonal of the inverse observed
 * information at the maximum), hazard ratios with 95% intervals {@code exp(beta +- 1.959964 se)}, per
 * coefficient Wald z and two-sided p-values, and the three global tests (p degrees of freedom): likelihood
 * ratio {@code 2 (l(beta) - l(0))}, Wald {@code beta' I(beta) beta}, score {@code U(0)' I(0)^-1 U(0)}. With
 * Breslow ties, a single group indicator and no tied event times the score test equals the log-rank test
 * (with ties the log-rank variance has the hypergeometric factor (n - d)/(n - 1) and they differ).
 */
public final class CoxModel {
    /** Handling of tied event times. */
    public enum Ties {
        /** Efron (1977) approximation; R coxph default. */
        EFRON,
        /** Breslow (1974) approximation. */
        BRESLOW
    }

    private final Ties ties;
    private final int n;
    private final int events;
    private final double[] beta;
    private final double[][] variance;
    private final double logLik;
    private final double logLikNull;
    private final double scoreStatistic;
    private final int iterations;
    private final boolean converged;

    CoxModel(PartialLikelihood engine, PartialLikelihood.Fit fit, Ties ties) {
        this.ties = ties;
        this.n = engine.n;
        this.events = engine.eventCount;
        this.beta = fit.atMax.beta.clone();
        this.variance = fit.variance;
        this.logLik = fit.atMax.loglik;
        this.logLikNull = fit.atNull.loglik;
        this.scoreStatistic = PartialLikelihood.quadratic(fit.atNull.u, PartialLikelihood.inverse(fit.atNull.info));
        this.iterations = fit.iterations;
        this.converged = fit.converged;
    }

    /** Fit with Efron ties, using all covariates of {@code data}. */
    public static CoxModel fit(SurvivalData data) {
        return fit(data, Ties.EFRON);
    }

    public static CoxModel fit(SurvivalData data, Ties ties) {
        if (!data.hasCovariates() || data.covariateCount() == 0) {
            throw new IllegalArgumentException("Cox model needs survival data with at least one covariate");
        }
        PartialLikelihood engine = new PartialLikelihood(null, data.times(), data.events(), data.covariateMatrix(),
                ties);
        return new CoxModel(engine, engine.newtonRaphson(), ties);
    }

    public Ties ties() {
        return ties;
    }

    /** Number of observations (rows). */
    public int size() {
        return n;
    }

    public int eventCount() {
        return events;
    }

    public int covariateCount() {
        return beta.length;
    }

    public double[] coefficients() {
        return beta.clone();
    }

    public double coefficient(int j) {
        return beta[j];
    }

    /** Model-based variance matrix (inverse observed information at the maximum). */
    public double[][] variance() {
        double[][] c = new double[variance.length][];
        for (int j = 0; j < c.length; j++) {
            c[j] = variance[j].clone();
        }
        return c;
    }

    public double standardError(int j) {
        return Math.sqrt(variance[j][j]);
    }

    public double[] standardErrors() {
        double[] se = new double[beta.length];
        for (int j = 0; j < se.length; j++) {
            se[j] = standardError(j);
        }
        return se;
    }

    public double hazardRatio(int j) {
        return Math.exp(beta[j]);
    }

    public double hazardRatioLower(int j) {
        return Math.exp(beta[j] - Tails.Z975 * standardError(j));
    }

    public double hazardRatioUpper(int j) {
        return Math.exp(beta[j] + Tails.Z975 * standardError(j));
    }

    /** Wald z = beta / se. */
    public double z(int j) {
        return beta[j] / standardError(j);
    }

    /** Two-sided normal p-value of the Wald z. */
    public double pValue(int j) {
        return Tails.normalTwoSided(z(j));
    }

    /** Log partial likelihood at the estimate. */
    public double logLikelihood() {
        return logLik;
    }

    /** Log partial likelihood at beta = 0. */
    public double logLikelihoodNull() {
        return logLikNull;
    }

    public int degreesOfFreedom() {
        return beta.length;
    }

    public double likelihoodRatioStatistic() {
        return 2 * (logLik - logLikNull);
    }

    public double likelihoodRatioPValue() {
        return Tails.chiSquareUpper(likelihoodRatioStatistic(), beta.length);
    }

    public double waldStatistic() {
        return PartialLikelihood.quadratic(beta, PartialLikelihood.inverse(variance));
    }

    public double waldPValue() {
        return Tails.chiSquareUpper(waldStatistic(), beta.length);
    }

    public double scoreStatistic() {
        return scoreStatistic;
    }

    public double scorePValue() {
        return Tails.chiSquareUpper(scoreStatistic, beta.length);
    }

    public int iterations() {
        return iterations;
    }

    /** False if Newton-Raphson hit its iteration cap (e.g. monotone likelihood, infinite beta). */
    public boolean converged() {
        return converged;
    }
}
