package org.osteomet.therapy;

/**
 * The usual palliative fractionations for painful bone metastases, which give equivalent pain relief
 * (Lutz et al. 2017 ASTRO guideline, Pract Radiat Oncol 7:4; Chow et al. 2007 J Clin Oncol 25:1423; recalled).
 */
public enum RadiotherapyFractionation {
    /** 8 Gy in one fraction. */
    SINGLE_8_GY(8.0, 1),
    /** 20 Gy in 5 fractions of 4 Gy. */
    FIVE_BY_4_GY(4.0, 5),
    /** 30 Gy in 10 fractions of 3 Gy. */
    TEN_BY_3_GY(3.0, 10);

    private final double dosePerFractionGy;
    private final int fractions;

    RadiotherapyFractionation(double dosePerFractionGy, int fractions) {
        this.dosePerFractionGy = dosePerFractionGy;
        this.fractions = fractions;
    }

    public double dosePerFractionGy() {
        return dosePerFractionGy;
    }

    public int fractions() {
        return fractions;
    }

    public double totalDoseGy() {
        return dosePerFractionGy * fractions;
    }
}
