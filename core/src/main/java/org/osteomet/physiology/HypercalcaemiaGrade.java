package org.osteomet.physiology;

import org.osteomet.param.ParameterSet;

/** CTCAE v5 grade of hypercalcaemia from corrected total serum calcium, and what the patient feels. */
public final class HypercalcaemiaGrade {
    private HypercalcaemiaGrade() {
    }

    /** Grade 0..4 with the thresholds of the parameter set (each threshold is exclusive: exactly 2.6 is grade 0). */
    public static int of(double serumCalciumMmolPerL, ParameterSet params) {
        return of(serumCalciumMmolPerL, params.get(CalciumParameters.CTCAE_ULN), params.get(CalciumParameters.CTCAE_GRADE2),
                params.get(CalciumParameters.CTCAE_GRADE3), params.get(CalciumParameters.CTCAE_GRADE4));
    }

    /** Grade 0..4 given the four thresholds (mmol/L, ascending). */
    public static int of(double serumCalciumMmolPerL, double uln, double grade2, double grade3, double grade4) {
        if (serumCalciumMmolPerL > grade4) {
            return 4;
        }
        if (serumCalciumMmolPerL > grade3) {
            return 3;
        }
        if (serumCalciumMmolPerL > grade2) {
            return 2;
        }
        return serumCalciumMmolPerL > uln ? 1 : 0;
    }

    /** Typical symptoms at a grade, in plain words. */
    public static String symptoms(int grade) {
        return switch (grade) {
            case 0 -> "none";
            case 1 -> "none or mild: tiredness";
            case 2 -> "loss of appetite, nausea, extreme thirst and passing much urine";
            case 3 -> "loss of appetite, nausea, thirst and much urine, plus confusion and vomiting; needs hospital care";
            case 4 -> "as grade 3 plus drowsiness to stupor and risk of heart rhythm disturbance; life-threatening";
            default -> throw new IllegalArgumentException("hypercalcaemia grade must be 0..4, got " + grade);
        };
    }
}
