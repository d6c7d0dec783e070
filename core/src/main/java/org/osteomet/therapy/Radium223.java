package org.osteomet.therapy;

import static org.osteomet.param.Provenance.ASSUMPTION;
import static org.osteomet.param.Provenance.PUBLISHED;
import static org.osteomet.param.Provenance.RECALLED;

import java.util.function.DoubleUnaryOperator;

import org.osteomet.param.Parameter;
import org.osteomet.param.ParameterSet;

/**
 * Radium-223 dichloride: a calcium mimetic alpha emitter taken up where bone is being formed
 * (model-building-blocks section 7). Per injection i at day t_i of a_i kBq/kg to a patient of BW kg:
 * <pre>
 * A_i         = a_i BW                                   injected activity (kBq)
 * w_i         = formation_lesion(t_i) / formation_skeleton(t_i)   share of the skeletal uptake in the lesion
 * A_les(t)    = sum_{t_i &lt;= t} f_up w_i A_i e^{-lambda (t - t_i)},  lambda = ln2 / t1/2
 * Atilde(t)   = sum_{t_i &lt;= t} f_up w_i A_i (1 - e^{-lambda (t - t_i)}) / lambda     cumulated activity (kBq d)
 * D           = Atilde 86400e3 E_decay g / m_lesion      absorbed dose (Gy), E_decay in J
 * SF          = exp(-alpha_alpha D)
 * </pre>
 * Bone-bound radium is assumed to stay where it landed (it decays there; the unbound part is cleared, mostly in
 * faeces, within days), so the lesion activity decays with the physical half-life. The geometric factor g is the
 * fraction of the emitted alpha energy deposited in the lesion's tumour tissue; the kill uses the mean dose, so the
 * steep dose gradient of the under-100-micrometre alpha range (only cells near mineralising surfaces are hit) is
 * not resolved: a smaller g stands for it.
 */
public final class Radium223 {

    private static final String S7 = "model-building-blocks section 7";
    /** Seconds per day. */
    private static final double SECONDS_PER_DAY = 86400.0;
    /** Becquerel per kilobecquerel. */
    private static final double BQ_PER_KBQ = 1e3;
    /** Joule per MeV (CODATA: 1 eV = 1.602176634e-19 J exactly). */
    private static final double JOULE_PER_MEV = 1.602176634e-13;
    private static final String DOSE_UNIT = "kBq/kg";

    /** t1/2: physical half-life of Ra-223. */
    public static final Parameter HALF_LIFE = new Parameter("therapy.radium223.half_life_d", "t1/2", 11.43, "d", 11.3, 11.6,
            PUBLISHED, S7 + " [V-page]: 11.43 +/- 0.05 d");
    /** Activity per injection per kg body weight. */
    public static final Parameter ACTIVITY = Parameter.positive("therapy.radium223.activity_kbq_per_kg", "a", 55.0, "kBq/kg",
            200, RECALLED, S7 + " [M]: ALSYMPCA 50 kBq/kg, 55 kBq/kg after the NIST standard update");
    /** Interval between injections. */
    public static final Parameter INTERVAL = new Parameter("therapy.radium223.interval_d", "tau", 28.0, "d", 1, 365,
            RECALLED, S7 + " [M]: every 4 weeks");
    /** Number of injections. */
    public static final Parameter INJECTIONS = new Parameter("therapy.radium223.injections", "n", 6.0, "doses", 1, 20,
            RECALLED, S7 + " [M]: 6 injections (ALSYMPCA)");
    /** f_up: fraction of injected activity taken up by bone. */
    public static final Parameter BONE_UPTAKE = Parameter.probability("therapy.radium223.bone_uptake_fraction", "f_up", 0.5,
            RECALLED, S7 + " [M]: bone uptake about 40-60% within hours, blood under 1% at 24 h");
    /** E_decay: alpha energy released per Ra-223 decay including its short-lived daughters. */
    public static final Parameter ENERGY_PER_DECAY = Parameter.positive("therapy.radium223.energy_per_decay_mev", "E_decay",
            28.0, "MeV", 40, RECALLED, S7 + " [M]: first alpha 5.98 MeV, about 28 MeV across the 4 alpha decays of the chain "
                    + "(daughters live seconds to minutes, so they decay in place)");
    /** g: fraction of the emitted alpha energy deposited in the lesion's tumour tissue. */
    public static final Parameter GEOMETRIC_FACTOR = Parameter.probability("therapy.radium223.geometric_factor", "g", 0.5,
            ASSUMPTION, "alpha tracks from activity bound on a mineral surface go half into the matrix (2 pi geometry), half "
                    + "into the marrow/tumour side within < 100 micrometres (" + S7 + "); dose heterogeneity not resolved, "
                    + "set lower to account for tumour cells out of range; with g = 0.5 a 50 g lesion holding 5% of the "
                    + "skeletal uptake gets about 32 Gy mean over 6 injections (SF about 1e-21), so the mean-dose kill "
                    + "overstates the effect and g must be revisited before Ra-223 arms are run");
    /** alpha_alpha: LQ linear coefficient for alpha particles (no beta term for high-LET radiation). */
    public static final Parameter ALPHA_ALPHA = Parameter.positive("therapy.radium223.alpha_alpha", "alpha_alpha", 1.5, "1/Gy",
            10, RECALLED, S7 + " [M]: alpha_alpha about 1-2 /Gy (RBE about 5 on photon alpha)");

