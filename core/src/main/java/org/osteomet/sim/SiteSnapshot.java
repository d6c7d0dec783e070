package org.osteomet.sim;

import org.osteomet.bone.LesionType;

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
    final double[] boneMassPercent = new double[Site.COUNT];
    final double[] osteoclasts = new double[Site.COUNT];
    final double[] osteoblasts = new double[Site.COUNT];
    final double[] pain = new double[Site.COUNT];
    final LesionType[] lesionType = new LesionType[Site.COUNT];
    double primaryCells;
    double serumCalcium;

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

    /** Bone mass of the site's involved region, % of healthy (100 for bones without tumour; NaN for soft tissue). */
    public double boneMassPercent(Site s) {
        return boneMassPercent[s.ordinal()];
    }

    /** Osteoclasts of the site's remodelling compartment (Komarova units; healthy ~1.06). */
    public double osteoclasts(Site s) {
        return osteoclasts[s.ordinal()];
    }

    /** Osteoblasts of the site's remodelling compartment (healthy ~212). */
    public double osteoblasts(Site s) {
        return osteoblasts[s.ordinal()];
    }

    /** Bone pain at the site, 0-10 numeric rating. */
    public double pain(Site s) {
        return pain[s.ordinal()];
    }

    /** Radiographic type of the site's bone lesions from its net bone balance (null for soft tissue or no tumour). */
    public LesionType lesionType(Site s) {
        return lesionType[s.ordinal()];
    }

    /** Total serum calcium, mmol/L. */
    public double serumCalcium() {
        return serumCalcium;
    }

    /** Cells in the primary tumour (0 once it has been removed). */
    public double primaryCells() {
        return primaryCells;
    }
}
