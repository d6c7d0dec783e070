package org.osteomet.bone;

import org.osteomet.param.ParameterSet;

/**
 * Osteoclasts, osteoblasts and bone mass of one bone site, with a tumour that tilts remodelling: the Komarova 2003
 * power-law model ({@link KomarovaParameters}) with the Ayati 2010 lytic terms and an osteoblastic term
 * ({@link TumourCouplingParameters}).
 *
 * <p>The state is {@code {x, y, z}} with x = ln C, y = ln B (C, B: osteoclast and osteoblast counts) and z the bone
 * mass in % of its initial value. In these coordinates the right-hand side is
 * <pre>
 * dx/dt = alpha1 exp((G11 - 1) x + G21 y) - beta1
 * dy/dt = A2 exp(G12 x + (G22 - 1) y) - beta2
 * dz/dt = -k1 max(0, C - Cbar) + k2 max(0, B - Bbar)
 * </pre>
 * with the tumour-modified exponents G and production A2 of {@link TumourCouplingParameters} for a tumour burden
 * T in [0, 1] (fraction of the site's carrying capacity) and a clone drive D in [-1, 1].
 *
 * <p>The thresholds Cbar and Bbar are by default the healthy (T = 0) steady state, so that any tumour-driven
 * excess of cells counts as resorption or formation. {@link #withBarsAt} evaluates them instead with the
 * tumour-modified exponents at a given (T, D), the convention of Ayati et al. 2010 (T = 1, D = -1; see
 * {@link #ayati}). z is not clamped; callers decide what a mass at or below zero means.
 *
 * <p>Instances are immutable and thread-safe; {@link #step} allocates nothing.
 */
public final class ViciousCycle {

    /** Index of ln C in the state. */
    public static final int LN_OSTEOCLASTS = 0;
    /** Index of ln B in the state. */
    public static final int LN_OSTEOBLASTS = 1;
    /** Index of the bone mass (% of initial) in the state. */
    public static final int BONE_MASS = 2;
    /** Length of the state. */
    public static final int DIMENSION = 3;
    /** Bone mass at the start, by definition of z (% of initial). */
    public static final double INITIAL_BONE_MASS_PERCENT = 100.0;

    private final double alpha1;
    private final double alpha2;
    private final double beta1;
    private final double beta2;
    private final double g11;
    private final double g21;
    private final double g12;
    private final double g22;
    private final double k1;
    private final double k2;
    private final double r11;
    private final double r21;
    private final double r12;
    private final double r22;
    private final double sB;
    private final double sL;
    private final double phi;
    private final double y1Ref;
    private final double maxSubstep;
    /** Healthy (T = 0) steady state. */
    private final double cHealthy;
    private final double bHealthy;
    /** Thresholds of active resorption and formation. */
    private final double cBar;
    private final double bBar;

    /** The model with the healthy steady state as resorption and formation thresholds. */
    public ViciousCycle(ParameterSet p) {
        this(p, 0.0, 0.0);
    }

