package org.osteomet.therapy;

import java.util.Arrays;

import org.osteomet.param.ParameterSet;

/**
 * Rescue doses of an intravenous bisphosphonate for hypercalcaemia of malignancy in one patient: single label doses on
 * the days the standard of care calls for them. The kinetics are linear, so the bone-bound drug of every dose adds up,
 * and the drug's Emax effect acts on the sum. Mutable (not thread-safe): one per patient run, like a trial arm's course.
 */
public final class HypercalcaemiaRescue {

    /** The policy code for no rescue. */
    public static final String NO_DRUG = "none";
    /** The policy codes of the rescue drugs, {@link #NO_DRUG} last. */
    public static final java.util.List<String> DRUGS = java.util.List.of("zoledronic-acid", "pamidronate", NO_DRUG);

    private final BisphosphonatePk pk;
    private double[] doseDays = new double[4];
    private int doses;

    private HypercalcaemiaRescue(BisphosphonatePk pk) {
        this.pk = pk;
    }

    /**
     * The rescue for a policy's drug code: "zoledronic-acid", "pamidronate", or "none" (no dose has any effect).
     *
     * @throws IllegalArgumentException for any other code
     */
    public static HypercalcaemiaRescue of(String drug, ParameterSet p) {
        return switch (drug) {
            case "zoledronic-acid" -> new HypercalcaemiaRescue(new ZoledronicAcidPk(p));
            case "pamidronate" -> new HypercalcaemiaRescue(new PamidronatePk(p));
            case NO_DRUG -> new HypercalcaemiaRescue(null);
            default -> throw new IllegalArgumentException("no hypercalcaemia rescue drug '" + drug + "'");
        };
    }

    /** Forgets every dose (a new patient). */
    public void reset() {
        doses = 0;
    }

    /** One label dose on {@code day}; days must not decrease. */
    public void dose(double day) {
        if (pk == null) {
            return;
        }
        if (doses > 0 && day < doseDays[doses - 1]) {
            throw new IllegalArgumentException("rescue dose on day " + day + " before the last one, day " + doseDays[doses - 1]);
        }
        if (doses == doseDays.length) {
            doseDays = Arrays.copyOf(doseDays, 2 * doses);
        }
        doseDays[doses++] = day;
    }

    /** Doses given so far. */
    public int doses() {
        return doses;
    }

    /** Fraction of osteoclastic resorption the rescue doses suppress on {@code day} (0 before the first). */
    public double suppressionAt(double day) {
        if (doses == 0) {
            return 0.0;
        }
        double boneMg = 0.0;
        for (int k = 0; k < doses; k++) {
            boneMg += pk.boneFraction(day - doseDays[k]);
        }
        return pk.suppression(pk.standardDoseMg() * boneMg);
    }
}
