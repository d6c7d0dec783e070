package org.osteomet.trial.stats;

import java.util.Arrays;

/**
 * Right-censored survival data: one row per subject with a follow-up time (days, or any consistent unit), an
 * event indicator ({@code true} = event observed, {@code false} = censored at that time), an optional group
 * index (non-negative int, e.g. trial arm) and an optional covariate vector (same length for every subject).
 * Immutable: arrays are copied on the way in and out.
 */
public final class SurvivalData {
    private final double[] time;
    private final boolean[] event;
    private final int[] group;
    private final double[][] covariates;

    private SurvivalData(double[] time, boolean[] event, int[] group, double[][] covariates) {
        this.time = time;
        this.event = event;
        this.group = group;
        this.covariates = covariates;
    }

    /** Times and event indicators, no groups, no covariates. */
    public static SurvivalData of(double[] time, boolean[] event) {
        return create(time, event, null, null);
    }

    /** Times, event indicators and group indices (each {@code >= 0}). */
    public static SurvivalData of(double[] time, boolean[] event, int[] group) {
        return create(time, event, group, null);
    }

    /**
     * Full constructor. {@code group} and {@code covariates} may each be {@code null}; {@code covariates} is
     * indexed {@code [subject][covariate]}.
     */
    public static SurvivalData create(double[] time, boolean[] event, int[] group, double[][] covariates) {
        if (time == null || event == null) {
            throw new IllegalArgumentException("time and event arrays must not be null");
        }
        int n = time.length;
        if (event.length != n) {
            throw new IllegalArgumentException(
                    "length mismatch: time has " + n + " entries but event has " + event.length);
        }
        for (int i = 0; i < n; i++) {
            checkTime(time[i], "time", i);
        }
        int[] g = null;
        if (group != null) {
            if (group.length != n) {
                throw new IllegalArgumentException(
                        "length mismatch: time has " + n + " entries but group has " + group.length);
            }
            for (int i = 0; i < n; i++) {
                if (group[i] < 0) {
                    throw new IllegalArgumentException("group[" + i + "] = " + group[i] + " is negative");
                }
            }
            g = group.clone();
        }
        double[][] x = null;
        if (covariates != null) {
            x = copyCovariates(covariates, n);
        }
        return new SurvivalData(time.clone(), event.clone(), g, x);
    }

    static void checkTime(double t, String name, int i) {
        if (Double.isNaN(t)) {
            throw new IllegalArgumentException(name + "[" + i + "] is NaN");
        }
        if (Double.isInfinite(t)) {
            throw new IllegalArgumentException(name + "[" + i + "] is infinite");
        }
        if (t < 0) {
            throw new IllegalArgumentException(name + "[" + i + "] = " + t + " is negative");
        }
    }

    static double[][] copyCovariates(double[][] covariates, int n) {
        if (covariates.length != n) {
            throw new IllegalArgumentException(
                    "length mismatch: " + n + " subjects but covariates has " + covariates.length + " rows");
        }
        int p = n == 0 ? 0 : rowLength(covariates, 0);
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) {
            int len = rowLength(covariates, i);
            if (len != p) {
                throw new IllegalArgumentException("covariates row " + i + " has " + len
                        + " entries but row 0 has " + p);
            }
            for (int j = 0; j < p; j++) {
                if (!Double.isFinite(covariates[i][j])) {
                    throw new IllegalArgumentException("covariates[" + i + "][" + j + "] = " + covariates[i][j]
                            + " is not finite");
                }
            }
            x[i] = covariates[i].clone();
        }
        return x;
    }

    private static int rowLength(double[][] x, int i) {
        if (x[i] == null) {
            throw new IllegalArgumentException("covariates row " + i + " is null");
        }
        return x[i].length;
    }

    /** Same data with a new covariate matrix {@code [subject][covariate]}. */
    public SurvivalData withCovariates(double[][] covariates) {
        return create(time, event, group, covariates);
    }

    /** Same data with a new group vector. */
    public SurvivalData withGroups(int[] groups) {
        return create(time, event, groups, covariates);
    }

    public int size() {
        return time.length;
    }

    public double time(int i) {
        return time[i];
    }

    public boolean event(int i) {
        return event[i];
    }

    public int eventCount() {
        int c = 0;
        for (boolean e : event) {
            if (e) {
                c++;
            }
        }
        return c;
    }

    public double[] times() {
        return time.clone();
    }

    public boolean[] events() {
        return event.clone();
    }

    public boolean hasGroups() {
        return group != null;
    }

    /** @throws IllegalStateException if the data have no groups */
    public int group(int i) {
        if (group == null) {
            throw new IllegalStateException("survival data have no group index");
        }
        return group[i];
    }

    /** @throws IllegalStateException if the data have no groups */
    public int[] groups() {
        if (group == null) {
            throw new IllegalStateException("survival data have no group index");
        }
        return group.clone();
    }

    public boolean hasCovariates() {
        return covariates != null;
    }

    /** Number of covariates (0 when there are none). */
    public int covariateCount() {
        return covariates == null || covariates.length == 0 ? 0 : covariates[0].length;
    }

    /** @throws IllegalStateException if the data have no covariates */
    public double[] covariates(int i) {
        if (covariates == null) {
            throw new IllegalStateException("survival data have no covariates");
        }
        return covariates[i].clone();
    }

    /** Covariate matrix without copying, for package-internal estimators (must not be modified). */
    double[][] covariateMatrix() {
        if (covariates == null) {
            throw new IllegalStateException("survival data have no covariates");
        }
        return covariates;
    }

    /** Rows whose group index equals {@code g}, as new data (groups and covariates kept). */
    public SurvivalData subset(int g) {
        if (group == null) {
            throw new IllegalStateException("survival data have no group index");
        }
        int m = 0;
        for (int v : group) {
            if (v == g) {
                m++;
            }
        }
        double[] t = new double[m];
        boolean[] e = new boolean[m];
        int[] gg = new int[m];
        double[][] x = covariates == null ? null : new double[m][];
        int k = 0;
        for (int i = 0; i < time.length; i++) {
            if (group[i] == g) {
                t[k] = time[i];
                e[k] = event[i];
                gg[k] = g;
                if (x != null) {
                    x[k] = covariates[i].clone();
                }
                k++;
            }
        }
        return new SurvivalData(t, e, gg, x);
    }

    @Override
    public String toString() {
        return "SurvivalData[n=" + time.length + ", events=" + eventCount() + ", groups="
                + (group == null ? "none" : Arrays.stream(group).distinct().count()) + ", covariates="
                + covariateCount() + "]";
    }
}