    private ViciousCycle(ParameterSet p, double barTumour, double barDrive) {
        alpha1 = p.get(KomarovaParameters.ALPHA1);
        alpha2 = p.get(KomarovaParameters.ALPHA2);
        beta1 = p.get(KomarovaParameters.BETA1);
        beta2 = p.get(KomarovaParameters.BETA2);
        g11 = p.get(KomarovaParameters.G11);
        g21 = p.get(KomarovaParameters.G21);
        g12 = p.get(KomarovaParameters.G12);
        g22 = p.get(KomarovaParameters.G22);
        k1 = p.get(KomarovaParameters.K1);
        k2 = p.get(KomarovaParameters.K2);
        r11 = p.get(TumourCouplingParameters.R11);
        r21 = p.get(TumourCouplingParameters.R21);
        r12 = p.get(TumourCouplingParameters.R12);
        r22 = p.get(TumourCouplingParameters.R22);
        sB = p.get(TumourCouplingParameters.BLASTIC_OB_STIMULATION);
        sL = p.get(TumourCouplingParameters.LYTIC_OC_STIMULATION);
        phi = p.get(TumourCouplingParameters.RESORPTION_GROWTH_FEEDBACK);
        y1Ref = p.get(TumourCouplingParameters.RESORPTION_REFERENCE);
        maxSubstep = p.get(BoneParameters.INTEGRATION_STEP);
        checkTumour(barTumour, barDrive);
        double uL = lyticWeight(barDrive);
        double uB = blasticWeight(barDrive);
        cHealthy = steadyOsteoclasts(g11, g21, g12, g22, alpha1, alpha2);
        bHealthy = steadyOsteoblasts(g11, g21, g12, g22, alpha1, alpha2);
        double bg11 = g11 * (1 + r11 * uL * barTumour);
        double bg21 = g21 * (1 + r21 * uL * barTumour);
        double bg12 = g12 / (1 + r12 * uL * barTumour);
        double bg22 = g22 - r22 * uL * barTumour;
        double bA2 = alpha2 * (1 + sB * uB * barTumour);
        double bA1 = alpha1 * (1 + sL * uL * barTumour);
        cBar = steadyOsteoclasts(bg11, bg21, bg12, bg22, bA1, bA2);
        bBar = steadyOsteoblasts(bg11, bg21, bg12, bg22, bA1, bA2);
        if (!(cHealthy > 0 && bHealthy > 0 && cBar > 0 && bBar > 0 && Double.isFinite(cHealthy * bHealthy * cBar * bBar))) {
            throw new IllegalArgumentException("bone model has no positive steady state (gamma = g12 g21 - (1-g11)(1-g22) = "
                    + (g12 * g21 - (1 - g11) * (1 - g22)) + ")");
        }
    }

    /**
     * The model with resorption and formation thresholds evaluated with the tumour-modified exponents at the given
     * burden and drive (the steady state of the tumour-modified system there).
     */
    public static ViciousCycle withBarsAt(ParameterSet p, double tumourFraction, double drive) {
        return new ViciousCycle(p, tumourFraction, drive);
    }

    /** Ayati et al. 2010 convention: thresholds at full burden (T = 1) of a purely lytic clone (D = -1). */
    public static ViciousCycle ayati(ParameterSet p) {
        return withBarsAt(p, 1.0, -1.0);
    }

    /** Lytic weight u_L = (1 - D) / 2. */
    public static double lyticWeight(double drive) {
        return 0.5 * (1 - drive);
    }

    /** Blastic weight u_B = (1 + D) / 2. */
    public static double blasticWeight(double drive) {
        return 0.5 * (1 + drive);
    }

    private double steadyOsteoclasts(double e11, double e21, double e12, double e22, double a1, double a2) {
        double gamma = e12 * e21 - (1 - e11) * (1 - e22);
        return Math.pow(beta1 / a1, (1 - e22) / gamma) * Math.pow(beta2 / a2, e21 / gamma);
    }

    private double steadyOsteoblasts(double e11, double e21, double e12, double e22, double a1, double a2) {
        double gamma = e12 * e21 - (1 - e11) * (1 - e22);
        return Math.pow(beta1 / a1, e12 / gamma) * Math.pow(beta2 / a2, (1 - e11) / gamma);
    }

    private static void checkTumour(double tumourFraction, double drive) {
        if (!(tumourFraction >= 0 && tumourFraction <= 1)) {
            throw new IllegalArgumentException("tumour fraction " + tumourFraction + " outside [0, 1]");
        }
        if (!(drive >= -1 && drive <= 1)) {
            throw new IllegalArgumentException("drive " + drive + " outside [-1, 1]");
        }
    }

    /** A new state from cell counts and bone mass. */
    public static double[] state(double osteoclasts, double osteoblasts, double boneMassPercent) {
        return new double[] {Math.log(osteoclasts), Math.log(osteoblasts), boneMassPercent};
    }

    /** The healthy steady state (T = 0), with z = 100%: a fixed point of the healthy model. */
    public double[] healthySteadyState() {
        return state(cHealthy, bHealthy, INITIAL_BONE_MASS_PERCENT);
    }

    /** Healthy steady-state osteoclasts (cells). */
    public double healthyOsteoclasts() {
        return cHealthy;
    }

    /** Healthy steady-state osteoblasts (cells). */
    public double healthyOsteoblasts() {
        return bHealthy;
    }

