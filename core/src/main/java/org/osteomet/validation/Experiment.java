package org.osteomet.validation;

import java.util.Map;

import org.osteomet.sim.Entry;
import org.osteomet.therapy.BoneTargetedAgent;
import org.osteomet.tumour.CancerType;

/**
 * The simulated study that measures a target: who is enrolled (a primary, or a mix of primaries by weight), when
 * their clock starts, how long they are followed, which bone-targeted agent the standard of care is given with, and
 * what a trial protocol adds (skeletal surveys; whether hypercalcaemia, or a change of systemic therapy for bone pain,
 * counts as an SRE; patients leaving the study alive). Targets with equal
 * experiments share one simulated cohort.
 *
 * @param population         primaries and their weights (shares of the enrolled patients), in a stable order
 * @param entry              day 0 and the enrolment criterion
 * @param followUpYears      follow-up from entry, years
 * @param agent              bone-targeted agent added to the standard of care (placebo: none)
 * @param surveyMonths       months between protocol skeletal surveys from entry (0: none, imaging follows symptoms)
 * @param hypercalcaemiaSre  whether the protocol counts a hypercalcaemia episode as an SRE (null: as the policy says)
 * @param therapyChangeSre   whether the protocol counts a change of systemic therapy for bone pain as an SRE (null: as the
 *                           policy says)
 * @param patientsFactor     enrolled patients as a multiple of the run's per-experiment count: more for a rare outcome, so
 *                           its interval is as narrow as the others' (1: the run's count)
 * @param withdrawalPerYear  hazard per year on study of leaving the trial alive, which ends follow-up (0: none)
 */
public record Experiment(Map<CancerType, Double> population, Entry entry, double followUpYears, BoneTargetedAgent agent,
                         double surveyMonths, Boolean hypercalcaemiaSre, Boolean therapyChangeSre, int patientsFactor,
                         double withdrawalPerYear) {
    /** Largest patients_factor: keeps one experiment within a run's time and memory (the bone-metastasis incidence from
     * diagnosis, T088-T092, needs 40: a few per cent of patients, measured to a tenth of a point; 80,000 patients at the
     * default 2000; that experiment alone ran in a 400 MB heap). */
    public static final int MAX_PATIENTS_FACTOR = 50;

    public Experiment {
        population = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(population));
        if (!(surveyMonths >= 0)) {
            throw new IllegalArgumentException("surveyMonths must be >= 0, got " + surveyMonths);
        }
        if (patientsFactor < 1 || patientsFactor > MAX_PATIENTS_FACTOR) {
            throw new IllegalArgumentException("patientsFactor must be in [1, " + MAX_PATIENTS_FACTOR + "], got " + patientsFactor);
        }
        if (!(withdrawalPerYear >= 0) || Double.isInfinite(withdrawalPerYear)) {
            throw new IllegalArgumentException("withdrawalPerYear must be >= 0, got " + withdrawalPerYear);
        }
    }

    /** Without a trial protocol: no skeletal surveys, hypercalcaemia as the policy says, the run's patient count. */
    public Experiment(Map<CancerType, Double> population, Entry entry, double followUpYears, BoneTargetedAgent agent) {
        this(population, entry, followUpYears, agent, 0, null, null, 1, 0);
    }

    /** The standard of care with this experiment's protocol on top. */
    public org.osteomet.clinical.StandardOfCare protocol(org.osteomet.clinical.StandardOfCare policy) {
        org.osteomet.clinical.StandardOfCare out = policy;
        if (surveyMonths > 0) {
            out = out.withSkeletalSurveys(TimeUnit.MONTHS.toDays(surveyMonths));
        }
        if (hypercalcaemiaSre != null) {
            out = out.withHypercalcaemiaAsSre(hypercalcaemiaSre);
        }
        if (therapyChangeSre != null) {
            out = out.withTherapyChangeForBonePainAsSre(therapyChangeSre);
        }
        // the experiment's protocol sets it, 0 included: a --policy rate must not reach population cohorts
        return out.withStudyWithdrawal(withdrawalPerYear);
    }

    /**
     * Patients of each primary when the run enrols {@code perExperiment} per experiment: this experiment's
     * {@link #patientsFactor} times that, shared by weight, at least one each.
     */
    public Map<CancerType, Integer> patientsPerPrimary(int perExperiment) {
        double total = (double) perExperiment * patientsFactor;
        double sum = population.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<CancerType, Integer> out = new java.util.LinkedHashMap<>();
        population.forEach((type, w) -> out.put(type, Math.toIntExact(Math.max(1, Math.round(total * w / sum)))));
        return out;
    }

    /** A short description for tables: "breast, bone-metastatic, 2 y, zoledronic-acid". */
    public String describe() {
        StringBuilder who = new StringBuilder();
        if (population.size() == 1) {
            who.append(population.keySet().iterator().next().code());
        } else {
            population.forEach((t, w) -> who.append(who.length() == 0 ? "" : "+").append(t.code()).append(':').append(fmt(w)));
        }
        return who + ", " + entry.code() + ", " + fmt(followUpYears) + " y" + (agent == BoneTargetedAgent.PLACEBO ? "" : ", " + agent.code())
                + (surveyMonths > 0 ? ", survey every " + fmt(surveyMonths) + " mo" : "")
                + (hypercalcaemiaSre == null ? "" : hypercalcaemiaSre ? ", hypercalcaemia an SRE" : ", hypercalcaemia not an SRE")
                + (therapyChangeSre == null ? "" : therapyChangeSre ? ", therapy change for bone pain an SRE" : ", therapy change for bone pain not an SRE")
                + (withdrawalPerYear > 0 ? ", " + fmt(withdrawalPerYear) + "/y withdraw alive" : "")
                + (patientsFactor == 1 ? "" : ", x" + patientsFactor + " patients");
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
