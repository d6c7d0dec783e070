package org.osteomet.sim;

import java.util.ArrayList;
import java.util.List;

import org.osteomet.anatomy.Site;
import org.osteomet.spread.DormantPools;

/**
 * Per-thread scratch memory for the patient loop, reused from patient to patient. It also says whether hidden
 * (biological) events are kept: each awakening, immune clearance, micrometastasis and angiogenic switch, thousands
 * per patient. A single patient keeps them for its story; cohorts, trials and validation keep only clinical events
 * unless asked, so their memory does not grow with the number of occult lesions. Dropping them changes no draw.
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
    final boolean keepHiddenEvents;

    Workspace(DormantPools pools, Skeleton skeleton, Complications complications, boolean keepHiddenEvents) {
        this.pools = pools;
        this.skeleton = skeleton;
        this.complications = complications;
        this.keepHiddenEvents = keepHiddenEvents;
    }

    void ensureSources(int n) {
        if (inflow.length < n * Site.COUNT) {
            inflow = new double[2 * n * Site.COUNT];
            sourceCumulative = new double[2 * n * Site.COUNT];
        }
        pools.ensureSources(n);
    }
}
