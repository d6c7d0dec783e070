package org.osteomet.sim;

import java.util.ArrayList;
import java.util.List;

import org.osteomet.anatomy.Site;
import org.osteomet.spread.DormantPools;

/**
 * Per-thread scratch memory for the patient loop, reused from patient to patient. It also says whether per-cell
 * events (each awakening and each immune clearance: most of a patient's events) are kept: a single patient keeps them
 * for its story, cohorts drop them unless asked, which keeps long runs' memory flat. Dropping them changes no draw.
 */
public final class Workspace {
    final LesionTable lesions = new LesionTable(64);
    final DormantPools pools;
    double[] inflow = new double[64 * Site.COUNT];
    /** Per site, running sums of the awakening weights of each source over the current step (site * n + source). */
    double[] sourceCumulative = new double[64 * Site.COUNT];
    final boolean[] cumulativeReady = new boolean[Site.COUNT];
    final double[] cumulativeTotal = new double[Site.COUNT];
    final double[] siteAwakenings = new double[Site.COUNT];
    final List<Event> events = new ArrayList<>();
    final SiteSnapshot snapshot = new SiteSnapshot();
    /** Sites with a detected metastasis (clinically known). */
    final boolean[] knownSites = new boolean[Site.COUNT];
    final Skeleton skeleton;
    final Complications complications;
    final boolean keepPerCellEvents;

    Workspace(DormantPools pools, Skeleton skeleton, Complications complications, boolean keepPerCellEvents) {
        this.pools = pools;
        this.skeleton = skeleton;
        this.complications = complications;
        this.keepPerCellEvents = keepPerCellEvents;
    }

    void ensureSources(int n) {
        if (inflow.length < n * Site.COUNT) {
            inflow = new double[2 * n * Site.COUNT];
            sourceCumulative = new double[2 * n * Site.COUNT];
        }
        pools.ensureSources(n);
    }
}
