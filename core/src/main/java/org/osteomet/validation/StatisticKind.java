package org.osteomet.validation;

import java.util.Arrays;
import java.util.Optional;

/** What is measured on a simulated cohort; the YAML code of each is its lower-case name. */
public enum StatisticKind {
    /** % of enrolled patients with a bone metastasis by the end of follow-up (death, mostly). */
    SHARE_WITH_BONE_METASTASIS,
    /** Kaplan-Meier median overall survival from entry, in the target's time unit. */
    MEDIAN_SURVIVAL,
    /** % of bone-metastasis patients with a lesion in any of {@code sites}. */
    SHARE_WITH_BONE_SITE,
    /** % of all involved bones (patient x bone) that are one of {@code sites}. */
    SHARE_OF_INVOLVED_BONES,
    /** % of enrolled patients with at least one SRE within {@code months} of entry. */
    SHARE_WITH_SRE,
    /** Kaplan-Meier median time from entry to the first SRE (death and end of follow-up censor). */
    MEDIAN_TIME_TO_FIRST_SRE,
    /**
     * SREs per patient-year within {@code months} of entry: all SREs over all years on study (the pooled rate, an annual
     * incidence; how the targets read the trials' skeletal morbidity rate).
     */
    SRE_PER_PATIENT_YEAR,
    /**
     * Each patient's SREs within {@code months} of entry over that patient's years on study, averaged over patients
     * (patients with no time on study are left out): the other reading of a skeletal morbidity rate. Short, eventful
     * follow-ups weigh as much as long ones, so it exceeds the pooled rate.
     */
    SKELETAL_MORBIDITY_RATE,
    /**
     * % of enrolled patients still on study {@code months} after entry: alive and not withdrawn (a trial's completers when
     * the window is its planned length).
     */
    SHARE_ON_STUDY,
    /** % of enrolled patients who left the study alive (withdrawal, adverse events) within {@code months} of entry. */
    SHARE_WITHDRAWN,
    /** % of enrolled patients with a pathological fracture during follow-up. */
    SHARE_WITH_FRACTURE,
    /** % of enrolled patients with hypercalcaemia (CTCAE grade >= 1) during follow-up. */
    SHARE_WITH_HYPERCALCAEMIA,
    /**
     * % of bone-metastasis patients with a lesion of type {@code lesion_type} (a patient-level share). Types are read
     * at the end of observation, or at entry with {@code at: entry} (then among the patients with a bone metastasis
     * detected by entry); {@code requires_lesion_type} keeps only patients with a lesion of that type then.
     */
    SHARE_WITH_LESION_TYPE,
    /**
     * % of bone lesions of type {@code lesion_type} (a lesion-level share): over all involved bones (patient x bone),
     * the model typing one lesion per bone; {@code at} and {@code requires_lesion_type} as for share_with_lesion_type.
     */
    SHARE_OF_LESIONS_OF_TYPE,
    /** % of patients with spinal cord compression whose first compression is at one of {@code sites}. */
    CORD_COMPRESSION_AT,
    /** % of patients with a later distant relapse (not distant at diagnosis) whose first distant site is bone. */
    FIRST_DISTANT_RELAPSE_IN_BONE,
    /**
     * Median time from diagnosis of the primary to the first bone metastasis, among patients who get one; with a target's
     * {@code study_follow_up_years: [min, max]} (here or for the mean) only among those whose bone metastasis came within
     * the follow-up a registry with staggered entry could give them ({@link StudyFollowUp}; a max beyond the experiment's
     * years is capped by it). Entry must then be diagnosis.
     */
    MEDIAN_TIME_DIAGNOSIS_TO_BONE,
    /** Mean time from diagnosis of the primary to the first bone metastasis, among patients who get one (see the median). */
    MEAN_TIME_DIAGNOSIS_TO_BONE,
    /** % of patients with a bone metastasis within {@code months} of diagnosis (diagnosis entry). */
    CUMULATIVE_BONE_INCIDENCE,
    /**
     * The same as a Kaplan-Meier estimate, 1 - S({@code months}), with death and the end of follow-up censoring (patients
     * followed from diagnosis to their last visit, as record-based studies estimate it): above the crude share, since
     * patients who die are no longer at risk.
     */
    KAPLAN_MEIER_BONE_INCIDENCE,
    /**
     * % of patients diagnosed at summary stage {@code stage}: distant when a metastasis outside the regional nodes was
     * detectable on the day of diagnosis (or brought the patient to a doctor), else regional when staging finds a nodal
     * deposit (imaging, or sentinel-node pathology for some primaries: d_N), else localized. Entry must be diagnosis.
     */
    SHARE_WITH_STAGE_AT_DIAGNOSIS,
    /** % of bone-metastasis patients whose primary is one of {@code primaries} (a population mix by incidence). */
    SHARE_OF_BONE_PATIENTS_FROM,
    /** % of patients on analgesics (WHO step >= 1) within {@code months} of entry. */
    SHARE_WITH_PAIN,
    /** Model input: the atlas's share of active red marrow in {@code sites}, % (no simulation). */
    RED_MARROW_SHARE,
    /** A target osteomet cannot measure (reported, never dropped). */
    NOT_SIMULATED;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<StatisticKind> fromCode(String s) {
        return Arrays.stream(values()).filter(k -> k.code().equals(s.trim())).findFirst();
    }

    public static String codes() {
        return String.join(", ", Arrays.stream(values()).map(StatisticKind::code).toList());
    }

    /** Does measuring it need a simulated cohort? */
    public boolean needsCohort() {
        return this != RED_MARROW_SHARE && this != NOT_SIMULATED;
    }
}
