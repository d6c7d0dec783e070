package org.osteomet.trial.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.DecompositionSolver;
import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;

/**
 * Cox partial likelihood for counting-process data {@code (start, stop]} (plain right-censored data is the
 * special case with no start), with Breslow or Efron handling of tied event times. Risk set at event time
 * {@code t}: rows with {@code start < t <= stop}. Covariates are centred on their means (as R coxph does);
 * this leaves coefficients and the log partial likelihood unchanged and keeps exp() well scaled.
 */
final class PartialLikelihood {
    static final int MAX_ITER = 50;
    static final double EPS = 1e-9;

    final int n;
    final int p;
    private final double[] start;
    private final double[] stop;
    private final boolean[] event;
    private final double[][] x;
    private final CoxModel.Ties ties;
    private final double[] eventTimes;
    private final int[][] deathsAt;
    private final int[] byStopDesc;
    private final int[] byStartDesc;
    final int eventCount;

    /** Value, gradient and information (negative Hessian) at one beta, plus terms for score residuals. */
    static final class Eval {
        double loglik;
        double[] u;
        double[][] info;
        double[] beta;
        double[] a;
        double[][] b;
        double[] aTie;
        double[][] bTie;
        double[][] xbarMean;
    }

    /** Result of Newton-Raphson. */
    static final class Fit {
        Eval atNull;
        Eval atMax;
        double[][] variance;
        int iterations;
        boolean converged;
    }

