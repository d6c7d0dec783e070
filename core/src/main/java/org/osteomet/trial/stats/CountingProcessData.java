package org.osteomet.trial.stats;

/**
 * Counting-process survival data for recurrent events: one row per interval {@code (start, stop]} of one
 * subject, with an event indicator at {@code stop}, the subject id (rows are grouped by it for robust
 * variance) and a covariate vector. Requires {@code 0 <= start < stop}. Immutable.
 */
public final class CountingProcessData {
    private final double[] start;
    private final double[] stop;
    private final boolean[] event;
    private final int[] subject;
    private final double[][] covariates;

    private CountingProcessData(double[] start, double[] stop, boolean[] event, int[] subject, double[][] x) {
        this.start = start;
        this.stop = stop;
        this.event = event;
        this.subject = subject;
        this.covariates = x;
    }

    public static CountingProcessData create(double[] start, double[] stop, boolean[] event, int[] subject,
            double[][] covariates) {
        if (start == null || stop == null || event == null || subject == null || covariates == null) {
            throw new IllegalArgumentException("start, stop, event, subject and covariates must not be null");
        }
        int n = stop.length;
        check(start.length, n, "start");
        check(event.length, n, "event");
        check(subject.length, n, "subject");
        for (int i = 0; i < n; i++) {
            SurvivalData.checkTime(start[i], "start", i);
            SurvivalData.checkTime(stop[i], "stop", i);
            if (!(stop[i] > start[i])) {
                throw new IllegalArgumentException("row " + i + ": stop = " + stop[i] + " must exceed start = "
                        + start[i]);
            }
        }
        double[][] x = SurvivalData.copyCovariates(covariates, n);
        return new CountingProcessData(start.clone(), stop.clone(), event.clone(), subject.clone(), x);
    }

    private static void check(int len, int n, String name) {
        if (len != n) {
            throw new IllegalArgumentException("length mismatch: stop has " + n + " entries but " + name + " has "
                    + len);
        }
    }

    /** One row per subject with start 0 (ordinary right-censored data), subject ids 0..n-1. */
    public static CountingProcessData of(SurvivalData data) {
        int n = data.size();
        int[] ids = new int[n];
        double[][] x = new double[n][];
        for (int i = 0; i < n; i++) {
            ids[i] = i;
            x[i] = data.covariates(i);
        }
        double[] stop = data.times();
        for (int i = 0; i < n; i++) {
            if (stop[i] <= 0) {
                throw new IllegalArgumentException("time[" + i + "] = " + stop[i]
                        + " must be positive for counting-process form (0, time]");
            }
        }
        return create(new double[n], stop, data.events(), ids, x);
    }

    public int size() {
        return stop.length;
    }

    double[] startArray() {
        return start;
    }

    double[] stopArray() {
        return stop;
    }

    boolean[] eventArray() {
        return event;
    }

    int[] subjectArray() {
        return subject;
    }

    double[][] covariateMatrix() {
        return covariates;
    }

    public double start(int i) {
        return start[i];
    }

    public double stop(int i) {
        return stop[i];
    }

    public boolean event(int i) {
        return event[i];
    }

    public int subject(int i) {
        return subject[i];
    }

    public double[] covariates(int i) {
        return covariates[i].clone();
    }
}
