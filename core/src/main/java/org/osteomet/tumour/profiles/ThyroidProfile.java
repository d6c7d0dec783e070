package org.osteomet.tumour.profiles;

import static org.osteomet.param.Provenance.*;
import static org.osteomet.tumour.ProfileKey.*;

import java.util.List;

import org.osteomet.param.Parameter;
import org.osteomet.tumour.CancerType;

/** Default profile of thyroid cancer: every value with its source. */
public final class ThyroidProfile {
    private ThyroidProfile() {
    }

    public static List<Parameter> parameters() {
        return new ProfileTable(CancerType.THYROID)
                .put(AGE_MEDIAN, 51, RECALLED, Sources.SEER_AGE)
                .put(AGE_SD, 15, ASSUMPTION, Sources.AGE_SD)
                .put(PRIMARY_DIAMETER_MEDIAN, 17, RECALLED, "SEER era: about half of papillary cancers are microcarcinomas under 1 cm")
                .put(PRIMARY_DIAMETER_LOG_SD, 0.5, ASSUMPTION, Sources.DIAMETER_SD)
                .put(PRIMARY_DOUBLING_TIME, 850, PUBLISHED, "Ito, Miyauchi et al. 2019 Thyroid 29:1765: doubling rate 0.37-0.51 /y in enlarging microcarcinomas")
                .put(METASTASIS_DOUBLING_TIME, 254.0, CALIBRATED, Sources.DT_MET + "T008)" + Sources.RECENTRED_2026_12_05 + ", from 270 d (T008 44.0, 40.5, 47.2 months at seeds 1-3, range 40.8-55.2)" + Sources.REFIT_AFTER_MARROW + ", from 295 d (T008 55.7 months with 295 d, seed 1)")
                .put(DOUBLING_TIME_LOG_SD, 0.6, ASSUMPTION, Sources.DT_SD)
                .put(BLOOD_SHEDDING, 3.45, DERIVED, Sources.SHEDDING)
                .put(LYMPH_SHEDDING, 3.45, ASSUMPTION, Sources.LYMPH)
                .put(METASTATIC_POTENTIAL_LOG_SD, 2.0, ASSUMPTION, Sources.POTENTIAL_SD)
                .put(VERTEBRAL_PLEXUS_FRACTION, 0.05, ASSUMPTION, Sources.PLEXUS)
                .put(IMMUNE_ESCAPE, 0.05, ASSUMPTION, Sources.IMMUNE)
                .put(SOIL_BONE, 0.088, CALIBRATED, Sources.SOIL + Sources.RECENTRED_2026_12_05 + ", from 0.095, as the longer DT_m raised T007 toward its upper limit")
                .put(SOIL_LUNG, 0.1, CALIBRATED, Sources.SOIL)
                .put(SOIL_LIVER, 0.02, CALIBRATED, Sources.SOIL)
                .put(SOIL_BRAIN, 0.01, CALIBRATED, Sources.SOIL)
                .put(SOIL_LYMPH_NODE, 0.1, CALIBRATED, Sources.SOIL)
                .put(OSTEOBLASTIC_DRIVE_MEAN, -0.9, CALIBRATED, Sources.DRIVE)
                .put(OSTEOBLASTIC_DRIVE_SD, 0.2, CALIBRATED, Sources.DRIVE)
                .put(BLASTIC_CLONE_PROBABILITY, 0, ASSUMPTION, Sources.NO_BLASTIC_CLONE)
                .put(NODAL_STAGING_DIAMETER, 10, ASSUMPTION, Sources.NODES_IMAGING)
                .build();
    }
}
