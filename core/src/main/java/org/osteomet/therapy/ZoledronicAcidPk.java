package org.osteomet.therapy;

import static org.osteomet.param.Provenance.ASSUMPTION;
import static org.osteomet.param.Provenance.CALIBRATED;
import static org.osteomet.param.Provenance.RECALLED;

import org.osteomet.param.Parameter;
import org.osteomet.param.ParameterSet;

/**
 * Zoledronic acid 4 mg IV every 4 weeks: {@link BisphosphonatePk} with the values of Chen et al. 2002
 * (J Clin Pharmacol 42:1228; triphasic plasma decline, t1/2 0.2 h, 1.75 h and 146 h; about 40% of the dose in urine
 * at 24 h, the rest bound to bone; recalled, see model-building-blocks section 2).
 *
 * <p>The two early phases are lumped into one plasma disposal phase (1.75 h); the 146 h phase, at about 1% of peak
 * plasma concentration, is not represented. The model's terminal phase is the slow release of the bone-bound drug,
 * whose half-life is an assumption.
 */
public final class ZoledronicAcidPk extends BisphosphonatePk {

    private static final String CHEN = "Chen et al. 2002 J Clin Pharmacol 42:1228 (recalled, model-building-blocks section 2 [M])";

    /** t_p: plasma disposal half-life (early phases lumped). */
    public static final Parameter PLASMA_HALF_LIFE = new Parameter("therapy.zoledronic_acid.plasma_half_life_h", "t_p", 1.75,
            "h", 0.1, 24, RECALLED, CHEN + ": second (distribution/uptake) phase t1/2 1.75 h; the 0.2 h phase is lumped in");
    /** f: fraction of plasma drug that binds to bone rather than being excreted. */
    public static final Parameter BONE_FRACTION = new Parameter("therapy.zoledronic_acid.bone_fraction", "f_bone", 0.60,
            "1", 0.05, 0.95, RECALLED, CHEN + ": about 40% of the dose excreted unchanged in urine within 24 h, the rest bound to bone");
    /** T_b: retention half-life of bone-bound drug (includes re-uptake of released drug). */
    public static final Parameter BONE_HALF_LIFE = new Parameter("therapy.zoledronic_acid.bone_retention_half_life_d", "T_b",
            365.0, "d", 7, 7300, ASSUMPTION, "bone-bound bisphosphonate is retained for months to years (alendronate terminal "
                    + "t1/2 > 10 y, Khan et al. 1997 J Bone Miner Res 12:1700, recalled; a single 5 mg zoledronic acid infusion "
                    + "keeps resorption markers down for a year, HORIZON, Black et al. 2007 NEJM 356:1809, recalled); "
                    + "1 y taken for the surface-accessible, pharmacologically active pool; the 146 h plasma phase of Chen 2002 "
                    + "is early redistribution, not this pool");
    /** Emax: largest fractional suppression of osteoclast resorption. */
    public static final Parameter EMAX = Parameter.probability("therapy.zoledronic_acid.emax", "E_max", 0.70, CALIBRATED,
            "calibrated against the resorption marker, never against SRE outcomes: uNTX plateau of 60-70% suppression under "
                    + "4 mg q4w (Stopeck et al. 2010 J Clin Oncol 28:5132; Fizazi et al. 2011 Lancet 377:813; "
                    + "model-building-blocks section 7 [M]); checked in ZoledronicAcidPkTest from week 12 to year 4");
    /** EC50: bone-bound amount giving half of Emax. */
    public static final Parameter EC50 = Parameter.positive("therapy.zoledronic_acid.ec50_mg", "EC50", 0.7, "mg", 100,
            CALIBRATED, "calibrated against the resorption marker: with Emax 0.70, 4 mg q4w gives 65% uNTX suppression at "
                    + "week 13 (Stopeck 2010; Fizazi 2011; model-building-blocks section 7 [M]); never against SRE outcomes");
    /** Label dose. */
    public static final Parameter DOSE = Parameter.positive("therapy.zoledronic_acid.dose_mg", "D", 4.0, "mg", 20, RECALLED,
            "Zometa label dose for bone metastases, 4 mg IV over 15 min (Stopeck 2010; Fizazi 2011, recalled)");
    /** Label dosing interval. */
    public static final Parameter INTERVAL = new Parameter("therapy.zoledronic_acid.interval_d", "tau", 28.0, "d", 1, 365,
            RECALLED, "every 3-4 weeks; 4 weeks in Stopeck 2010 and Fizazi 2011 (recalled)");

    /** Zoledronic acid with the default values. */
    public ZoledronicAcidPk() {
        this(PLASMA_HALF_LIFE.value(), BONE_FRACTION.value(), BONE_HALF_LIFE.value(), EMAX.value(), EC50.value(),
                DOSE.value(), INTERVAL.value());
    }

    /** Zoledronic acid with the values of a scenario. */
    public ZoledronicAcidPk(ParameterSet p) {
        this(p.get(PLASMA_HALF_LIFE), p.get(BONE_FRACTION), p.get(BONE_HALF_LIFE), p.get(EMAX), p.get(EC50),
                p.get(DOSE), p.get(INTERVAL));
    }

    private ZoledronicAcidPk(double tp, double f, double tb, double emax, double ec50, double dose, double interval) {
        super("zoledronic acid", tp, f, tb, emax, ec50, dose, interval);
    }
}
