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
     * Classifies a lesion by its bone's net balance (F - R)/(F + R) in [-1, 1], F and R the active formation and
     * resorption: at or below -band osteolytic, at or above +band osteoblastic, in between mixed.
     */
    public static LesionType fromNetBalance(double balance, double band) {
        if (balance <= -band) {
            return OSTEOLYTIC;
        }
        if (balance >= band) {
            return OSTEOBLASTIC;
        }
        return MIXED;
    }
}
