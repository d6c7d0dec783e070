package org.osteomet.trial;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The endpoints of a simulated bone-metastasis trial, per arm, and the comparisons of every arm with the first arm
 * (the control). Produced by {@link TrialAnalysis#analyse}. Times are days from randomisation. Estimates that do
 * not exist (a median that is never reached, a hazard ratio without events) are NaN here and null in
 * {@link #toMap()}.
 *
 * @param horizonDays the analysis horizon (administrative censoring); infinite for none
 * @param arms        one result per arm, in the order given; the first is the control
 */
public record TrialResult(double horizonDays, List<ArmResult> arms) {
    public TrialResult {
        arms = List.copyOf(arms);
    }

    public ArmResult control() {
        return arms.get(0);
    }

    /** Everything, for JSON: a map of plain values, lists and maps, NaN as null. */
    public Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("horizon_days", num(horizonDays));
        m.put("control_arm", arms.isEmpty() ? null : control().arm());
        List<Object> list = new ArrayList<>();
        for (ArmResult a : arms) {
            list.add(a.toMap());
        }
        m.put("arms", list);
        return m;
    }

    /** A finite number, or null (NaN, infinite). */
    static Object num(double v) {
        return Double.isFinite(v) ? (Object) v : null;
    }

    /** An estimate with its 95% confidence interval (any part may be NaN). */
    public record Estimate(double value, double lower, double upper) {
        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("value", num(value));
            m.put("ci_low", num(lower));
            m.put("ci_high", num(upper));
            return m;
        }
    }

    /** A hazard ratio (arm vs control) with its 95% confidence interval and a two-sided p-value (NaN if none). */
    public record HazardRatio(double hr, double lower, double upper, double p) {
        public static final HazardRatio NONE = new HazardRatio(Double.NaN, Double.NaN, Double.NaN, Double.NaN);

        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("hr", num(hr));
            m.put("ci_low", num(lower));
            m.put("ci_high", num(upper));
            m.put("p", num(p));
            return m;
        }
    }

    /** SREs of one type: number of events, patients with at least one, and their share of the arm. */
    public record SreTypeCount(String type, int events, int patients, double shareOfPatients) {
        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", type);
            m.put("events", events);
            m.put("patients", patients);
            m.put("share_of_patients", num(shareOfPatients));
            return m;
        }
    }

    /**
     * A Kaplan-Meier step curve ready to draw: {@code survival[i]} holds from {@code time[i]} (days) until the
     * next time. Starts at (0, 1) and ends at the last follow-up time. {@code censorTimes} are the censored
     * observations (days), for tick marks.
     */
    public record Curve(double[] time, double[] survival, double[] censorTimes) {
        public Curve {
            if (time.length != survival.length) {
                throw new IllegalArgumentException("time and survival differ in length");
            }
            time = time.clone();
            survival = survival.clone();
            censorTimes = censorTimes.clone();
        }

        @Override
        public double[] time() {
            return time.clone();
        }

        @Override
        public double[] survival() {
            return survival.clone();
        }

        @Override
        public double[] censorTimes() {
            return censorTimes.clone();
        }

        /** S(t) of the step function. */
        public double survivalAt(double t) {
            double s = 1;
            for (int i = 0; i < time.length && time[i] <= t; i++) {
                s = survival[i];
            }
            return s;
        }

        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("time_days", time.clone());
            m.put("survival", survival.clone());
            m.put("censor_days", censorTimes.clone());
            return m;
        }
    }

    /**
     * Comparison of one arm with the control arm.
     *
     * @param firstSre       Cox hazard ratio for time to first SRE (arm indicator, Efron ties), Wald p
     * @param firstSreLogRankP log-rank p for time to first SRE
     * @param multipleEvents Andersen-Gill hazard ratio for all SREs, robust (patient-clustered) CI and p
     * @param overallSurvival Cox hazard ratio for death, Wald p
     * @param osLogRankP     log-rank p for overall survival
     */
    public record Comparison(HazardRatio firstSre, double firstSreLogRankP, HazardRatio multipleEvents,
            HazardRatio overallSurvival, double osLogRankP) {
        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("hr_first_sre", firstSre.toMap());
            m.put("p_first_sre_logrank", num(firstSreLogRankP));
            m.put("hr_multiple_events", multipleEvents.toMap());
            m.put("hr_overall_survival", overallSurvival.toMap());
            m.put("p_os_logrank", num(osLogRankP));
            return m;
        }
    }

    /**
     * The endpoints of one arm.
     *
     * @param arm                   arm name
     * @param description           arm description
     * @param patients              number of patients
     * @param patientYears          follow-up (to the horizon) in years of 365.25 days
     * @param patientsWithSre       patients with at least one SRE by the horizon
     * @param sreEvents             SREs by the horizon (every event, including same-day ones)
     * @param timeToFirstSreDays    Kaplan-Meier median time to first SRE with 95% CI (death censors)
     * @param smrPerPatientYear     skeletal morbidity rate: SREs per patient-year
     * @param sreByType             SRE counts by type
     * @param patientsWithHypercalcaemia patients with hypercalcaemia during follow-up
     * @param patientsWithdrawn     patients who left the study alive before the horizon (study_withdrawal_per_year)
     * @param overallSurvivalDays   Kaplan-Meier median overall survival with 95% CI
     * @param firstSreCurve         Kaplan-Meier curve of freedom from SRE
     * @param overallSurvivalCurve  Kaplan-Meier curve of overall survival
     * @param versusControl         comparison with the first arm; null for the first arm itself
     */
    public record ArmResult(String arm, String description, int patients, double patientYears, int patientsWithSre,
            int sreEvents, Estimate timeToFirstSreDays, double smrPerPatientYear, List<SreTypeCount> sreByType,
            int patientsWithHypercalcaemia, int patientsWithdrawn, Estimate overallSurvivalDays, Curve firstSreCurve,
            Curve overallSurvivalCurve, Comparison versusControl) {
        public ArmResult {
            sreByType = List.copyOf(sreByType);
        }

        public double shareWithSre() {
            return patients == 0 ? Double.NaN : (double) patientsWithSre / patients;
        }

        public double hypercalcaemiaShare() {
            return patients == 0 ? Double.NaN : (double) patientsWithHypercalcaemia / patients;
        }

        public double withdrawnShare() {
            return patients == 0 ? Double.NaN : (double) patientsWithdrawn / patients;
        }

        public boolean isControl() {
            return versusControl == null;
        }

        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("arm", arm);
            m.put("description", description);
            m.put("patients", patients);
            m.put("patient_years", num(patientYears));
            m.put("patients_with_sre", patientsWithSre);
            m.put("share_with_sre", num(shareWithSre()));
            m.put("sre_events", sreEvents);
            m.put("time_to_first_sre_median_days", timeToFirstSreDays.toMap());
            m.put("smr_per_patient_year", num(smrPerPatientYear));
            List<Object> types = new ArrayList<>();
            for (SreTypeCount t : sreByType) {
                types.add(t.toMap());
            }
            m.put("sre_by_type", types);
            m.put("patients_with_hypercalcaemia", patientsWithHypercalcaemia);
            m.put("hypercalcaemia_share", num(hypercalcaemiaShare()));
            m.put("patients_withdrawn", patientsWithdrawn);
            m.put("overall_survival_median_days", overallSurvivalDays.toMap());
            m.put("versus_control", versusControl == null ? null : versusControl.toMap());
            m.put("km_first_sre", firstSreCurve.toMap());
            m.put("km_overall_survival", overallSurvivalCurve.toMap());
            return m;
        }
    }
}