    /** Cbar: osteoclasts above this resorb (cells). */
    public double resorptionThreshold() {
        return cBar;
    }

    /** Bbar: osteoblasts above this form bone (cells). */
    public double formationThreshold() {
        return bBar;
    }

    /** Largest internal substep of {@link #step} (d). */
    public double maxSubstep() {
        return maxSubstep;
    }

    public static double osteoclasts(double[] state) {
        return Math.exp(state[LN_OSTEOCLASTS]);
    }

    public static double osteoblasts(double[] state) {
        return Math.exp(state[LN_OSTEOBLASTS]);
    }

    public static double boneMass(double[] state) {
        return state[BONE_MASS];
    }

    /** Active resorption k1 max(0, C - Cbar) (% of initial bone mass per day). */
    public double resorption(double[] state) {
        return k1 * Math.max(0, Math.exp(state[LN_OSTEOCLASTS]) - cBar);
    }

    /** Active formation k2 max(0, B - Bbar) (% of initial bone mass per day). */
    public double formation(double[] state) {
        return k2 * Math.max(0, Math.exp(state[LN_OSTEOBLASTS]) - bBar);
    }

    /** Tumour growth-rate multiplier from the vicious cycle, 1 + phi min(1, y1 / y1_ref), y1 = max(0, C - Cbar). */
    public double growthMultiplier(double[] state) {
        return growthMultiplier(state, 0.0);
    }

    /** The same when a drug suppresses a fraction of resorption: less resorption, less growth factor released. */
    public double growthMultiplier(double[] state, double resorptionSuppression) {
        double y1 = Math.max(0, Math.exp(state[LN_OSTEOCLASTS]) - cBar) * (1 - resorptionSuppression);
        return 1 + phi * Math.min(1, y1 / y1Ref);
    }

    /** Osteolysis index in [0, 1]: osteoclast excess over the threshold, relative to y1_ref (used for bone pain). */
    public double osteolysisIndex(double[] state) {
        return osteolysisIndex(state, 0.0);
    }

    /** The same with a fraction of resorption suppressed by a drug. */
    public double osteolysisIndex(double[] state, double resorptionSuppression) {
        double y1 = Math.max(0, Math.exp(state[LN_OSTEOCLASTS]) - cBar) * (1 - resorptionSuppression);
        return Math.min(1, y1 / y1Ref);
    }

    /**
     * Osteoblastic activity index in [0, 1]: osteoblast excess over the threshold relative to the threshold itself
     * (a doubling of osteoblasts is full activity). Blastic lesions hurt too (endothelin-1 is both their osteoblast
     * signal and a pain mediator).
     */
    public double osteoblasticIndex(double[] state) {
        double y2 = Math.max(0, Math.exp(state[LN_OSTEOBLASTS]) - bBar);
        return Math.min(1, y2 / bBar);
    }

    /**
     * The right-hand side d{x, y, z}/dt at the given tumour burden and drive, written into {@code out}
     * (for reference integrators; the simulation uses {@link #step}).
     */
    public void derivatives(double[] state, double tumourFraction, double drive, double[] out) {
        checkTumour(tumourFraction, drive);
        double uL = lyticWeight(drive);
        double uB = blasticWeight(drive);
        double e11m1 = g11 * (1 + r11 * uL * tumourFraction) - 1;
        double e21 = g21 * (1 + r21 * uL * tumourFraction);
        double e12 = g12 / (1 + r12 * uL * tumourFraction);
        double e22m1 = g22 - r22 * uL * tumourFraction - 1;
        double a2 = alpha2 * (1 + sB * uB * tumourFraction);
        double a1 = alpha1 * (1 + sL * uL * tumourFraction);
        double x = state[LN_OSTEOCLASTS];
        double y = state[LN_OSTEOBLASTS];
        out[LN_OSTEOCLASTS] = a1 * Math.exp(e11m1 * x + e21 * y) - beta1;
        out[LN_OSTEOBLASTS] = a2 * Math.exp(e12 * x + e22m1 * y) - beta2;
        out[BONE_MASS] = boneRate(x, y);
    }

    private double boneRate(double x, double y) {
        return boneRate(x, y, 1.0);
    }

