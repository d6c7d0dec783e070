package org.osteomet.clinical;

/** Why a simulated patient died. Every death has exactly one. */
public enum DeathCause {
    LIVER_FAILURE("liver_failure", "liver failure from liver metastases"),
    RESPIRATORY_FAILURE("respiratory_failure", "respiratory failure from lung tumour"),
    BRAIN_METASTASES("brain_metastases", "brain metastases"),
    MARROW_FAILURE("marrow_failure", "bone marrow failure from skeletal tumour burden"),
    TUMOUR_BURDEN("tumour_burden", "overall tumour burden (cachexia)"),
    HYPERCALCAEMIA("hypercalcaemia", "life-threatening hypercalcaemia"),
    CORD_COMPRESSION("spinal_cord_compression", "complications of paralysis from spinal cord compression"),
    OTHER_CAUSES("other_causes", "causes unrelated to the cancer");

    private final String code;
    private final String description;

    DeathCause(String code, String description) {
        this.code = code;
        this.description = description;
    }

    public String code() {
        return code;
    }

    public String description() {
        return description;
    }

    public boolean isCancer() {
        return this != OTHER_CAUSES;
    }
}
