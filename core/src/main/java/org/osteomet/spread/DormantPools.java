package org.osteomet.spread;

import java.util.Arrays;

import org.osteomet.anatomy.Site;

/**
 * Expected numbers of solitary dormant tumour cells per site, split by the tumour that shed them.
 *
 * <p>Cells arrive as a Poisson process and each independently dies (rate delta) or awakens (rate w), so by
 * the marking theorem awakenings form a Poisson process whose intensity is w times the <em>expected</em>
 * pool: tracking E[N] exactly, with constant inflow over a step, loses nothing. Over a step of length dt
 * with inflow I and k = delta + w:
 * E[N](dt) = E[N](0) e^{-k dt} + I (1 - e^{-k dt}) / k, and the expected number of awakenings is
 * w (E[N](0) g + I h) with g = (1 - e^{-k dt}) / k and h = (dt - g) / k.
 *
 * <p>Most sources of a patient are micrometastases that never shed (avascular, or removed before their switch): their
 * pools stay empty and their inflow is zero. Only the sources marked as shedding ({@link #markShedding}) are read and
 * advanced, in ascending order, so skipping the others changes no sum: it adds exact zeros nowhere. A source that has
 * stopped shedding (a removed primary) is {@link #silence silenced}: its pool only decays, which is also exact.
 */
public final class DormantPools {
    private static final int S = Site.COUNT;

    private final double[] deathRate = new double[S];
    private final double[] awakeningRate = new double[S];
    private final double[] decay = new double[S];
    private final double[] g = new double[S];
    private final double[] h = new double[S];
    private double stepDays = Double.NaN;
    /** Systemic multiplier of every awakening rate over the current step (instigation; 1 = basal). */
    private double awakeningFactor = 1.0;

    /** pool[source * S + site]; rows of sources that never shed stay zero. */
    private double[] pool = new double[64 * S];
    private int sources;
    /** Sources that have shed, ascending; isShedding[source] says the same per source. */
    private int[] shedders = new int[64];
    private int shedderCount;
    private boolean[] isShedding = new boolean[64];
    /**
     * Shedding sources whose inflow is zero now (no longer vascular: removed, or their cells killed). Their pools only
     * decay: p e^{-k dt} + 0 g is p e^{-k dt} exactly for p >= 0, so the zero inflow terms are skipped, not added.
     */
    private boolean[] silent = new boolean[64];

    public DormantPools(double[] deathRatePerSite, double[] awakeningRatePerSite) {
        System.arraycopy(deathRatePerSite, 0, deathRate, 0, S);
        System.arraycopy(awakeningRatePerSite, 0, awakeningRate, 0, S);
    }

    public void clear() {
        for (int i = 0; i < shedderCount; i++) {
            int j = shedders[i];
            Arrays.fill(pool, j * S, j * S + S, 0.0);
            isShedding[j] = false;
            silent[j] = false;
        }
        shedderCount = 0;
        sources = 0;
    }

    /** Empties one site's pool (cells removed by treatment of that site). */
    public void clearSite(int site) {
        for (int i = 0; i < shedderCount; i++) {
            pool[shedders[i] * S + site] = 0.0;
        }
    }

    /** Makes room for source indices below n (new rows are empty: only a shedding source's row is ever written). */
    public void ensureSources(int n) {
        if (n * S > pool.length) {
            pool = Arrays.copyOf(pool, Math.max(n * S, pool.length * 2));
        }
        if (n > isShedding.length) {
            isShedding = Arrays.copyOf(isShedding, Math.max(n, 2 * isShedding.length));
            silent = Arrays.copyOf(silent, isShedding.length);
            shedders = Arrays.copyOf(shedders, isShedding.length);
        }
        sources = Math.max(sources, n);
    }

    /**
     * From now on source j sheds: its inflow is read and its pool kept. A source never marked is taken to have no
     * inflow and an empty pool, and its inflow entries are never read.
     */
    public void markShedding(int source) {
        if (source < 0 || source >= sources) {
            throw new IllegalArgumentException("source " + source + " outside [0, " + sources + ")");
        }
        if (isShedding[source]) {
            silent[source] = false;
            return;
        }
        isShedding[source] = true;
        int at = Arrays.binarySearch(shedders, 0, shedderCount, source);
        int insert = -at - 1;
        System.arraycopy(shedders, insert, shedders, insert + 1, shedderCount - insert);
        shedders[insert] = source;
        shedderCount++;
    }