    PartialLikelihood(double[] start, double[] stop, boolean[] event, double[][] covariates, CoxModel.Ties ties) {
        this.n = stop.length;
        if (n == 0) {
            throw new IllegalArgumentException("no observations");
        }
        this.p = covariates[0].length;
        if (p == 0) {
            throw new IllegalArgumentException("Cox model needs at least one covariate");
        }
        if (ties == null) {
            throw new IllegalArgumentException("ties method must not be null");
        }
        this.start = start;
        this.stop = stop;
        this.event = event;
        this.ties = ties;
        double[] mean = new double[p];
        for (double[] row : covariates) {
            for (int j = 0; j < p; j++) {
                mean[j] += row[j] / n;
            }
        }
        this.x = new double[n][p];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                x[i][j] = covariates[i][j] - mean[j];
            }
        }
        TreeSet<Double> et = new TreeSet<>();
        int ec = 0;
        for (int i = 0; i < n; i++) {
            if (event[i]) {
                et.add(stop[i]);
                ec++;
            }
        }
        if (ec == 0) {
            throw new IllegalArgumentException("Cox model needs at least one event");
        }
        this.eventCount = ec;
        this.eventTimes = et.stream().mapToDouble(Double::doubleValue).toArray();
        List<List<Integer>> deaths = new ArrayList<>();
        for (int k = 0; k < eventTimes.length; k++) {
            deaths.add(new ArrayList<>());
        }
        for (int i = 0; i < n; i++) {
            if (event[i]) {
                deaths.get(Arrays.binarySearch(eventTimes, stop[i])).add(i);
            }
        }
        this.deathsAt = new int[eventTimes.length][];
        for (int k = 0; k < eventTimes.length; k++) {
            deathsAt[k] = deaths.get(k).stream().mapToInt(Integer::intValue).toArray();
        }
        this.byStopDesc = sortDesc(stop);
        this.byStartDesc = start == null ? null : sortDesc(start);
    }

    private static int[] sortDesc(double[] v) {
        return java.util.stream.IntStream.range(0, v.length).boxed()
                .sorted((a, b) -> Double.compare(v[b], v[a])).mapToInt(Integer::intValue).toArray();
    }

    Eval evaluate(double[] beta) {
        double[] eta = new double[n];
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            double s = 0;
            for (int j = 0; j < p; j++) {
                s += x[i][j] * beta[j];
            }
            eta[i] = s;
            w[i] = Math.exp(s);
        }
        int m = eventTimes.length;
        Eval ev = new Eval();
        ev.beta = beta.clone();
        ev.u = new double[p];
        ev.info = new double[p][p];
        ev.a = new double[m];
        ev.b = new double[m][p];
        ev.aTie = new double[m];
        ev.bTie = new double[m][p];
        ev.xbarMean = new double[m][p];
        double s0 = 0;
        double[] s1 = new double[p];
        double[][] s2 = new double[p][p];
        double[] d1 = new double[p];
        double[][] d2 = new double[p][p];
        double[] xbar = new double[p];
        int add = 0;
        int rem = 0;
        double loglik = 0;
        for (int k = m - 1; k >= 0; k--) {
            double t = eventTimes[k];
            while (add < n && stop[byStopDesc[add]] >= t) {
                int i = byStopDesc[add++];
                s0 += w[i];
                accumulate(s1, s2, x[i], w[i]);
            }
            if (start != null) {
                while (rem < n && start[byStartDesc[rem]] >= t) {
                    int i = byStartDesc[rem++];
                    s0 -= w[i];
                    accumulate(s1, s2, x[i], -w[i]);
                }
            }
            int[] dk = deathsAt[k];
            int d = dk.length;
            double d0 = 0;
            Arrays.fill(d1, 0);
            for (double[] row : d2) {
                Arrays.fill(row, 0);
            }
            for (int i : dk) {
                d0 += w[i];
                accumulate(d1, d2, x[i], w[i]);
                loglik += eta[i];
                for (int j = 0; j < p; j++) {
                    ev.u[j] += x[i][j];
                }
            }
            for (int l = 0; l < d; l++) {
                double f = ties == CoxModel.Ties.EFRON ? (double) l / d : 0.0;
                double z0 = s0 - f * d0;
                loglik -= Math.log(z0);
                for (int j = 0; j < p; j++) {
                    xbar[j] = (s1[j] - f * d1[j]) / z0;
                    ev.u[j] -= xbar[j];
                }
                for (int j = 0; j < p; j++) {
                    for (int h = 0; h < p; h++) {
                        ev.info[j][h] += (s2[j][h] - f * d2[j][h]) / z0 - xbar[j] * xbar[h];
                    }
                }
                double c = 1.0 - f;
                ev.a[k] += 1.0 / z0;
                ev.aTie[k] += c / z0;
                for (int j = 0; j < p; j++) {
                    ev.b[k][j] += xbar[j] / z0;
                    ev.bTie[k][j] += c * xbar[j] / z0;
                    ev.xbarMean[k][j] += xbar[j] / d;
                }
            }
        }
        ev.loglik = loglik;
        return ev;
    }

    private void accumulate(double[] s1, double[][] s2, double[] xi, double wi) {
        for (int j = 0; j < p; j++) {
            double v = wi * xi[j];
            s1[j] += v;
            for (int h = 0; h < p; h++) {
                s2[j][h] += v * xi[h];
            }
        }
    }

    Fit newtonRaphson() {
        Fit fit = new Fit();
        double[] beta = new double[p];
        Eval cur = evaluate(beta);
        fit.atNull = cur;
        fit.converged = false;
        int iter = 0;
        while (iter < MAX_ITER) {
            iter++;
            double[] delta = solve(cur.info, cur.u);
            double[] nb = new double[p];
            for (int j = 0; j < p; j++) {
                nb[j] = beta[j] + delta[j];
            }
            Eval ne = evaluate(nb);
            int halvings = 0;
            while ((Double.isNaN(ne.loglik) || ne.loglik < cur.loglik) && halvings < 30) {
                for (int j = 0; j < p; j++) {
                    nb[j] = (beta[j] + nb[j]) / 2;
                }
                ne = evaluate(nb);
                halvings++;
            }
            boolean done = Math.abs(ne.loglik - cur.loglik) <= EPS * Math.abs(cur.loglik)
                    || Math.abs(ne.loglik - cur.loglik) < 1e-14;
            beta = nb;
            cur = ne;
            if (done) {
                fit.converged = true;
                break;
            }
        }
        fit.iterations = iter;
        fit.atMax = cur;
        fit.variance = inverse(cur.info);
        return fit;
    }

    /** Score residuals (one row per observation, p columns) at the given evaluation. */
    double[][] scoreResiduals(Eval ev) {
        int m = eventTimes.length;
        double[] ca = new double[m + 1];
        double[][] cb = new double[m + 1][p];
        for (int k = 0; k < m; k++) {
            ca[k + 1] = ca[k] + ev.a[k];
            for (int j = 0; j < p; j++) {
                cb[k + 1][j] = cb[k][j] + ev.b[k][j];
            }
        }
        double[][] res = new double[n][p];
        for (int i = 0; i < n; i++) {
            double wi = 0;
            for (int j = 0; j < p; j++) {
                wi += x[i][j] * ev.beta[j];
            }
            wi = Math.exp(wi);
            int hi = upperIndex(stop[i]);
            int lo = start == null ? 0 : upperIndex(start[i]);
            double sa = ca[hi] - ca[lo];
            for (int j = 0; j < p; j++) {
                res[i][j] = -wi * (x[i][j] * sa - (cb[hi][j] - cb[lo][j]));
            }
            if (event[i]) {
                int k = hi - 1;
                for (int j = 0; j < p; j++) {
                    res[i][j] += wi * (x[i][j] * ev.a[k] - ev.b[k][j]) - wi * (x[i][j] * ev.aTie[k] - ev.bTie[k][j])
                            + x[i][j] - ev.xbarMean[k][j];
                }
            }
        }
        return res;
    }

    /** Number of event times &le; t. */
    private int upperIndex(double t) {
        int idx = Arrays.binarySearch(eventTimes, t);
        return idx >= 0 ? idx + 1 : -idx - 1;
    }

    static double[] solve(double[][] a, double[] b) {
        return solver(a).solve(MatrixUtils.createRealVector(b)).toArray();
    }

    static double[][] inverse(double[][] a) {
        return solver(a).getInverse().getData();
    }

    private static DecompositionSolver solver(double[][] a) {
        RealMatrix m = MatrixUtils.createRealMatrix(a);
        try {
            return new CholeskyDecomposition(m, 1e-12, 1e-14).getSolver();
        } catch (RuntimeException notPositiveDefinite) {
            DecompositionSolver s = new LUDecomposition(m).getSolver();
            if (!s.isNonSingular()) {
                throw new IllegalStateException("information matrix is singular: a covariate is constant or "
                        + "collinear with others among the subjects at risk");
            }
            return s;
        }
    }

    static double quadratic(double[] v, double[][] a) {
        double s = 0;
        for (int j = 0; j < v.length; j++) {
            for (int h = 0; h < v.length; h++) {
                s += v[j] * a[j][h] * v[h];
            }
        }
        return s;
    }
}
