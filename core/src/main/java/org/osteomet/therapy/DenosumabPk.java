package org.osteomet.therapy;

import static org.osteomet.param.Provenance.ASSUMPTION;
import static org.osteomet.param.Provenance.CALIBRATED;
import static org.osteomet.param.Provenance.PUBLISHED;
import static org.osteomet.param.Provenance.RECALLED;

import org.osteomet.param.Parameter;
import org.osteomet.param.ParameterSet;

/**
 * Denosumab after subcutaneous injection: first-order absorption from a depot, linear plus Michaelis-Menten
 * (target-mediated) elimination, as in Martinez-Reina &amp; Pivonka 2019 (Bone 125:87; code
 * martinez_reina_model.py, model-building-blocks section 2 [V-code]). Concentrations in ng/mL, time in days:
 * <pre>
 * dA/dt = -k_a A                                       A: depot, as concentration equivalent; a dose adds
 *                                                         F Dose / (V_c BW)
 * dC/dt =  k_a A - V_max/V_c * C/(K_m + C) - k_el C    C: serum denosumab
 * u     =  C / (C + K_d,eff)                           RANKL neutralisation, fraction of resorption suppressed
 * </pre>
 * The depot-plus-ODE form is the same as the paper's forcing k_a Dose/(V_c/F) e^{-k_a t} summed over doses. The
 * system is integrated by classical fixed-step RK4 (step at most 0.25 d, no allocation per step), with each dose
 * added to the depot at its day.
 *
 * <p>The effect constant K_d,eff is calibrated to the resorption marker (uNTX) rather than taken from the
 * paper's binding constant: 1/(xi K_den) = 1/(0.012 x 0.333 /pM) = 250 pM = 37 ng/mL would neutralise more than
 * 99.9% of RANKL at the 120 mg q4w exposure, while uNTX falls by 70-90%.
 *
 * <p>Not thread-safe: one instance per patient.
 */
public final class DenosumabPk {

    private static final String MRP = "Martinez-Reina & Pivonka 2019 Bone 125:87, martinez_reina_parameters.py "
            + "(model-building-blocks section 2 [V-code])";
    private static final double NG_PER_MG = 1e6;
    private static final String DOSE_UNIT = "mg";

    /** k_a: absorption rate from the subcutaneous depot. */
    public static final Parameter ABSORPTION_RATE = Parameter.positive("therapy.denosumab.absorption_rate", "k_a", 0.17, "1/d",
            10, PUBLISHED, MRP);
    /** V_c: central volume per kg body weight. */
    public static final Parameter CENTRAL_VOLUME = Parameter.positive("therapy.denosumab.central_volume_ml_per_kg", "V_c", 77.9,
            "mL/kg", 1000, PUBLISHED, MRP);
    /** F: subcutaneous bioavailability. */
    public static final Parameter BIOAVAILABILITY = new Parameter("therapy.denosumab.bioavailability", "F", 1.0, "1", 0.01, 1,
            PUBLISHED, MRP + " (F = 1; OpenBoneMin uses 0.729)");
    /** V_max: largest target-mediated elimination rate per kg. */
    public static final Parameter VMAX = new Parameter("therapy.denosumab.vmax_ng_per_kg_day", "V_max", 2672, "ng/(kg d)",
            0, 1e6, PUBLISHED, MRP);
    /** K_m: concentration of half-maximal target-mediated elimination. */
    public static final Parameter KM = Parameter.positive("therapy.denosumab.km_ng_per_ml", "K_m", 411, "ng/mL", 1e6,
            PUBLISHED, MRP);
    /** k_el: linear elimination rate. */
    public static final Parameter ELIMINATION_RATE = new Parameter("therapy.denosumab.elimination_rate", "k_el", 0.0115, "1/d",
            0, 1, PUBLISHED, MRP);
    /** K_d,eff: serum concentration giving half suppression of resorption. */
    public static final Parameter KD_EFF = Parameter.positive("therapy.denosumab.kd_eff_ng_per_ml", "K_d,eff", 12000, "ng/mL",
            1e6, CALIBRATED, "calibrated against the resorption marker, never against SRE outcomes: 120 mg q4w keeps "
                    + "u = C/(C + K_d,eff) within 70-90% uNTX suppression from week 12 to year 2 (Body et al. 2006 Clin "
                    + "Cancer Res 12:1221; model-building-blocks section 7 [M]); checked in DenosumabPkTest");
    /** Label dose. */
    public static final Parameter DOSE = Parameter.positive("therapy.denosumab.dose_mg", "D", 120.0, "mg", 480, RECALLED,
            "Xgeva 120 mg SC every 4 weeks for bone metastases (model-building-blocks section 2 [M])");
    /** Label dosing interval. */
    public static final Parameter INTERVAL = new Parameter("therapy.denosumab.interval_d", "tau", 28.0, "d", 1, 365, RECALLED,
            "every 4 weeks (model-building-blocks section 2 [M])");
    /** h: largest RK4 step. */
    public static final Parameter INTEGRATION_STEP = new Parameter("therapy.denosumab.integration_step_d", "h", 0.25, "d",
            1e-3, 0.25, ASSUMPTION, "fixed-step classical RK4; checked against Dormand-Prince 8(5,3) at 1e-12 tolerance "
                    + "(DenosumabPkTest: within 1e-4 relative over 6 months of q4w dosing)");

    private final double ka;
    private final double kel;
    private final double vmaxConc;
    private final double km;
    private final double kdEff;
    private final double concPerMg;
    private final double maxStep;
    private final double standardDoseMg;
    private final double standardIntervalDays;

