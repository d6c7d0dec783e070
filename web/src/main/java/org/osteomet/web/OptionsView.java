package org.osteomet.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.osteomet.clinical.StandardOfCare;
import org.osteomet.param.ParameterSet;
import org.osteomet.sim.Entry;
import org.osteomet.sim.PatientSimulator;
import org.osteomet.therapy.BoneTargetedAgent;
import org.osteomet.tumour.CancerType;
import org.osteomet.web.patient.CalciumGrades;
import org.osteomet.web.patient.SkeletonLayout;
import org.osteomet.web.request.ArmChoice;
import org.osteomet.web.request.PatientRequest;
import org.osteomet.web.request.RunLimits;
import org.osteomet.web.request.TrialRequest;

/** GET /api/options: what the forms offer (from the model, not repeated in the page), defaults and limits. */
final class OptionsView {
    static final String NOTE = "osteomet is for research and teaching only: not a diagnostic tool, not for clinical decisions.";

    private OptionsView() {
    }

    static Map<String, Object> of(ParameterSet params, StandardOfCare policy, RunLimits limits) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("primaries", CancerType.ALL.stream().map(c -> named(c.code(), c.diseaseName())).toList());
        m.put("entries", Arrays.stream(Entry.values()).map(e -> named(e.code(), describe(e))).toList());
        m.put("treatments", Arrays.stream(BoneTargetedAgent.values()).map(a -> named(a.code(), a.description())).toList());
        Map<String, Object> systemic = new LinkedHashMap<>();
        for (CancerType c : CancerType.ALL) {
            List<String> lines = new ArrayList<>();
            StandardOfCare.AdjuvantCourse adjuvant = policy.adjuvantCourse(c.code());
            if (adjuvant != null && adjuvant.shareTreated() > 0) {
                // the explorer's systemic-therapy switch turns the adjuvant course off with the lines
                lines.add(String.format(java.util.Locale.ROOT, "adjuvant %s (%.0f%% of localized or regional patients)", adjuvant.name(),
                        100 * adjuvant.shareTreated()));
            }
            policy.systemicLines(c.code()).forEach(l -> lines.add(l.name()));
            if (!lines.isEmpty()) {
                systemic.put(c.code(), lines);
            }
        }
        m.put("systemic_therapy_lines", systemic);
        m.put("arm_choices", Arrays.stream(ArmChoice.values()).map(a -> named(a.code(), a.description())).toList());
        m.put("radiotherapy_kills_tumour_in_policy", policy.radiotherapyKillsTumour());
        Map<String, Object> defaults = new LinkedHashMap<>();
        Map<String, Object> patient = new LinkedHashMap<>(); // ordered: the same JSON on every run
        patient.put("seed", PatientRequest.DEFAULT_SEED);
        patient.put("years", PatientRequest.DEFAULT_YEARS);
        patient.put("entry", PatientRequest.DEFAULT_ENTRY);
        patient.put("treatment", PatientRequest.DEFAULT_TREATMENT);
        defaults.put("patient", patient);
        Map<String, Object> trial = new LinkedHashMap<>();
        trial.put("arms", TrialRequest.DEFAULT_ARMS);
        trial.put("patients", TrialRequest.DEFAULT_PATIENTS);
        trial.put("months", TrialRequest.DEFAULT_MONTHS);
        trial.put("entry", TrialRequest.DEFAULT_ENTRY);
        trial.put("seed", TrialRequest.DEFAULT_SEED);
        defaults.put("trial", trial);
        m.put("defaults", defaults);
        Map<String, Object> max = new LinkedHashMap<>();
        max.put("years", limits.maxYears());
        max.put("trial_patients", limits.maxTrialPatients());
        max.put("trial_months", limits.maxTrialMonths());
        max.put("seed", RunLimits.MAX_SEED);
        max.put("patient", RunLimits.MAX_PATIENT_INDEX);
        m.put("limits", max);
        m.put("days_per_year", PatientSimulator.DAYS_PER_YEAR);
        m.put("calcium_grades", CalciumGrades.of(params));
        m.put("lesion_colours", SkeletonLayout.colours());
        m.put("note", NOTE);
        return m;
    }

    private static Map<String, Object> named(String code, String description) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", code);
        m.put("description", description);
        return m;
    }

    private static String describe(Entry e) {
        return switch (e) {
            case DIAGNOSIS -> "at diagnosis of the primary cancer";
            case METASTATIC -> "at the first distant metastasis";
            case BONE_METASTATIC -> "at the first bone metastasis";
            case BONE_METASTATIC_PROGRESSING -> "bone metastases, progressing on the first systemic line";
            case PREVALENT_BONE_METASTATIC_PROGRESSING -> "bone metastases, progressing on the first systemic line, enrolled from the"
                    + " prevalent pool as trials recruit";
        };
    }
}
