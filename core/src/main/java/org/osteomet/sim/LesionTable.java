package org.osteomet.sim;

import java.util.Arrays;

import org.osteomet.anatomy.Site;

/**
 * The tumours of one patient in structure-of-arrays form, reused from patient to patient so the patient
 * loop allocates only when a patient has more tumours than any before. Row 0 is the primary.
 */
final class LesionTable {
    static final int PRIMARY = 0;
    static final byte AVASCULAR = 1;
    static final byte VASCULAR = 2;
    static final byte REMOVED = 3;
    /** Site index of the primary (not an atlas site). */
    static final int NO_SITE = -1;

    int size;
    int[] site;
    byte[] phase;
    /** ln(cells) of vascular tumours. */
    double[] logCells;
    double[] logCapacity;
    /** Gompertz rate a, 1/d. */
    double[] rate;
    /** e^{-a dt} for the standard step. */
    double[] stepDecay;
    /** Simulation day vascular growth starts (avascular tumours), NaN until the switch has happened. */
    double[] switchDay;
    /** Day an avascular micrometastasis reaches its avascular limit and can switch. */
    double[] avascularEndDay;
    /** Unit-exponential hazard still to accumulate before the angiogenic switch (time-varying rate). */
    double[] switchHazardLeft;
    double[] foundedDay;
    /** Simulation day the tumour reached the detection size, NaN before. */
    double[] detectableDay;
    boolean[] detected;
    boolean[] presented;
    /** Resistant to the current line of systemic therapy. */
    boolean[] resistant;
    /** A vertebral metastasis that grows back toward the spinal canal (posterior or epidural extension). */
    boolean[] epidural;
    /** An osteoblastic subclone or its descendant: its bone lesions have a compartment of their own (Skeleton units). */
    boolean[] blasticClone;
    /** Clone phenotype: ln growth-rate factor, osteoblastic drive, ln treatment-sensitivity factor. */
    double[] growthLog;
    double[] drive;
    double[] sensitivityLog;
    int[] parent;
    /** Tumours founded at each atlas site (removed ones included). */
    final int[] atSite = new int[Site.COUNT];
    /** Metastases at each site not yet removed: a bone unit freed by treatment can be seeded again. */
    final int[] liveAtSite = new int[Site.COUNT];

    LesionTable(int capacity) {
        allocate(capacity);
    }

    private void allocate(int n) {
        site = new int[n];
        phase = new byte[n];
        logCells = new double[n];
        logCapacity = new double[n];
        rate = new double[n];
        stepDecay = new double[n];
        switchDay = new double[n];
        avascularEndDay = new double[n];
        switchHazardLeft = new double[n];
        foundedDay = new double[n];
        detectableDay = new double[n];
        detected = new boolean[n];
        presented = new boolean[n];
        resistant = new boolean[n];
        epidural = new boolean[n];
        blasticClone = new boolean[n];
        growthLog = new double[n];
        drive = new double[n];
        sensitivityLog = new double[n];
        parent = new int[n];
    }

    void clear() {
        size = 0;
        Arrays.fill(atSite, 0);
        Arrays.fill(liveAtSite, 0);
    }

    int add() {
        if (size == site.length) {
            int n = site.length * 2;
            site = Arrays.copyOf(site, n);
            phase = Arrays.copyOf(phase, n);
            logCells = Arrays.copyOf(logCells, n);
            logCapacity = Arrays.copyOf(logCapacity, n);
            rate = Arrays.copyOf(rate, n);
            stepDecay = Arrays.copyOf(stepDecay, n);
            switchDay = Arrays.copyOf(switchDay, n);
            avascularEndDay = Arrays.copyOf(avascularEndDay, n);
            switchHazardLeft = Arrays.copyOf(switchHazardLeft, n);
            foundedDay = Arrays.copyOf(foundedDay, n);
            detectableDay = Arrays.copyOf(detectableDay, n);
            detected = Arrays.copyOf(detected, n);
            presented = Arrays.copyOf(presented, n);
            resistant = Arrays.copyOf(resistant, n);
            epidural = Arrays.copyOf(epidural, n);
            blasticClone = Arrays.copyOf(blasticClone, n);
            growthLog = Arrays.copyOf(growthLog, n);
            drive = Arrays.copyOf(drive, n);
            sensitivityLog = Arrays.copyOf(sensitivityLog, n);
            parent = Arrays.copyOf(parent, n);
        }
        int i = size++;
        detectableDay[i] = Double.NaN;
        switchDay[i] = Double.NaN;
        detected[i] = false;
        presented[i] = false;
        resistant[i] = false;
        epidural[i] = false;
        blasticClone[i] = false;
        return i;
    }

    int capacity() {
        return site.length;
    }

    /** Removes metastasis j (eradicated or treated away), freeing its place at its site. */
    void remove(int j) {
        if (phase[j] != REMOVED) {
            phase[j] = REMOVED;
            if (site[j] != NO_SITE) {
                liveAtSite[site[j]]--;
            }
        }
    }
}
