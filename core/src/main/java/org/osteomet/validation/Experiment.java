package org.osteomet.validation;

import java.util.Map;

import org.osteomet.sim.Entry;
import org.osteomet.therapy.BoneTargetedAgent;
import org.osteomet.tumour.CancerType;

/**
 * The simulated study that measures a target: who is enrolled (a primary, or a mix of primaries by weight), when
 * their clock starts, how long they are followed and which bone-targeted agent the standard of care is given with.
 * Targets with equal experiments share one simulated cohort.
 *
 * @param population     primaries and their weights (shares of the enrolled patients), in a stable order
 * @param entry          day 0 and the enrolment criterion
 * @param followUpYears  follow-up from entry, years
 * @param agent          bone-targeted agent added to the standard of care (placebo: none)
 */
public record Experiment(Map<CancerType, Double> population, Entry entry, double followUpYears, BoneTargetedAgent agent) {
    public Experiment {
        population = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(population));
    }

    /** Patients of each primary for a cohort of {@code total}: shares by weight, at least one each. */
    public Map<CancerType, Integer> patientsPerPrimary(int total) {
        double sum = population.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<CancerType, Integer> out = new java.util.LinkedHashMap<>();
        population.forEach((type, w) -> out.put(type, Math.max(1, (int) Math.round(total * w / sum))));
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
        return who + ", " + entry.code() + ", " + fmt(followUpYears) + " y" + (agent == BoneTargetedAgent.PLACEBO ? "" : ", " + agent.code());
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
