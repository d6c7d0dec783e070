package org.osteomet.bone;

/** Radiographic type of a bone metastasis. */
public enum LesionType {
    OSTEOLYTIC("osteolytic"),
    OSTEOBLASTIC("osteoblastic"),
    MIXED("mixed");

    private final String word;

    LesionType(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /**
     * Classifies a clone's osteoblastic drive D in [-1, 1] (negative: resorption dominates). |D| below the
     * band theta is a mixed lesion. The bone-microenvironment model will replace this by the lesion's net
     * bone balance.
     */
    public static LesionType fromDrive(double drive, double mixedBand) {
        if (drive <= -mixedBand) {
            return OSTEOLYTIC;
        }
        if (drive >= mixedBand) {
            return OSTEOBLASTIC;
        }
        return MIXED;
    }
}
