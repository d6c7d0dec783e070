package org.osteomet.sim;

/**
 * What can happen to a simulated patient. Clinical events are what a clinic would record and are always
 * written; biological events (hidden in a real patient) are written on request.
 */
public enum EventType {
    PRIMARY_DIAGNOSED("primary_diagnosed", true),
    PRIMARY_TREATED("primary_treated_locally", true),
    NODAL_METASTASIS_DETECTED("nodal_metastasis_detected", true),
    METASTASIS_DETECTED("metastasis_detected", true),
    FIRST_BONE_METASTASIS("first_bone_metastasis", true),
    DEATH("death", true),
    DORMANT_CELL_AWAKENED("dormant_cell_awakened", false),
    MICROMETASTASIS_ELIMINATED("micrometastasis_eliminated", false),
    MICROMETASTASIS_ESTABLISHED("micrometastasis_established", false),
    ANGIOGENIC_SWITCH("angiogenic_switch", false);

    private final String code;
    private final boolean clinical;

    EventType(String code, boolean clinical) {
        this.code = code;
        this.clinical = clinical;
    }

    public String code() {
        return code;
    }

    public boolean isClinical() {
        return clinical;
    }
}