    private double boneRate(double x, double y, double resorptionKept) {
        return -k1 * resorptionKept * Math.max(0, Math.exp(x) - cBar) + k2 * Math.max(0, Math.exp(y) - bBar);
    }

    /**
     * Advances the state in place by {@code dtDays} at constant tumour burden and drive: classical RK4 in
     * (ln C, ln B, z) with equal substeps of at most {@link BoneParameters#INTEGRATION_STEP}.
     */
    public void step(double[] state, double dtDays, double tumourFraction, double drive) {
        step(state, dtDays, tumourFraction, drive, 0.0);
    }

    /**
     * As {@link #step(double[], double, double, double)} with a bone-targeted drug suppressing a fraction
     * {@code resorptionSuppression} of the resorption each active osteoclast does (k1 scaled by 1 - u): the mapping
     * of drug exposure to the fall of resorption markers (shared reference, section 7). Suppressing osteoclast
     * formation instead would stop all resorption as soon as C falls below its steady state, which markers do not show.
     */
    public void step(double[] state, double dtDays, double tumourFraction, double drive, double resorptionSuppression) {
        checkTumour(tumourFraction, drive);
        if (!(resorptionSuppression >= 0 && resorptionSuppression <= 1)) {
            throw new IllegalArgumentException("resorption suppression " + resorptionSuppression + " outside [0, 1]");
        }
        double keep = 1 - resorptionSuppression;
        if (!(dtDays >= 0)) {
            throw new IllegalArgumentException("time step " + dtDays + " d is negative");
        }
        if (dtDays == 0) {
            return;
        }
        double uL = lyticWeight(drive);
        double uB = blasticWeight(drive);
        double e11m1 = g11 * (1 + r11 * uL * tumourFraction) - 1;
        double e21 = g21 * (1 + r21 * uL * tumourFraction);
        double e12 = g12 / (1 + r12 * uL * tumourFraction);
        double e22m1 = g22 - r22 * uL * tumourFraction - 1;
        double a2 = alpha2 * (1 + sB * uB * tumourFraction);
        double a1 = alpha1 * (1 + sL * uL * tumourFraction);

        // ceil with a relative slack so that dt = n h gives exactly n substeps despite rounding
        int n = Math.max(1, (int) Math.ceil(dtDays / maxSubstep * (1 - 1e-12)));
        double h = dtDays / n;
        double half = 0.5 * h;
        double x = state[LN_OSTEOCLASTS];
        double y = state[LN_OSTEOBLASTS];
        double z = state[BONE_MASS];
        for (int i = 0; i < n; i++) {
            double kx1 = a1 * Math.exp(e11m1 * x + e21 * y) - beta1;
            double ky1 = a2 * Math.exp(e12 * x + e22m1 * y) - beta2;
            double kz1 = boneRate(x, y, keep);

            double x2 = x + half * kx1;
            double y2 = y + half * ky1;
            double kx2 = a1 * Math.exp(e11m1 * x2 + e21 * y2) - beta1;
            double ky2 = a2 * Math.exp(e12 * x2 + e22m1 * y2) - beta2;
            double kz2 = boneRate(x2, y2, keep);

            double x3 = x + half * kx2;
            double y3 = y + half * ky2;
            double kx3 = a1 * Math.exp(e11m1 * x3 + e21 * y3) - beta1;
            double ky3 = a2 * Math.exp(e12 * x3 + e22m1 * y3) - beta2;
            double kz3 = boneRate(x3, y3, keep);

            double x4 = x + h * kx3;
            double y4 = y + h * ky3;
            double kx4 = a1 * Math.exp(e11m1 * x4 + e21 * y4) - beta1;
            double ky4 = a2 * Math.exp(e12 * x4 + e22m1 * y4) - beta2;
            double kz4 = boneRate(x4, y4, keep);

            x += h / 6 * (kx1 + 2 * kx2 + 2 * kx3 + kx4);
            y += h / 6 * (ky1 + 2 * ky2 + 2 * ky3 + ky4);
            z += h / 6 * (kz1 + 2 * kz2 + 2 * kz3 + kz4);
        }
        state[LN_OSTEOCLASTS] = x;
        state[LN_OSTEOBLASTS] = y;
        state[BONE_MASS] = z;
    }
}
