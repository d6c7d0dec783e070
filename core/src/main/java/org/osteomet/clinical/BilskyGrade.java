package org.osteomet.clinical;

/**
 * Epidural spinal cord compression scale (Bilsky et al. 2010, J Neurosurg Spine 13:324), here from the
 * volume of tumour that has left the vertebral body for the epidural space, relative to the volume that
 * compresses the cord (grade 2).
 */
public enum BilskyGrade {
    G0("0", "bone only"),
    G1A("1a", "epidural impingement"),
    G1B("1b", "thecal sac deformed"),
    G1C("1c", "cord abutted"),
    G2("2", "cord compressed, CSF visible"),
    G3("3", "cord compressed, no CSF visible");

    private final String label;
    private final String meaning;

    BilskyGrade(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }

    /** Grades 2 and 3: the cord is compressed. */
    public boolean compressesCord() {
        return this == G2 || this == G3;
    }

    /** Grade from epidural volume over the compressing volume (fractions 1/4, 1/2, 3/4 of it mark 1a-1c; twice it, grade 3). */
    public static BilskyGrade of(double epiduralCm3, double compressionCm3) {
        double r = epiduralCm3 / compressionCm3;
        if (r <= 0) {
            return G0;
        }
        if (r < 0.25) {
            return G1A;
        }
        if (r < 0.5) {
            return G1B;
        }
        if (r < 1) {
            return G1C;
        }
        return r < 2 ? G2 : G3;
    }
}
