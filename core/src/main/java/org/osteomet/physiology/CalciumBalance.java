package org.osteomet.physiology;

import org.osteomet.param.ParameterSet;

/**
 * Whole-body calcium balance of one patient: the extracellular (ECF) calcium pool and cumulative ledgers of what
 * entered and left it. Mutable, allocation-free after construction.
 *
 * <p>ODE for the ECF calcium P (mmol), t in days (minimal model of the shared reference, section 5, with the
 * values of Peterson &amp; Riggs 2010, BIOMD0000000613):
 * <pre>
 * dP/dt = J_gut + R_x + R0 e_res H - F_x P/P0 - U(F)
 *   J_gut          net gut absorption, constant
 *   R_x            extra (tumour-driven) resorption from bone lesions, given by the caller
 *   R0 e_res H     PTHrP-driven extra systemic resorption, H = N/(N + B50), N = humoral burden
 *                  ({@link #humoralBurden}: k_PTHrP x (tumour cells in bone + w_vis x those elsewhere))
 *   F_x P/P0       extra (tumour-driven) formation; the caller's demand F_x at normal calcium, scaled by P/P0
 *                  because mineralisation needs calcium (keeps P positive)
 *   U(F)           urine = max(0, F - Tm (1 + e_ren H) F/(K + F)), filtered load F = GFR f_uf P/V1
 * </pre>
 * Baseline remodelling (R0 against F0) is balanced and left out. There is no PTH/calcitriol feedback, no fall of
 * GFR with hypercalcaemia and no exchangeable bone pool: hypocalcaemia from blastic disease is overstated once F_x
 * exceeds net gut absorption.
 *
 * <p>{@link #advance} solves the ODE exactly for inputs constant over the step: above the renal threshold
 * x = F obeys dx/dt = -c b (x - x1)(x - x2)/(K + x), whose implicit solution is inverted by a safeguarded Newton
 * iteration; below it the ODE is linear. Excretion is booked as the balance of the step, so the ledgers conserve
 * calcium to rounding.
 */
public final class CalciumBalance {

    private static final int MAX_NEWTON = 100;
    private static final double NEWTON_TOL = 1e-14;

    private final double volume;
    private final double setPoint;
    private final double gut;
    private final double baselineResorption;
    private final double filtration;          // c = GFR f_uf / V1, 1/d: filtered load per mmol of ECF calcium
    private final double halfLoad;
    private final double tubularMax;
    private final double halfBurden;
    private final double hhmResorptionGain;
    private final double hhmReabsorptionGain;
    private final double nonBoneWeight;
    private final double secretionFactor;
    private final double uln;
    private final double grade2;
    private final double grade3;
    private final double grade4;

    private double ecf;
    private double absorbed;
    private double excreted;
    private double released;
    private double deposited;
    /** Inputs and result of the last solve (NaN before the first: never equal). */
    private double lastX = Double.NaN;
    private double lastDt = Double.NaN;
    private double lastSource = Double.NaN;
    private double lastA = Double.NaN;
    private double lastTm = Double.NaN;
    private double lastXEnd;
    private double lastIntegral;

    /** A balance with the reference PTHrP secretion (k_PTHrP = 1, breast cancer). */
    public CalciumBalance(ParameterSet p) {
        this(p, 1.0);
    }

    /**
     * @param secretionFactor PTHrP secretion per tumour cell relative to breast cancer, k_PTHrP of the primary
     *                        ({@link CalciumParameters#pthrpSecretion})
     */
    public CalciumBalance(ParameterSet p, double secretionFactor) {
        if (!(secretionFactor >= 0)) {
            throw new IllegalArgumentException("PTHrP secretion factor must be >= 0, got " + secretionFactor);
        }
        this.secretionFactor = secretionFactor;
        volume = p.get(CalciumParameters.ECF_VOLUME);
        setPoint = p.get(CalciumParameters.ECF_CALCIUM);
        gut = p.get(CalciumParameters.GUT_ABSORPTION);
        baselineResorption = p.get(CalciumParameters.BASELINE_RESORPTION);
        filtration = p.get(CalciumParameters.GFR) * CalciumParameters.L_PER_DAY_PER_ML_PER_MIN
                * p.get(CalciumParameters.ULTRAFILTERABLE_FRACTION) / volume;
        halfLoad = p.get(CalciumParameters.REABSORPTION_HALF_LOAD);
        tubularMax = p.get(CalciumParameters.REABSORPTION_MAX);
        halfBurden = p.get(CalciumParameters.HHM_HALF_BURDEN);
        hhmResorptionGain = p.get(CalciumParameters.HHM_RESORPTION_GAIN);
        hhmReabsorptionGain = p.get(CalciumParameters.HHM_REABSORPTION_GAIN);
        nonBoneWeight = p.get(CalciumParameters.HHM_NON_BONE_WEIGHT);
        uln = p.get(CalciumParameters.CTCAE_ULN);
        grade2 = p.get(CalciumParameters.CTCAE_GRADE2);
        grade3 = p.get(CalciumParameters.CTCAE_GRADE3);
        grade4 = p.get(CalciumParameters.CTCAE_GRADE4);
        ecf = setPoint;
    }