    /**
     * Source j, which has shed, sheds nothing this step (until it is marked as shedding again). Returns true when it
     * was shedding on the last step, so that the caller zeroes its inflow row once: a silent row stays zero.
     */
    public boolean silence(int source) {
        if (!isShedding[source]) {
            throw new IllegalArgumentException("source " + source + " has never shed");
        }
        boolean wasShedding = !silent[source];
        silent[source] = true;
        return wasShedding;
    }

    /** Whether source j has been marked as shedding since the last {@link #clear}. */
    public boolean isShedding(int source) {
        return source < isShedding.length && isShedding[source];
    }

    /** Sets the step length at basal awakening rates. */
    public void setStep(double dt) {
        setStep(dt, 1.0);
    }

    /**
     * Sets the step length and the systemic multiplier of the awakening rates over it (recomputes the exact decay
     * factors only when either changes).
     */
    public void setStep(double dt, double factor) {
        if (dt == stepDays && factor == awakeningFactor) {
            return;
        }
        stepDays = dt;
        awakeningFactor = factor;
        for (int s = 0; s < S; s++) {
            // Written to stay accurate when k dt is tiny (almost no loss of dormant cells): no cancelling differences.
            double k = deathRate[s] + factor * awakeningRate[s];
            double x = k * dt;
            double em1 = Math.expm1(-x);
            decay[s] = 1.0 + em1;
            g[s] = x == 0 ? dt : -em1 / k;
            h[s] = x < 1e-3 ? dt * dt * (0.5 - x / 6 + x * x / 24 - x * x * x / 120) : (dt - g[s]) / k;
        }
    }

    /**
     * Expected awakenings at each site over the coming step, given each source's inflow rate
     * (cells/day reaching each site's pool) as inflow[source * S + site]. Adds them into out[site].
     */
    public double expectedAwakenings(double[] inflow, int nSources, double[] out) {
        Arrays.fill(out, 0, S, 0.0);
        for (int i = 0; i < shedderCount && shedders[i] < nSources; i++) {
            int base = shedders[i] * S;
            if (silent[shedders[i]]) {
                for (int s = 0; s < S; s++) {
                    out[s] += pool[base + s] * g[s];
                }
            } else {
                for (int s = 0; s < S; s++) {
                    out[s] += pool[base + s] * g[s] + inflow[base + s] * h[s];
                }
            }
        }
        double total = 0;
        for (int s = 0; s < S; s++) {
            out[s] *= awakeningFactor * awakeningRate[s];
            total += out[s];
        }
        return total;
    }

    /** Weight of each source in the awakenings at one site over the coming step (for choosing a parent). */
    public double sourceWeights(double[] inflow, int nSources, int site, double[] out) {
        double total = 0;
        for (int j = 0; j < nSources; j++) {
            double w = isShedding[j] ? pool[j * S + site] * g[site] + inflow[j * S + site] * h[site] : 0.0;
            out[j] = w;
            total += w;
        }
        return total;
    }

    /**
     * Running sums of {@link #sourceWeights} for one site into out[offset .. offset + nSources), for drawing many
     * parents from one table; returns the total.
     */
    public double cumulativeSourceWeights(double[] inflow, int nSources, int site, double[] out, int offset) {
        double acc = 0;
        for (int j = 0; j < nSources; j++) {
            if (isShedding[j]) {
                acc += pool[j * S + site] * g[site] + inflow[j * S + site] * h[site];
            }
            out[offset + j] = acc;
        }
        return acc;
    }

    /** Advances every pool by the step. */
    public void advance(double[] inflow, int nSources) {
        for (int i = 0; i < shedderCount && shedders[i] < nSources; i++) {
            int base = shedders[i] * S;
            if (silent[shedders[i]]) {
                for (int s = 0; s < S; s++) {
                    pool[base + s] *= decay[s];
                }
            } else {
                for (int s = 0; s < S; s++) {
                    pool[base + s] = pool[base + s] * decay[s] + inflow[base + s] * g[s];
                }
            }
        }
    }

    /** Expected dormant cells at a site, all sources together. */
    public double expectedAt(int site) {
        double sum = 0;
        for (int i = 0; i < shedderCount; i++) {
            sum += pool[shedders[i] * S + site];
        }
        return sum;
    }
}
