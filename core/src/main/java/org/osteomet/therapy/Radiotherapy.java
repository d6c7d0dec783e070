package org.osteomet.therapy;

import static org.osteomet.param.Provenance.RECALLED;

import org.osteomet.param.Parameter;
import org.osteomet.param.ParameterSet;

/**
 * External-beam radiotherapy cell kill by the linear-quadratic model (model-building-blocks section 7 [M]):
 * <pre>
 * SF  = exp(-n (alpha d + beta d^2)),   beta = alpha / (alpha/beta)
 * BED = n d (1 + d / (alpha/beta))      so SF = exp(-alpha BED)
 * </pre>
 * for n fractions of d Gy, without repopulation or incomplete repair between fractions.
 */
public final class Radiotherapy {

    private static final String S7 = "model-building-blocks section 7 [M]";

    /** alpha: linear LQ coefficient of tumour cells. */
    public static final Parameter ALPHA = new Parameter("therapy.rt.alpha", "alpha", 0.3, "1/Gy", 0.1, 0.4, RECALLED,
            S7 + ": alpha is typically 0.1-0.4 /Gy");
    /** alpha/beta of tumour. */
    public static final Parameter ALPHA_BETA_TUMOUR = new Parameter("therapy.rt.alpha_beta_tumour", "alpha/beta", 10.0, "Gy",
            1, 30, RECALLED, S7 + ": about 10 Gy for tumour");
    /** alpha/beta of late-responding normal tissue. */
    public static final Parameter ALPHA_BETA_LATE = new Parameter("therapy.rt.alpha_beta_late", "alpha/beta_late", 3.0, "Gy",
            0.5, 10, RECALLED, S7 + ": about 3 Gy for late normal tissue");
    /** alpha/beta of spinal cord. */
    public static final Parameter ALPHA_BETA_CORD = new Parameter("therapy.rt.alpha_beta_cord", "alpha/beta_cord", 2.0, "Gy",
            0.5, 10, RECALLED, S7 + ": about 2 Gy for spinal cord");

    private final double alpha;
    private final double alphaBetaTumour;
    private final double alphaBetaLate;
    private final double alphaBetaCord;

    /** Radiotherapy with the default values. */
    public Radiotherapy() {
        this(ALPHA.value(), ALPHA_BETA_TUMOUR.value(), ALPHA_BETA_LATE.value(), ALPHA_BETA_CORD.value());
    }

    /** Radiotherapy with the values of a scenario. */
    public Radiotherapy(ParameterSet p) {
        this(p.get(ALPHA), p.get(ALPHA_BETA_TUMOUR), p.get(ALPHA_BETA_LATE), p.get(ALPHA_BETA_CORD));
    }

    private Radiotherapy(double alpha, double abTumour, double abLate, double abCord) {
        this.alpha = alpha;
        this.alphaBetaTumour = abTumour;
        this.alphaBetaLate = abLate;
        this.alphaBetaCord = abCord;
    }

    /** Biologically effective dose (Gy) of {@code fractions} fractions of {@code dosePerFractionGy}. */
    public static double bed(double dosePerFractionGy, int fractions, double alphaOverBetaGy) {
        if (!(dosePerFractionGy >= 0) || fractions < 0) {
            throw new IllegalArgumentException("radiotherapy: dose per fraction and number of fractions must not be negative, got "
                    + dosePerFractionGy + " Gy x " + fractions);
        }
        if (!(alphaOverBetaGy > 0)) {
            throw new IllegalArgumentException("radiotherapy: alpha/beta must be positive, got " + alphaOverBetaGy);
        }
        return fractions * dosePerFractionGy * (1.0 + dosePerFractionGy / alphaOverBetaGy);
    }

    /** Tumour BED (Gy). */
    public double tumourBed(double dosePerFractionGy, int fractions) {
        return bed(dosePerFractionGy, fractions, alphaBetaTumour);
    }

    public double tumourBed(RadiotherapyFractionation f) {
        return tumourBed(f.dosePerFractionGy(), f.fractions());
    }

    /** Late normal-tissue BED (Gy). */
    public double lateBed(RadiotherapyFractionation f) {
        return bed(f.dosePerFractionGy(), f.fractions(), alphaBetaLate);
    }

    /** Spinal-cord BED (Gy). */
    public double cordBed(RadiotherapyFractionation f) {
        return bed(f.dosePerFractionGy(), f.fractions(), alphaBetaCord);
    }

    /** Tumour surviving fraction exp(-n (alpha d + beta d^2)). */
    public double survivingFraction(double dosePerFractionGy, int fractions) {
        double d = dosePerFractionGy;
        tumourBed(d, fractions); // validates
        return Math.exp(-fractions * (alpha * d + beta() * d * d));
    }

    public double survivingFraction(RadiotherapyFractionation f) {
        return survivingFraction(f.dosePerFractionGy(), f.fractions());
    }

    public double alpha() {
        return alpha;
    }

    /** beta = alpha / (alpha/beta) of tumour (1/Gy^2). */
    public double beta() {
        return alpha / alphaBetaTumour;
    }

    public double alphaOverBetaTumour() {
        return alphaBetaTumour;
    }
}
