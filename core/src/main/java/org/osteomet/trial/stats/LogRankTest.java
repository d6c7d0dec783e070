package org.osteomet.trial.stats;

import java.util.Arrays;
import java.util.TreeSet;

import org.hipparchus.linear.LUDecomposition;
import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;

/**
 * Log-rank (Mantel-Cox) test of equal survival in two or more groups, as R {@code survdiff} with
 * {@code rho = 0}. At each distinct event time with {@code d} events among {@code n} at risk, group {@code g}
 * contributes observed {@code d_g}, expected {@code d n_g / n}, and the hypergeometric covariance
 * {@code V_gh = d (n - d) / (n - 1) * n_g / n * (delta_gh - n_h / n)}. The statistic is
 * {@code (O - E)' V^- (O - E)} over the first {@code K - 1} groups, chi-square with {@code K - 1} degrees of
 * freedom under the null.
 */
public final class LogRankTest {
    private final int[] groupLabels;
    private final int[] groupSizes;
    private final double[] observed;
    private final double[] expected;
    private final double[][] variance;
    private final double statistic;
    private final int degreesOfFreedom;
    private final double pValue;

    private LogRankTest(int[] labels, int[] sizes, double[] o, double[] e, double[][] v, double stat, int df) {
        this.groupLabels = labels;
        this.groupSizes = sizes;
        this.observed = o;
        this.expected = e;
        this.variance = v;
        this.statistic = stat;
        this.degreesOfFreedom = df;
        this.pValue = Tails.chiSquareUpper(stat, df);
    }

    /** Test across the groups of {@code data} (which must have a group index with at least two groups). */
    public static LogRankTest test(SurvivalData data) {
        if (!data.hasGroups()) {
            throw new IllegalArgumentException("log-rank test needs survival data with a group index");
        }
        int n = data.size();
        TreeSet<Integer> distinct = new TreeSet<>();
        for (int i = 0; i < n; i++) {
            distinct.add(data.group(i));
        }
        int k = distinct.size();
        if (k < 2) {
            throw new IllegalArgumentException("log-rank test needs at least two groups, got " + k);
        }
        int[] labels = distinct.stream().mapToInt(Integer::intValue).toArray();
        int[] gi = new int[n];
        int[] sizes = new int[k];
        for (int i = 0; i < n; i++) {
            gi[i] = Arrays.binarySearch(labels, data.group(i));
            sizes[gi[i]]++;
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(data.time(a), data.time(b)));

        double[] o = new double[k];
        double[] e = new double[k];
        double[][] v = new double[k][k];
        int[] atRisk = sizes.clone();
        int total = n;
        int[] deaths = new int[k];
        int[] leaving = new int[k];
        int i = 0;
        while (i < n) {
            double t = data.time(order[i]);
            Arrays.fill(deaths, 0);
            Arrays.fill(leaving, 0);
            int d = 0;
            int left = 0;
            while (i < n && data.time(order[i]) == t) {
                int g = gi[order[i]];
                if (data.event(order[i])) {
                    deaths[g]++;
                    d++;
                }
                leaving[g]++;
                left++;
                i++;
            }
            if (d > 0) {
                double nn = total;
                for (int g = 0; g < k; g++) {
                    o[g] += deaths[g];
                    e[g] += d * atRisk[g] / nn;
                }
                if (total > 1) {
                    double f = d * (nn - d) / (nn - 1);
                    for (int g = 0; g < k; g++) {
                        double pg = atRisk[g] / nn;
                        for (int h = 0; h < k; h++) {
                            double ph = atRisk[h] / nn;
                            v[g][h] += f * pg * ((g == h ? 1.0 : 0.0) - ph);
                        }
                    }
                }
            }
            for (int g = 0; g < k; g++) {
                atRisk[g] -= leaving[g];
            }
            total -= left;
        }
        int df = k - 1;
        double stat = quadraticForm(o, e, v, df);
        return new LogRankTest(labels, sizes, o, e, v, stat, df);
    }

    private static double quadraticForm(double[] o, double[] e, double[][] v, int m) {
        double[] diff = new double[m];
        double[][] vv = new double[m][m];
        boolean allZero = true;
        for (int g = 0; g < m; g++) {
            diff[g] = o[g] - e[g];
            allZero &= Math.abs(diff[g]) < 1e-12 * Math.max(1, Math.abs(e[g]));
            for (int h = 0; h < m; h++) {
                vv[g][h] = v[g][h];
            }
        }
        if (allZero) {
            return 0.0;
        }
        RealMatrix vm = MatrixUtils.createRealMatrix(vv);
        LUDecomposition lu = new LUDecomposition(vm);
        if (!lu.getSolver().isNonSingular()) {
            throw new IllegalStateException("log-rank variance matrix is singular (a group has no one at risk "
                    + "at any event time?)");
        }
        double[] w = lu.getSolver().solve(MatrixUtils.createRealVector(diff)).toArray();
        double s = 0;
        for (int g = 0; g < m; g++) {
            s += diff[g] * w[g];
        }
        return s;
    }

    /** Chi-square statistic. */
    public double statistic() {
        return statistic;
    }

    public int degreesOfFreedom() {
        return degreesOfFreedom;
    }

    /** Upper chi-square tail probability of the statistic. */
    public double pValue() {
        return pValue;
    }

    /** Group labels (sorted ascending); the other arrays are in this order. */
    public int[] groupLabels() {
        return groupLabels.clone();
    }

    public int[] groupSizes() {
        return groupSizes.clone();
    }

    public double[] observed() {
        return observed.clone();
    }

    public double[] expected() {
        return expected.clone();
    }

    /** Full K x K variance matrix of O - E. */
    public double[][] variance() {
        double[][] c = new double[variance.length][];
        for (int g = 0; g < c.length; g++) {
            c[g] = variance[g].clone();
        }
        return c;
    }
}
