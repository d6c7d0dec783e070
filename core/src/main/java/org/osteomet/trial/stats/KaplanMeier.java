package org.osteomet.trial.stats;

import java.util.Arrays;

/**
 * Kaplan-Meier product-limit estimate of the survival function for right-censored data, with Greenwood
 * variance and pointwise confidence intervals.
 *
 * <p>The step function is reported at the distinct event times {@code t_1 < ... < t_k}: number at risk
 * {@code n_j} (time &ge; t_j), number of events {@code d_j}, survival {@code S(t_j) = prod (1 - d_i/n_i)} and
 * Greenwood variance {@code Var S = S^2 sum d_i / (n_i (n_i - d_i))}. A censoring time tied with an event time
 * counts the censored subject as at risk at that time (the usual convention, as in R {@code survfit}).
 *
 * <p>Confidence intervals default to {@link ConfType#LOG}, which is R {@code survfit}'s default
 * {@code conf.type = "log"}: {@code S exp(+-z se)} with {@code se = sqrt(sum d/(n(n-d)))} the Greenwood
 * standard error of {@code log S}, upper limit clipped to 1. {@link ConfType#LOG_LOG} and {@link ConfType#PLAIN}
 * are available. Where {@code S = 0} the interval is reported as [0, 0].
 *
 * <p>The median (and any quantile) follows R {@code quantile.survfit}: the smallest time with
 * {@code S(t) <= 0.5}; if {@code S} equals 0.5 exactly on a flat stretch, the midpoint of that stretch (to the
 * next event time). Its 95% confidence interval is the Brookmeyer-Crowley construction as R implements it:
 * the same rule applied to the lower and to the upper pointwise confidence curves (of the chosen
 * {@code ConfType}), giving the lower and the upper limit respectively (the set of times t whose pointwise
 * interval for S(t) contains 0.5). Limits not reached are NaN (R's NA).
 */
public final class KaplanMeier {
    /** Transformation for the pointwise confidence interval. */
    public enum ConfType {
        /** Linear in S: {@code S +- z sd(S)}, clipped to [0, 1]. */
        PLAIN,
        /** Log S (R survfit default): {@code S exp(+- z se(log S))}, upper clipped to 1. */
        LOG,
        /** log(-log S): {@code S^exp(+- z se(log S)/log S)}. */
        LOG_LOG
    }

    private static final double TOLERANCE = Math.sqrt(Math.ulp(1.0));

    private final int n;
    private final double[] times;
    private final int[] atRisk;
    private final int[] events;
    private final double[] survival;
    private final double[] greenwoodSum;
    private final double[] lower;
    private final double[] upper;
    private final double confLevel;
    private final ConfType confType;
    private final double lastTime;

    private KaplanMeier(int n, double[] times, int[] atRisk, int[] events, double[] survival,
            double[] greenwoodSum, double confLevel, ConfType confType, double lastTime) {
        this.n = n;
        this.times = times;
        this.atRisk = atRisk;
        this.events = events;
        this.survival = survival;
        this.greenwoodSum = greenwoodSum;
        this.confLevel = confLevel;
        this.confType = confType;
        this.lastTime = lastTime;
        int k = times.length;
        this.lower = new double[k];
        this.upper = new double[k];
        double z = confLevel == 0.95 ? Tails.Z975
                : new org.hipparchus.distribution.continuous.NormalDistribution(0, 1)
                        .inverseCumulativeProbability(0.5 + confLevel / 2);
        for (int j = 0; j < k; j++) {
            double[] ci = interval(survival[j], greenwoodSum[j], z, confType);
            lower[j] = ci[0];
            upper[j] = ci[1];
        }
    }

    /** Fit with 95% log-transformed confidence intervals (R survfit defaults). */
    public static KaplanMeier fit(SurvivalData data) {
        return fit(data, 0.95, ConfType.LOG);
    }