    private Schedule schedule;
    private double time;
    private double depot;
    private double conc;
    private int dosesGiven;

    /** Denosumab with the default values (body weight {@link TherapyParameters#BODY_WEIGHT}). */
    public DenosumabPk() {
        this(ABSORPTION_RATE.value(), CENTRAL_VOLUME.value(), BIOAVAILABILITY.value(), VMAX.value(), KM.value(),
                ELIMINATION_RATE.value(), KD_EFF.value(), INTEGRATION_STEP.value(), TherapyParameters.BODY_WEIGHT.value(),
                DOSE.value(), INTERVAL.value());
    }

    /** Denosumab with the values of a scenario. */
    public DenosumabPk(ParameterSet p) {
        this(p.get(ABSORPTION_RATE), p.get(CENTRAL_VOLUME), p.get(BIOAVAILABILITY), p.get(VMAX), p.get(KM),
                p.get(ELIMINATION_RATE), p.get(KD_EFF), p.get(INTEGRATION_STEP), p.get(TherapyParameters.BODY_WEIGHT),
                p.get(DOSE), p.get(INTERVAL));
    }

    private DenosumabPk(double ka, double vcPerKg, double f, double vmaxPerKg, double km, double kel, double kdEff,
                        double maxStep, double bodyWeightKg, double dose, double interval) {
        this.ka = ka;
        this.kel = kel;
        this.vmaxConc = vmaxPerKg / vcPerKg;
        this.km = km;
        this.kdEff = kdEff;
        this.concPerMg = f * NG_PER_MG / (vcPerKg * bodyWeightKg);
        this.maxStep = maxStep;
        this.standardDoseMg = dose;
        this.standardIntervalDays = interval;
    }

    /** The label regimen: 120 mg every 4 weeks from {@code startDay}, open-ended. */
    public Schedule standardSchedule(double startDay) {
        return Schedule.openEnded(standardDoseMg, DOSE_UNIT, standardIntervalDays, startDay);
    }

    /** Starts a course: empty depot and serum at the schedule's start day, then the first dose. */
    public void start(Schedule s) {
        s.requireUnit(DOSE_UNIT, "denosumab");
        this.schedule = s;
        this.time = s.startDay();
        this.depot = 0.0;
        this.conc = 0.0;
        this.dosesGiven = 0;
        giveDueDoses();
    }

    /** Integrates to {@code day}, giving every dose due on the way (and on {@code day} itself). */
    public void advanceTo(double day) {
        if (schedule == null) {
            throw new IllegalStateException("denosumab: start(schedule) before advanceTo");
        }
        if (day < time) {
            throw new IllegalArgumentException("denosumab: cannot go back from day " + time + " to day " + day);
        }
        while (time < day) {
            double next = nextDoseDay();
            double end = Math.min(day, next);
            integrate(end - time);
            time = end;
            giveDueDoses();
        }
    }

    /** Serum concentration (ng/mL) now. */
    public double concentrationNgPerMl() {
        return conc;
    }

    /** Depot, as the concentration it would add if absorbed at once (ng/mL). */
    public double depotNgPerMl() {
        return depot;
    }

    public double time() {
        return time;
    }

    /** Fraction of resorption suppressed now. */
    public double suppression() {
        return suppression(conc);
    }

    /** Fraction of resorption suppressed at serum concentration {@code c} (ng/mL). */
    public double suppression(double c) {
        return c / (c + kdEff);
    }

    /** Depot increment (ng/mL) per mg injected. */
    public double concentrationPerMg() {
        return concPerMg;
    }

    public double absorptionRate() {
        return ka;
    }

    public double eliminationRate() {
        return kel;
    }

    /** V_max / V_c (ng/(mL d)). */
    public double vmaxConcentration() {
        return vmaxConc;
    }

    public double km() {
        return km;
    }

    /** dC/dt for depot {@code a} and serum {@code c}. */
    public double concentrationRate(double a, double c) {
        return ka * a - vmaxConc * c / (km + c) - kel * c;
    }

    private double nextDoseDay() {
        if (!schedule.isOpenEnded() && dosesGiven >= schedule.doseCount()) {
            return Double.POSITIVE_INFINITY;
        }
        return schedule.doseTime(dosesGiven);
    }

    private void giveDueDoses() {
        while (nextDoseDay() <= time) {
            depot += schedule.doseAmount() * concPerMg;
            dosesGiven++;
        }
    }

    private void integrate(double span) {
        if (!(span > 0)) {
            return;
        }
        int n = (int) Math.ceil(span / maxStep);
        double h = span / n;
        double a = depot;
        double c = conc;
        for (int i = 0; i < n; i++) {
            double a1 = -ka * a;
            double c1 = concentrationRate(a, c);
            double a2 = -ka * (a + 0.5 * h * a1);
            double c2 = concentrationRate(a + 0.5 * h * a1, c + 0.5 * h * c1);
            double a3 = -ka * (a + 0.5 * h * a2);
            double c3 = concentrationRate(a + 0.5 * h * a2, c + 0.5 * h * c2);
            double a4 = -ka * (a + h * a3);
            double c4 = concentrationRate(a + h * a3, c + h * c3);
            a += h / 6.0 * (a1 + 2 * a2 + 2 * a3 + a4);
            c += h / 6.0 * (c1 + 2 * c2 + 2 * c3 + c4);
        }
        depot = a;
        conc = c;
    }
}
