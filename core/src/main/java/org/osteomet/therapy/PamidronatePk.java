package org.osteomet.therapy;

import static org.osteomet.param.Provenance.ASSUMPTION;
import static org.osteomet.param.Provenance.CALIBRATED;
import static org.osteomet.param.Provenance.RECALLED;

import org.osteomet.param.Parameter;
import org.osteomet.param.ParameterSet;

/**
 * Pamidronate 90 mg IV every 4 weeks: {@link BisphosphonatePk} with recalled label values. Pamidronate is about two
 * orders of magnitude less potent per mg than zoledronic acid, which the larger EC50 carries.
 */
public final class PamidronatePk extends BisphosphonatePk {

    private static final String LABEL = "Aredia (pamidronate disodium) US prescribing information, recalled and not re-read";

    /** t_p: plasma disposal half-life. */
    public static final Parameter PLASMA_HALF_LIFE = new Parameter("therapy.pamidronate.plasma_half_life_h", "t_p", 1.6,
            "h", 0.1, 24, RECALLED, LABEL + ": fast plasma phase t1/2 about 1.6 h after IV pamidronate (the 28 h "
                    + "'elimination' phase of the label is lumped into bone binding and release); check before relying on it");
    /** f: fraction of plasma drug that binds to bone rather than being excreted. */
    public static final Parameter BONE_FRACTION = new Parameter("therapy.pamidronate.bone_fraction", "f_bone", 0.54,
            "1", 0.05, 0.95, RECALLED, LABEL + ": on average 46 +/- 16% of the dose excreted unchanged in urine within 120 h, "
                    + "so about 54% retained in bone");
    /** T_b: retention half-life of bone-bound drug. */
    public static final Parameter BONE_HALF_LIFE = new Parameter("therapy.pamidronate.bone_retention_half_life_d", "T_b",
            365.0, "d", 7, 7300, ASSUMPTION, "as for zoledronic acid (therapy.zoledronic_acid.bone_retention_half_life_d): "
                    + "bone-bound bisphosphonate is retained for months to years; 1 y assumed for the active surface pool");
    /** Emax: largest fractional suppression of osteoclast resorption. */
    public static final Parameter EMAX = Parameter.probability("therapy.pamidronate.emax", "E_max", 0.65, CALIBRATED,
            "calibrated against the resorption marker, never against SRE outcomes: pamidronate 90 mg q3-4w suppresses "
                    + "uNTX somewhat less than zoledronic acid 4 mg (Rosen et al. 2001 Cancer J 7:377, recalled; not in "
                    + "model-building-blocks section 7, check); target 50-65%, plateau 65%");
    /** EC50: bone-bound amount giving half of Emax. */
    public static final Parameter EC50 = Parameter.positive("therapy.pamidronate.ec50_mg", "EC50", 15.0, "mg", 2000,
            CALIBRATED, "calibrated against the resorption marker: with Emax 0.65, 90 mg q4w gives 60% uNTX suppression "
                    + "at week 13 (target recalled, see therapy.pamidronate.emax); never against SRE outcomes");
    /** Label dose. */
    public static final Parameter DOSE = Parameter.positive("therapy.pamidronate.dose_mg", "D", 90.0, "mg", 360, RECALLED,
            LABEL + ": 90 mg IV over 2 h for osteolytic bone metastases");
    /** Label dosing interval. */
    public static final Parameter INTERVAL = new Parameter("therapy.pamidronate.interval_d", "tau", 28.0, "d", 1, 365,
            RECALLED, LABEL + ": every 3-4 weeks");

    /** Pamidronate with the default values. */
    public PamidronatePk() {
        this(PLASMA_HALF_LIFE.value(), BONE_FRACTION.value(), BONE_HALF_LIFE.value(), EMAX.value(), EC50.value(),
                DOSE.value(), INTERVAL.value());
    }

    /** Pamidronate with the values of a scenario. */
    public PamidronatePk(ParameterSet p) {
        this(p.get(PLASMA_HALF_LIFE), p.get(BONE_FRACTION), p.get(BONE_HALF_LIFE), p.get(EMAX), p.get(EC50),
                p.get(DOSE), p.get(INTERVAL));
    }

    private PamidronatePk(double tp, double f, double tb, double emax, double ec50, double dose, double interval) {
        super("pamidronate", tp, f, tb, emax, ec50, dose, interval);
    }
}