    public static KaplanMeier fit(SurvivalData data, double confLevel, ConfType confType) {
        if (!(confLevel > 0 && confLevel < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1), got " + confLevel);
        }
        if (confType == null) {
            throw new IllegalArgumentException("confType must not be null");
        }
        int n = data.size();
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(data.time(a), data.time(b)));
        double[] t = new double[n];
        int[] d = new int[n];
        int[] r = new int[n];
        int k = 0;
        int remaining = n;
        int i = 0;
        double last = 0;
        while (i < n) {
            double ti = data.time(order[i]);
            last = ti;
            int deaths = 0;
            int leaving = 0;
            while (i < n && data.time(order[i]) == ti) {
                if (data.event(order[i])) {
                    deaths++;
                }
                leaving++;
                i++;
            }
            if (deaths > 0) {
                t[k] = ti;
                d[k] = deaths;
                r[k] = remaining;
                k++;
            }
            remaining -= leaving;
        }
        double[] s = new double[k];
        double[] gw = new double[k];
        double surv = 1.0;
        double sum = 0.0;
        for (int j = 0; j < k; j++) {
            surv *= 1.0 - (double) d[j] / r[j];
            sum = r[j] == d[j] ? Double.POSITIVE_INFINITY : sum + (double) d[j] / ((double) r[j] * (r[j] - d[j]));
            s[j] = surv;
            gw[j] = sum;
        }
        return new KaplanMeier(n, Arrays.copyOf(t, k), Arrays.copyOf(r, k), Arrays.copyOf(d, k), s, gw,
                confLevel, confType, last);
    }

    /**
     * S(t) alone, the same product as {@link #fit}{@code (...).survivalAt(t)}, bit for bit: only the subjects who leave
     * by t are sorted (the others are at risk at every event time up to t), and no interval is computed. For bootstrap
     * resamples of large cohorts, where the full fit's sort dominates.
     */
    public static double survivalAt(double[] time, boolean[] event, double t) {
        if (time.length != event.length) {
            throw new IllegalArgumentException("length mismatch: time has " + time.length + " entries but event has " + event.length);
        }
        int n = time.length;
        int leaving = 0;
        int dying = 0;
        for (int i = 0; i < n; i++) {
            SurvivalData.checkTime(time[i], "time", i);
            if (time[i] <= t) {
                leaving++;
                if (event[i]) {
                    dying++;
                }
            }
        }
        double[] out = new double[leaving];
        double[] deathTimes = new double[dying];
        int a = 0;
        int b = 0;
        for (int i = 0; i < n; i++) {
            if (time[i] <= t) {
                out[a++] = time[i];
                if (event[i]) {
                    deathTimes[b++] = time[i];
                }
            }
        }
        Arrays.sort(out);
        Arrays.sort(deathTimes);
        double surv = 1.0;
        int remaining = n;
        int i = 0;
        int j = 0;
        while (i < leaving) {
            double ti = out[i];
            int left = 0;
            while (i < leaving && out[i] == ti) {
                left++;
                i++;
            }
            int deaths = 0;
            while (j < dying && deathTimes[j] == ti) {
                deaths++;
                j++;
            }
            if (deaths > 0) {
                surv *= 1.0 - (double) deaths / remaining;
            }
            remaining -= left;
        }
        return surv;
    }

    private static double[] interval(double s, double gwSum, double z, ConfType type) {
        if (s <= 0) {
            return new double[] {0.0, 0.0};
        }
        double seLog = Math.sqrt(gwSum);
        switch (type) {
            case PLAIN: {
                double sd = s * seLog;
                return new double[] {Math.max(0, s - z * sd), Math.min(1, s + z * sd)};
            }
            case LOG:
                return new double[] {s * Math.exp(-z * seLog), Math.min(1, s * Math.exp(z * seLog))};
            case LOG_LOG: {
                if (s >= 1) {
                    return new double[] {1.0, 1.0};
                }
                double w = z * seLog / Math.log(s);
                // log S < 0 so exp(+w) < 1 < exp(-w): S^exp(w) is the upper limit.
                return new double[] {Math.pow(s, Math.exp(-w)), Math.pow(s, Math.exp(w))};
            }
            default:
                throw new AssertionError(type);
        }
    }

    /** Number of subjects. */
    public int size() {
        return n;
    }

    public double confLevel() {
        return confLevel;
    }

    public ConfType confType() {
        return confType;
    }

    /** Distinct event times, ascending. */
    public double[] times() {
        return times.clone();
    }

    public int[] atRisk() {
        return atRisk.clone();
    }

    public int[] events() {
        return events.clone();
    }

    /** Survival just after each distinct event time. */
    public double[] survival() {
        return survival.clone();
    }

    /** Greenwood variance of S at each distinct event time (NaN once S has dropped to 0). */
    public double[] greenwoodVariance() {
        double[] v = new double[survival.length];
        for (int j = 0; j < v.length; j++) {
            v[j] = survival[j] == 0 ? Double.NaN : survival[j] * survival[j] * greenwoodSum[j];
        }
        return v;
    }

    /** Greenwood standard error of S at each distinct event time. */
    public double[] standardError() {
        double[] v = greenwoodVariance();
        for (int j = 0; j < v.length; j++) {
            v[j] = Math.sqrt(v[j]);
        }
        return v;
    }

    public double[] lower() {
        return lower.clone();
    }

    public double[] upper() {
        return upper.clone();
    }

    /** Index of the last event time &le; t, or -1. */
    private int indexAt(double t) {
        int idx = Arrays.binarySearch(times, t);
        return idx >= 0 ? idx : -idx - 2;
    }

    /** S(t), right-continuous step function; 1 before the first event. */
    public double survivalAt(double t) {
        int j = indexAt(t);
        return j < 0 ? 1.0 : survival[j];
    }

    /** Lower pointwise confidence limit at time t. */
    public double lowerAt(double t) {
        int j = indexAt(t);
        return j < 0 ? 1.0 : lower[j];
    }

    /** Upper pointwise confidence limit at time t. */
    public double upperAt(double t) {
        int j = indexAt(t);
        return j < 0 ? 1.0 : upper[j];
    }

    /** Greenwood standard error of S(t). */
    public double standardErrorAt(double t) {
        int j = indexAt(t);
        return j < 0 ? 0.0 : Math.sqrt(survival[j] * survival[j] * greenwoodSum[j]);
    }

    /** Median survival time, NaN if the curve never reaches 0.5. */
    public double median() {
        return quantile(0.5);
    }

    /** Lower limit of the median's confidence interval (Brookmeyer-Crowley, R's construction). */
    public double medianLower() {
        return firstCrossing(lower, 0.5);
    }

    /** Upper limit of the median's confidence interval; NaN when not reached (R prints NA). */
    public double medianUpper() {
        return firstCrossing(upper, 0.5);
    }

    /** Time by which a fraction p of subjects have had the event: first t with S(t) &le; 1 - p. */
    public double quantile(double p) {
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException("quantile probability must be in (0, 1), got " + p);
        }
        return firstCrossing(survival, 1 - p);
    }

    private double firstCrossing(double[] curve, double level) {
        for (int j = 0; j < curve.length; j++) {
            if (curve[j] <= level + TOLERANCE) {
                if (Math.abs(curve[j] - level) < TOLERANCE) {
                    // Flat exactly at the level: midpoint to the next time the curve drops below it.
                    for (int m = j + 1; m < curve.length; m++) {
                        if (curve[m] < curve[j] - TOLERANCE) {
                            return (times[j] + times[m]) / 2;
                        }
                    }
                    return times[j];
                }
                return times[j];
            }
        }
        return Double.NaN;
    }

    /**
     * Restricted mean survival time: the area under S from 0 to {@code tau}. {@code tau} beyond the last
     * follow-up time extrapolates the last value of S (flat), which is only meaningful if S reached 0.
     */
    public double restrictedMean(double tau) {
        if (!(tau >= 0) || Double.isInfinite(tau)) {
            throw new IllegalArgumentException("tau must be finite and non-negative, got " + tau);
        }
        double area = 0;
        double prevT = 0;
        double prevS = 1;
        for (int j = 0; j < times.length && times[j] < tau; j++) {
            area += prevS * (times[j] - prevT);
            prevT = times[j];
            prevS = survival[j];
        }
        area += prevS * (tau - prevT);
        return area;
    }

    /** Largest observed time (event or censoring). */
    public double lastTime() {
        return lastTime;
    }
}