    private final double lambda;
    private final double activityPerKg;
    private final double interval;
    private final int injections;
    private final double uptake;
    private final double energyJoule;
    private final double geometric;
    private final double alphaAlpha;
    private final double bodyWeight;

    /** Radium-223 with the default values. */
    /** f_near: share of a lesion's tumour cells within alpha range (~100 um) of mineralising bone surface. */
    public static final Parameter NEAR_SURFACE_SHARE = Parameter.probability("therapy.radium223.near_surface_share", "f_near", 0.2,
            ASSUMPTION, "alpha particles reach 2-10 cell diameters (< 100 um) from the hydroxyapatite they bind; only cells that close to "
                    + "new bone are hit (shared reference s.7; Casarin & Dondossola 2020 BMC Cancer 20:605 model the same range limit)");
    /** J_acc: whole-skeleton calcium accretion (bone formation) of a healthy adult, the competing uptake for radium. */
    public static final Parameter SKELETAL_ACCRETION = Parameter.positive("therapy.radium223.skeletal_accretion_mg_ca_per_d", "J_acc", 336,
            "mg Ca/d", 5000, PUBLISHED, "Bergmann et al. 1983 Calcif Tissue Int 35:21: accretion rate 336 +/- 115 mg/24 h (Ca-47)");

    public Radium223() {
        this(HALF_LIFE.value(), ACTIVITY.value(), INTERVAL.value(), INJECTIONS.value(), BONE_UPTAKE.value(),
                ENERGY_PER_DECAY.value(), GEOMETRIC_FACTOR.value(), ALPHA_ALPHA.value(), TherapyParameters.BODY_WEIGHT.value());
    }

    /** Radium-223 with the values of a scenario. */
    public Radium223(ParameterSet p) {
        this(p.get(HALF_LIFE), p.get(ACTIVITY), p.get(INTERVAL), p.get(INJECTIONS), p.get(BONE_UPTAKE),
                p.get(ENERGY_PER_DECAY), p.get(GEOMETRIC_FACTOR), p.get(ALPHA_ALPHA), p.get(TherapyParameters.BODY_WEIGHT));
    }

