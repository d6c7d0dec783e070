package org.osteomet.tumour;

/**
 * The per-cancer-type parameters. Each becomes one scenario parameter per type, named
 * {@code <type>.<key>} (e.g. {@code breast.primary_doubling_time_d}).
 */
public enum ProfileKey {
    AGE_MEDIAN("age_median_y", "a_dx", "y", 0, 110),
    AGE_SD("age_sd_y", "sigma_a", "y", 0, 40),
    PRIMARY_DIAMETER_MEDIAN("primary_diameter_median_mm", "d_dx", "mm", 1, 200),
    PRIMARY_DIAMETER_LOG_SD("primary_diameter_log_sd", "sigma_d", "1 (ln mm)", 0, 3),
    PRIMARY_DOUBLING_TIME("primary_doubling_time_d", "DT_p", "d", 1, 10000),
    METASTASIS_DOUBLING_TIME("metastasis_doubling_time_d", "DT_m", "d", 1, 10000),
    DOUBLING_TIME_LOG_SD("doubling_time_log_sd", "sigma_g", "1 (ln d)", 0, 3),
    BLOOD_SHEDDING("blood_shedding_coefficient", "m_b", "cells/d per cell^alpha", 0, 1e6),
    LYMPH_SHEDDING("lymph_shedding_coefficient", "m_l", "cells/d per cell^alpha", 0, 1e6),
    METASTATIC_POTENTIAL_LOG_SD("metastatic_potential_log_sd", "sigma_mu", "1 (ln)", 0, 5),
    VERTEBRAL_PLEXUS_FRACTION("vertebral_plexus_fraction", "f_Batson", "1", 0, 1),
    IMMUNE_ESCAPE("immune_escape_probability", "p_esc", "1", 0, 1),
    SOIL_BONE("soil_bone", "S_bone", "1", 0, 1e3),
    SOIL_LUNG("soil_lung", "S_lung", "1", 0, 1e3),
    SOIL_LIVER("soil_liver", "S_liver", "1", 0, 1e3),
    SOIL_BRAIN("soil_brain", "S_brain", "1", 0, 1e3),
    SOIL_LYMPH_NODE("soil_lymph_node", "S_ln", "1", 0, 1e3),
    OSTEOBLASTIC_DRIVE_MEAN("osteoblastic_drive_mean", "D_ob", "1 (-1 lytic .. +1 blastic)", -1, 1),
    OSTEOBLASTIC_DRIVE_SD("osteoblastic_drive_sd", "sigma_D", "1", 0, 2),
    /** Chance that a newly founded metastasis is an osteoblastic subclone (drive D_bc, its own bone compartment). */
    BLASTIC_CLONE_PROBABILITY("blastic_clone_probability", "p_bc", "1 (per founded metastasis)", 0, 1),
    /** Smallest regional nodal deposit that stages a patient regional at diagnosis: pathology (sentinel node) or imaging. */
    NODAL_STAGING_DIAMETER("nodal_staging_diameter_mm", "d_N", "mm", 0.01, 100);

    private final String key;
    private final String symbol;
    private final String unit;
    private final double min;
    private final double max;

    ProfileKey(String key, String symbol, String unit, double min, double max) {
        this.key = key;
        this.symbol = symbol;
        this.unit = unit;
        this.min = min;
        this.max = max;
    }

    public String key() {
        return key;
    }

    public String symbol() {
        return symbol;
    }

    public String unit() {
        return unit;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }

    public String parameterName(CancerType type) {
        return type.code() + "." + key;
    }
}