    /**
     * The burden that sets the PTHrP effect: tumour cells in bone count fully (bone-derived TGF-beta induces PTHrP in
     * them), cells elsewhere (primary, viscera, nodes) at w_vis ({@link CalciumParameters#HHM_NON_BONE_WEIGHT}); all
     * times the primary's PTHrP secretion factor k_PTHrP.
     */
    public double humoralBurden(double boneCells, double otherCells) {
        if (!(boneCells >= 0 && otherCells >= 0)) {
            throw new IllegalArgumentException("tumour cells must be >= 0: bone " + boneCells + ", other " + otherCells);
        }
        return secretionFactor * (boneCells + nonBoneWeight * otherCells);
    }

    /**
     * Advances the balance by {@code dtDays} with inputs held constant over the step.
     *
     * @param extraResorptionMmolPerDay calcium released by tumour-driven resorption, over baseline (>= 0)
     * @param extraFormationMmolPerDay  calcium demanded by tumour-driven formation at normal serum calcium (>= 0)
     * @param tumourCells               humoral tumour burden ({@link #humoralBurden}), for the PTHrP effect (>= 0)
     */
    public void advance(double dtDays, double extraResorptionMmolPerDay, double extraFormationMmolPerDay, double tumourCells) {
        advance(dtDays, extraResorptionMmolPerDay, extraFormationMmolPerDay, tumourCells, 0.0);
    }

    /**
     * As above, with a bone-targeted drug suppressing a fraction {@code resorptionSuppression} of the humoral
     * (PTHrP-driven) resorption too: bisphosphonates and denosumab treat hypercalcaemia of malignancy.
     */
    public void advance(double dtDays, double extraResorptionMmolPerDay, double extraFormationMmolPerDay, double tumourCells,
                        double resorptionSuppression) {
        if (!(resorptionSuppression >= 0 && resorptionSuppression <= 1)) {
            throw new IllegalArgumentException("resorption suppression " + resorptionSuppression + " outside [0, 1]");
        }
        if (!(dtDays >= 0 && extraResorptionMmolPerDay >= 0 && extraFormationMmolPerDay >= 0 && tumourCells >= 0)) {
            throw new IllegalArgumentException("calcium balance inputs must be >= 0: dt " + dtDays + ", resorption "
                    + extraResorptionMmolPerDay + ", formation " + extraFormationMmolPerDay + ", cells " + tumourCells);
        }
        if (dtDays == 0) {
            return;
        }
        double h = tumourCells / (tumourCells + halfBurden);
        double release = extraResorptionMmolPerDay + baselineResorption * hhmResorptionGain * h * (1 - resorptionSuppression);
        double source = gut + release;                            // S, mmol/d
        double a = extraFormationMmolPerDay / setPoint;           // formation rate constant, 1/d
        double c = filtration;
        double tm = tubularMax * (1 + hhmReabsorptionGain * h);
        double threshold = tm - halfLoad;                         // filtered load below which urine is zero

        double x = c * ecf;                                       // filtered load, mmol/d
        double integral = 0;                                      // integral of x dt over the step
        double left = dtDays;
        // The solve is a pure function of (x, dt, S, a, Tm): a patient at rest (no tumour, calcium at its fixed point)
        // repeats the last one exactly, so its result is reused bit for bit.
        boolean repeat = x == lastX && dtDays == lastDt && source == lastSource && a == lastA && tm == lastTm;
        double x0 = x;
        if (repeat) {
            x = lastXEnd;
            integral = lastIntegral;
            left = 0;
        }
        for (int segment = 0; segment < 3 && left > 0; segment++) {
            if (x > threshold) {
                // upper branch: b x^2 + (b K - S - Tm) x - S K = 0 gives the equilibria x1 > 0 > x2
                double beta = 1 + a / c;
                double bq = beta * halfLoad - source - tm;
                double disc = Math.sqrt(bq * bq + 4 * beta * source * halfLoad);
                double x1;
                double x2;
                if (bq >= 0) {
                    double q = -0.5 * (bq + disc);
                    x2 = q / beta;
                    x1 = -source * halfLoad / q;
                } else {
                    double q = 0.5 * (disc - bq);
                    x1 = q / beta;
                    x2 = -source * halfLoad / q;
                }
                double cb = c * beta;
                double d = x1 - x2;
                double aCoef = (halfLoad + x1) / d;                // partial fractions of (K + x)/((x - x1)(x - x2))
                double bCoef = (halfLoad + x2) / (x2 - x1);
                if (x1 < threshold) {
                    // heading down to the threshold: time to reach it from A ln|x - x1| + B ln(x - x2) = -c b t
                    double tHit = -(aCoef * Math.log((threshold - x1) / (x - x1))
                            + bCoef * Math.log((threshold - x2) / (x - x2))) / cb;
                    if (tHit < left) {
                        integral += upperIntegral(x, threshold, tHit, x1, x2, cb);
                        left -= tHit;
                        x = threshold;
                        continue;
                    }
                }
                double xEnd = upperSolve(x, left, x1, x2, d, aCoef, bCoef, cb);
                integral += upperIntegral(x, xEnd, left, x1, x2, cb);
                x = xEnd;
                left = 0;
            } else {
                // lower branch, no urine: dx/dt = c S - a x
                double rise = c * source;
                double tHit;
                if (a > 0) {
                    double xEq = rise / a;
                    tHit = xEq > threshold ? Math.log((xEq - x) / (xEq - threshold)) / a : Double.POSITIVE_INFINITY;
                } else {
                    tHit = (threshold - x) / rise;
                }
                boolean crosses = tHit < left;
                double t = crosses ? tHit : left;
                if (a > 0) {
                    double xEq = rise / a;
                    double decay = -Math.expm1(-a * t);               // 1 - exp(-a t)
                    integral += xEq * t + (x - xEq) * decay / a;
                    x += (xEq - x) * decay;
                } else {
                    integral += x * t + 0.5 * rise * t * t;
                    x += rise * t;
                }
                if (crosses) {
                    x = Math.nextUp(threshold);                        // continue on the upper branch
                    left -= tHit;
                } else {
                    left = 0;
                }
            }
        }
        if (left > 0) {
            integral += x * left;                                 // rounding left x at the threshold kink: it stays there
        }
        if (!repeat) {
            lastX = x0;
            lastDt = dtDays;
            lastSource = source;
            lastA = a;
            lastTm = tm;
            lastXEnd = x;
            lastIntegral = integral;
        }
        double newEcf = x / c;
        double dep = a * integral / c;
        double rel = release * dtDays;
        double abs = gut * dtDays;
        absorbed += abs;
        released += rel;
        deposited += dep;
        excreted += abs + rel - dep - (newEcf - ecf);
        ecf = newEcf;
    }

