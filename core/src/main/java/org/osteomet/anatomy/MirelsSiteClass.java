package org.osteomet.anatomy;

/**
 * Site component of the Mirels score for long-bone metastases (Mirels 1989, Clin Orthop 249:256):
 * upper limb 1 point, lower limb 2, peritrochanteric 3. Axial and flat bones are not scored.
 */
public enum MirelsSiteClass {
    NOT_SCORED(0),
    UPPER_LIMB(1),
    LOWER_LIMB(2),
    PERITROCHANTERIC(3);

    private final int points;

    MirelsSiteClass(int points) {
        this.points = points;
    }

    public int points() {
        return points;
    }
}
