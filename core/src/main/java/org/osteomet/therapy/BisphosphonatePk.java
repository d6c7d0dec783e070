package org.osteomet.therapy;

/**
 * Linear two-compartment kinetics of an intravenous nitrogen-containing bisphosphonate, with an Emax effect of the
 * bone-bound drug on osteoclast activity. Amounts are in mg, time in days; each dose is an intravenous bolus into
 * plasma (the 15-min infusion is short against every time scale here).
 * <pre>
 * dP/dt = -(k_u + k_b) P + k_r B          plasma (and rapidly equilibrating soft tissue)
 * dB/dt =  k_b P - k_r B                  bound to bone mineral
 * dU/dt =  k_u P                          excreted unchanged in urine
 * u(t)  = Emax B / (EC50 + B)             fractional suppression of osteoclast resorption
 * </pre>
 * The three rates are derived from three observables: the plasma disposal half-life t_p (fast eigenvalue
 * -mu2 = -ln2/t_p), the fraction f of plasma drug that binds to bone rather than going to urine
 * (f = k_b/(k_u + k_b)), and the retention half-life T_b of the bone-bound drug (slow eigenvalue -mu1 = -ln2/T_b,
 * which already includes re-uptake of released drug). With S = mu1 + mu2 and Pi = mu1 mu2 the characteristic
 * polynomial gives k_p = k_u + k_b = (S + sqrt(S^2 - 4 Pi/(1 - f)))/2, k_r = Pi / ((1 - f) k_p).
 *
 * <p>Unit-dose solution (dose at dt = 0, closed form):
 * <pre>
 * P(dt) = [(k_r - mu1) e^{-mu1 dt} - (k_r - mu2) e^{-mu2 dt}] / (mu2 - mu1)
 * B(dt) = k_b (e^{-mu1 dt} - e^{-mu2 dt}) / (mu2 - mu1)
 * U(dt) = 1 - P(dt) - B(dt)
 * </pre>
 * and a schedule by superposition (the kinetics are linear).
 */
public abstract sealed class BisphosphonatePk permits ZoledronicAcidPk, PamidronatePk {

    /** Hours per day, to convert the plasma half-life. */
    static final double HOURS_PER_DAY = 24.0;
    private static final String DOSE_UNIT = "mg";

    private final String drug;
    private final double muFast;
    private final double muSlow;
    private final double kPlasma;
    private final double kBone;
    private final double kUrine;
    private final double kRelease;
    private final double emax;
    private final double ec50;
    private final double standardDoseMg;
    private final double standardIntervalDays;

    BisphosphonatePk(String drug, double plasmaHalfLifeHours, double boneFraction, double boneHalfLifeDays,
                     double emax, double ec50Mg, double standardDoseMg, double standardIntervalDays) {
        this.drug = drug;
        this.muFast = Math.log(2.0) / (plasmaHalfLifeHours / HOURS_PER_DAY);
        this.muSlow = Math.log(2.0) / boneHalfLifeDays;
        if (!(boneFraction > 0 && boneFraction < 1)) {
            throw new IllegalArgumentException(drug + ": bone fraction must lie in (0, 1), got " + boneFraction);
        }
        double s = muFast + muSlow;
        double pi = muFast * muSlow;
        double disc = s * s - 4.0 * pi / (1.0 - boneFraction);
        if (!(disc > 0) || !(muFast > muSlow)) {
            throw new IllegalArgumentException(drug + ": plasma half-life " + plasmaHalfLifeHours + " h, bone fraction "
                    + boneFraction + " and bone half-life " + boneHalfLifeDays + " d admit no rates "
                    + "(need (1 - f) mu2 > 4 mu1 roughly: the bone half-life must be much longer than the plasma one)");
        }
        this.kPlasma = 0.5 * (s + Math.sqrt(disc));
        this.kRelease = pi / ((1.0 - boneFraction) * kPlasma);
        this.kBone = boneFraction * kPlasma;
        this.kUrine = kPlasma - kBone;
        this.emax = emax;
        this.ec50 = ec50Mg;
        this.standardDoseMg = standardDoseMg;
        this.standardIntervalDays = standardIntervalDays;
    }

    public String drug() {
        return drug;
    }

    /** The label dose (mg). */
    public double standardDoseMg() {
        return standardDoseMg;
    }

    /** The label regimen: standard dose every standard interval from {@code startDay}, open-ended. */
    public Schedule standardSchedule(double startDay) {
        return Schedule.openEnded(standardDoseMg, DOSE_UNIT, standardIntervalDays, startDay);
    }

    /** Plasma amount (mg) per mg given, {@code dt} days after the dose (0 before it). */
    public double plasmaFraction(double dt) {
        if (dt < 0) {
            return 0.0;
        }
        return ((kRelease - muSlow) * Math.exp(-muSlow * dt) - (kRelease - muFast) * Math.exp(-muFast * dt))
                / (muFast - muSlow);
    }

    /** Bone-bound amount (mg) per mg given, {@code dt} days after the dose (0 before it). */
    public double boneFraction(double dt) {
        if (dt < 0) {
            return 0.0;
        }
        return kBone * (Math.exp(-muSlow * dt) - Math.exp(-muFast * dt)) / (muFast - muSlow);
    }

    /** Plasma amount (mg) at {@code day} under {@code schedule}, by superposition. */
    public double plasmaAmountMg(Schedule schedule, double day) {
        return superpose(schedule, day, this::plasmaFraction);
    }

    /** Bone-bound amount (mg) at {@code day} under {@code schedule}, by superposition. */
    public double boneAmountMg(Schedule schedule, double day) {
        return superpose(schedule, day, this::boneFraction);
    }

    /** Linear kinetics: the sum over given doses of the dose times the one-dose response at the time since it. */
    private double superpose(Schedule schedule, double day, java.util.function.DoubleUnaryOperator perDose) {
        schedule.requireUnit(DOSE_UNIT, drug);
        int n = schedule.dosesUpTo(day);
        double sum = 0.0;
        for (int k = 0; k < n; k++) {
            sum += perDose.applyAsDouble(day - schedule.doseTime(k));
        }
        return schedule.doseAmount() * sum;
    }

    /** Cumulative amount excreted in urine (mg) by {@code day}: given minus plasma minus bone-bound. */
    public double excretedAmountMg(Schedule schedule, double day) {
        return schedule.cumulativeAmount(day) - plasmaAmountMg(schedule, day) - boneAmountMg(schedule, day);
    }

    /** Fractional suppression of osteoclast resorption for a bone-bound amount (mg). */
    public double suppression(double boneAmountMg) {
        return emax * boneAmountMg / (ec50 + boneAmountMg);
    }

    /** Fractional suppression of osteoclast resorption at {@code day} under {@code schedule}. */
    public double suppression(Schedule schedule, double day) {
        return suppression(boneAmountMg(schedule, day));
    }

    /** k_u + k_b: first-order loss from plasma (1/d). */
    public double plasmaLossRate() {
        return kPlasma;
    }

    /** k_b: uptake from plasma to bone (1/d). */
    public double boneUptakeRate() {
        return kBone;
    }

    /** k_u: renal elimination from plasma (1/d). */
    public double renalRate() {
        return kUrine;
    }

    /** k_r: release of bone-bound drug back to plasma (1/d). */
    public double boneReleaseRate() {
        return kRelease;
    }

    /** mu2 = ln2 / t_p (1/d). */
    public double fastRate() {
        return muFast;
    }

    /** mu1 = ln2 / T_b (1/d). */
    public double slowRate() {
        return muSlow;
    }
}