    /** x at time t on the upper branch, from A w + B L = -c b t with w = ln((x - x1)/(x0 - x1)), L = ln((x - x2)/(x0 - x2)). */
    private static double upperSolve(double x0, double t, double x1, double x2, double d, double aCoef, double bCoef, double cb) {
        double u0 = x0 - x1;
        if (u0 == 0) {
            return x1;
        }
        double base = d + u0;                                     // x0 - x2 > 0
        double ratio = bCoef / aCoef;
        double k = cb * t / aCoef;
        double spread = Math.abs(ratio * Math.log(d / base));
        double lo = -k - spread;
        double hi = Math.min(0.0, -k + spread);
        // Over a step the filtered load relaxes to x1 many times over: when even the largest deviation the bracket
        // allows is under a quarter ulp of x1, x1 + u0 e^w rounds to x1 for every w the iteration could return.
        if (Math.abs(u0) * Math.exp(hi) < 0.25 * Math.ulp(x1)) {
            return x1;
        }
        double w = Math.min(hi, Math.max(lo, -k - ratio * Math.log(d / base)));
        for (int i = 0; i < MAX_NEWTON; i++) {
            double e = u0 * Math.exp(w);
            double g = w + ratio * Math.log((d + e) / base) + k;
            if (g > 0) {
                hi = w;
            } else {
                lo = w;
            }
            double slope = 1 + ratio * e / (d + e);                // = (K + x)/(A (x - x2)) > 0
            double next = w - g / slope;
            if (!(next > lo && next < hi)) {
                next = 0.5 * (lo + hi);
            }
            if (Math.abs(next - w) <= NEWTON_TOL * (1 + Math.abs(w))) {
                w = next;
                break;
            }
            w = next;
        }
        return x1 + u0 * Math.exp(w);
    }

    /** Integral of x dt on the upper branch from x0 to x over time t: x1 t + ((x0 - x) - (K + x2) L)/(c b). */
    private double upperIntegral(double x0, double x, double t, double x1, double x2, double cb) {
        double l = Math.log((x - x2) / (x0 - x2));
        return x1 * t + ((x0 - x) - (halfLoad + x2) * l) / cb;
    }

    /** Total serum calcium, mmol/L. */
    public double serumCalciumMmolPerL() {
        return ecf / volume;
    }

    public double ecfCalciumMmol() {
        return ecf;
    }

    /** Calcium absorbed from the gut since construction, mmol. */
    public double absorbedMmol() {
        return absorbed;
    }

    /** Calcium excreted in urine since construction, mmol. */
    public double excretedMmol() {
        return excreted;
    }

    /** Calcium released from bone by tumour-driven resorption (lesions and PTHrP), over baseline, mmol. */
    public double releasedFromBoneMmol() {
        return released;
    }

    /** Calcium deposited into bone by tumour-driven formation, over baseline, mmol. */
    public double depositedInBoneMmol() {
        return deposited;
    }

    /** CTCAE v5 hypercalcaemia grade 0..4 of the current serum calcium. */
    public int grade() {
        return HypercalcaemiaGrade.of(serumCalciumMmolPerL(), uln, grade2, grade3, grade4);
    }
}
