package org.osteomet.sim;

/**
 * What can happen to a simulated patient. Clinical events are what a clinic would record and are always
 * written; biological events (hidden in a real patient) are written on request.
 */
public enum EventType {
    PRIMARY_DIAGNOSED("primary_diagnosed", true, false),
    PRIMARY_TREATED("primary_treated_locally", true, false),
    NODAL_METASTASIS_DETECTED("nodal_metastasis_detected", true, false),
    METASTASIS_DETECTED("metastasis_detected", true, false),
    FIRST_BONE_METASTASIS("first_bone_metastasis", true, false),
    BONE_PAIN("bone_pain", true, false),
    HYPERCALCAEMIA("hypercalcaemia", true, false),
    /** A rescue dose of intravenous bisphosphonate for hypercalcaemia (value: serum calcium, mmol/L). */
    HYPERCALCAEMIA_TREATED("hypercalcaemia_treated", true, false),
    PATHOLOGICAL_FRACTURE("pathological_fracture", true, true),
    SPINAL_CORD_COMPRESSION("spinal_cord_compression", true, true),
    RADIATION_TO_BONE("radiation_to_bone", true, true),
    SURGERY_TO_BONE("surgery_to_bone", true, true),
    /** Only when the standard-of-care policy counts hypercalcaemia as an SRE: the start of each episode. */
    HYPERCALCAEMIA_SRE("hypercalcaemia_sre", true, true),
    /**
     * Only when the policy counts it (the zoledronic-acid prostate trial did): systemic therapy changed on progression
     * while a known bone metastasis causes at least moderate pain, "a change of antineoplastic therapy to treat bone pain".
     */
    THERAPY_CHANGE_FOR_BONE_PAIN("therapy_change_for_bone_pain", true, true),
    /** A step up the WHO analgesic ladder (value: the step, 1-3). */
    ANALGESIC_STEP("analgesic_step", true, false),
    SYSTEMIC_THERAPY_STARTED("systemic_therapy_started", true, false),
    /** Adjuvant systemic therapy after curative local treatment (value: planned duration, days). */
    ADJUVANT_THERAPY_STARTED("adjuvant_therapy_started", true, false),
    DEATH("death", true, false),
    /** The patient left the trial alive (withdrawal, adverse event, off study at progression): follow-up ends here. */
    WITHDRAWN_FROM_STUDY("withdrawn_from_study", true, false),
    RESISTANCE_EMERGED("resistance_emerged", false, false),
    DORMANT_CELL_AWAKENED("dormant_cell_awakened", false, false),
    MICROMETASTASIS_ELIMINATED("micrometastasis_eliminated", false, false),
    MICROMETASTASIS_ESTABLISHED("micrometastasis_established", false, false),
    ANGIOGENIC_SWITCH("angiogenic_switch", false, false);

    private final String code;
    private final boolean clinical;
    private final boolean skeletalRelatedEvent;

    EventType(String code, boolean clinical, boolean skeletalRelatedEvent) {
        this.code = code;
        this.clinical = clinical;
        this.skeletalRelatedEvent = skeletalRelatedEvent;
    }

    /**
     * A skeletal-related event as the bone-targeted-drug trials define it: pathological fracture, spinal cord
     * compression, radiation to bone, surgery to bone. Hypercalcaemia is reported separately.
     */
    public boolean isSkeletalRelatedEvent() {
        return skeletalRelatedEvent;
    }

    public String code() {
        return code;
    }

    public boolean isClinical() {
        return clinical;
    }
}
