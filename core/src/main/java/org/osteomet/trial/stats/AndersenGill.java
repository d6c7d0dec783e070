package org.osteomet.trial.stats;

import java.util.TreeMap;
import java.util.Map;

/**
 * Andersen-Gill model for recurrent events: a Cox model on counting-process data {@code (start, stop]}, risk
 * set at {@code t} being the rows with {@code start < t <= stop}, with the robust (sandwich) variance of Lin
 * and Wei (1989) clustered by subject: {@code V = I^-1 (sum_s L_s L_s') I^-1} where {@code L_s} is the sum of the
 * score residuals of subject {@code s}'s rows (R {@code coxph(Surv(start, stop, event) ~ x + cluster(id))}).
 * Score residuals are computed consistently with the ties method (Efron or Breslow).
 */
public final class AndersenGill {
    private final CoxModel model;
    private final double[][] robustVariance;
    private final int subjects;

    private AndersenGill(CoxModel model, double[][] robustVariance, int subjects) {
        this.model = model;
        this.robustVariance = robustVariance;
        this.subjects = subjects;
    }

    public static AndersenGill fit(CountingProcessData data) {
        return fit(data, CoxModel.Ties.EFRON);
    }

    public static AndersenGill fit(CountingProcessData data, CoxModel.Ties ties) {
        PartialLikelihood engine = new PartialLikelihood(data.startArray(), data.stopArray(), data.eventArray(),
                data.covariateMatrix(), ties);
        PartialLikelihood.Fit fit = engine.newtonRaphson();
        CoxModel model = new CoxModel(engine, fit, ties);
        double[][] res = engine.scoreResiduals(fit.atMax);
        int p = engine.p;
        Map<Integer, double[]> bySubject = new TreeMap<>(); // summed in subject order, whatever the hash layout
        int[] ids = data.subjectArray();
        for (int i = 0; i < res.length; i++) {
            double[] acc = bySubject.computeIfAbsent(ids[i], k -> new double[p]);
            for (int j = 0; j < p; j++) {
                acc[j] += res[i][j];
            }
        }
        double[][] meat = new double[p][p];
        for (double[] l : bySubject.values()) {
            for (int j = 0; j < p; j++) {
                for (int h = 0; h < p; h++) {
                    meat[j][h] += l[j] * l[h];
                }
            }
        }
        double[][] v = fit.variance;
        double[][] robust = multiply(multiply(v, meat), v);
        return new AndersenGill(model, robust, bySubject.size());
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        int p = a.length;
        double[][] c = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int k = 0; k < p; k++) {
                for (int j = 0; j < p; j++) {
                    c[i][j] += a[i][k] * b[k][j];
                }
            }
        }
        return c;
    }

    /** The underlying fit with model-based (naive) variance and the global LR / Wald / score tests. */
    public CoxModel model() {
        return model;
    }

    public int subjectCount() {
        return subjects;
    }

    public double coefficient(int j) {
        return model.coefficient(j);
    }

    public double hazardRatio(int j) {
        return model.hazardRatio(j);
    }

    public double[][] robustVariance() {
        double[][] c = new double[robustVariance.length][];
        for (int j = 0; j < c.length; j++) {
            c[j] = robustVariance[j].clone();
        }
        return c;
    }

    public double robustStandardError(int j) {
        return Math.sqrt(robustVariance[j][j]);
    }

    public double robustHazardRatioLower(int j) {
        return Math.exp(model.coefficient(j) - Tails.Z975 * robustStandardError(j));
    }

    public double robustHazardRatioUpper(int j) {
        return Math.exp(model.coefficient(j) + Tails.Z975 * robustStandardError(j));
    }

    public double robustZ(int j) {
        return model.coefficient(j) / robustStandardError(j);
    }

    public double robustPValue(int j) {
        return Tails.normalTwoSided(robustZ(j));
    }

    /** Robust Wald statistic {@code beta' V_robust^-1 beta}, chi-square with p degrees of freedom. */
    public double robustWaldStatistic() {
        return PartialLikelihood.quadratic(model.coefficients(), PartialLikelihood.inverse(robustVariance));
    }

    public double robustWaldPValue() {
        return Tails.chiSquareUpper(robustWaldStatistic(), model.covariateCount());
    }
}
