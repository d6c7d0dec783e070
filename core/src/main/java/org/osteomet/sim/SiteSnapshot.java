package org.osteomet.sim;

import org.osteomet.anatomy.Site;

/**
 * The state of a patient's sites at one moment, filled in place by the simulator (read it during
 * {@link StepObserver#afterStep}; it is overwritten at the next step).
 */
public final class SiteSnapshot {
    final double[] tumourCells = new double[Site.COUNT];
    final int[] lesions = new int[Site.COUNT];
    final int[] detectableLesions = new int[Site.COUNT];
    final double[] dormantCells = new double[Site.COUNT];
    double primaryCells;

    void clear() {
        java.util.Arrays.fill(tumourCells, 0);
        java.util.Arrays.fill(lesions, 0);
        java.util.Arrays.fill(detectableLesions, 0);
        primaryCells = 0;
    }

    /** Tumour cells at the site, all lesions together. */
    public double tumourCells(Site s) {
        return tumourCells[s.ordinal()];
    }

    /** Lesions present (micrometastases included). */
    public int lesions(Site s) {
        return lesions[s.ordinal()];
    }

    /** Lesions at or above the imaging detection size. */
    public int detectableLesions(Site s) {
        return detectableLesions[s.ordinal()];
    }

    /** Expected number of solitary dormant tumour cells. */
    public double dormantCells(Site s) {
        return dormantCells[s.ordinal()];
    }

    /** Cells in the primary tumour (0 once it has been removed). */
    public double primaryCells() {
        return primaryCells;
    }
}