    private Radium223(double halfLife, double activityPerKg, double interval, double injections, double uptake,
                      double energyMev, double geometric, double alphaAlpha, double bodyWeight) {
        if (injections != Math.rint(injections)) {
            throw new IllegalArgumentException(INJECTIONS.name() + " must be a whole number, got " + injections);
        }
        this.lambda = Math.log(2.0) / halfLife;
        this.activityPerKg = activityPerKg;
        this.interval = interval;
        this.injections = (int) injections;
        this.uptake = uptake;
        this.energyJoule = energyMev * JOULE_PER_MEV;
        this.geometric = geometric;
        this.alphaAlpha = alphaAlpha;
        this.bodyWeight = bodyWeight;
    }

    /** The ALSYMPCA course: 55 kBq/kg every 4 weeks x 6 from {@code startDay}. */
    public Schedule standardSchedule(double startDay) {
        return Schedule.repeated(activityPerKg, DOSE_UNIT, interval, injections, startDay);
    }

    /** Decay constant lambda = ln2 / t1/2 (1/d). */
    /** Fraction of injected activity taken up by bone. */
    public double boneUptakeFraction() {
        return uptake;
    }

    public double decayConstant() {
        return lambda;
    }

    /** Fraction of an activity left after {@code days}. */
    public double remainingFraction(double days) {
        return Math.exp(-lambda * days);
    }

    /** Activity (kBq) injected per dose of {@code schedule}. */
    public double injectedActivityKBq(Schedule schedule) {
        schedule.requireUnit(DOSE_UNIT, "radium-223");
        return schedule.doseAmount() * bodyWeight;
    }

    /**
     * Share w of the skeleton's uptake that lands in a lesion: its bone formation rate over the whole skeleton's,
     * both at the time of injection, in any common unit.
     */
    public static double lesionShare(double lesionFormationRate, double skeletalFormationRate) {
        if (!(lesionFormationRate >= 0) || !(skeletalFormationRate >= lesionFormationRate) || !(skeletalFormationRate > 0)) {
            throw new IllegalArgumentException("radium-223: need 0 <= lesion formation <= skeletal formation and skeletal > 0, got "
                    + lesionFormationRate + " and " + skeletalFormationRate);
        }
        return lesionFormationRate / skeletalFormationRate;
    }

    /** Activity (kBq) in the lesion at {@code day}; {@code shareAtDay} gives w at each injection day. */
    public double lesionActivityKBq(Schedule schedule, DoubleUnaryOperator shareAtDay, double day) {
        double a0 = uptake * injectedActivityKBq(schedule);
        int n = schedule.dosesUpTo(day);
        double sum = 0.0;
        for (int k = 0; k < n; k++) {
            double tk = schedule.doseTime(k);
            sum += shareAtDay.applyAsDouble(tk) * Math.exp(-lambda * (day - tk));
        }
        return a0 * sum;
    }

    /** Cumulated activity (kBq d) in the lesion from the first injection to {@code day}. */
    public double cumulatedActivityKBqDays(Schedule schedule, DoubleUnaryOperator shareAtDay, double day) {
        double a0 = uptake * injectedActivityKBq(schedule);
        int n = schedule.dosesUpTo(day);
        double sum = 0.0;
        for (int k = 0; k < n; k++) {
            double tk = schedule.doseTime(k);
            sum += shareAtDay.applyAsDouble(tk) * -Math.expm1(-lambda * (day - tk));
        }
        return a0 * sum / lambda;
    }

    /** Mean absorbed dose (Gy) in a lesion of {@code lesionMassKg} from a cumulated activity (kBq d). */
    public double absorbedDoseGy(double cumulatedKBqDays, double lesionMassKg) {
        if (!(lesionMassKg > 0)) {
            throw new IllegalArgumentException("radium-223: lesion mass must be positive, got " + lesionMassKg + " kg");
        }
        double decays = cumulatedKBqDays * BQ_PER_KBQ * SECONDS_PER_DAY;
        return decays * energyJoule * geometric / lesionMassKg;
    }

    /** Tumour surviving fraction exp(-alpha_alpha D) for an absorbed alpha dose (Gy). */
    public double survivingFraction(double doseGy) {
        return Math.exp(-alphaAlpha * doseGy);
    }
}
