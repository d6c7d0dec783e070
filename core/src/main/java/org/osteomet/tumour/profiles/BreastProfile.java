package org.osteomet.tumour.profiles;

import static org.osteomet.param.Provenance.*;
import static org.osteomet.tumour.ProfileKey.*;

import java.util.List;

import org.osteomet.param.Parameter;
import org.osteomet.tumour.CancerType;

/** Default profile of breast cancer: every value with its source. */
public final class BreastProfile {
    private BreastProfile() {
    }

    public static List<Parameter> parameters() {
        return new ProfileTable(CancerType.BREAST)
                .put(AGE_MEDIAN, 63, RECALLED, Sources.SEER_AGE)
                .put(AGE_SD, 13, ASSUMPTION, Sources.AGE_SD)
                .put(PRIMARY_DIAMETER_MEDIAN, 19, PUBLISHED, "Fornvik et al. 2013 Breast Cancer Res Treat 141:187: median pathological size 19 mm")
                .put(PRIMARY_DIAMETER_LOG_SD, 0.45, ASSUMPTION, Sources.DIAMETER_SD)
                .put(PRIMARY_DOUBLING_TIME, 157, PUBLISHED, "Peer et al. 1993 Cancer 71:3547: median volume doubling time 157 d (age 50-70)")
                .put(METASTASIS_DOUBLING_TIME, 61.0, CALIBRATED, Sources.DT_MET + "T004)" + Sources.BREAST_REFIT_2026_12_04
                        + "; kept on 2026-12-05, when T004 was within range at seeds 1-3 (19.6, 19.6, 19.1 months; 64 d gave 20.4, 19.9, 19.6)")
                .put(DOUBLING_TIME_LOG_SD, 0.6, ASSUMPTION, Sources.DT_SD)
                .put(BLOOD_SHEDDING, 2.8, CALIBRATED, Sources.SHEDDING_FIT + Sources.BREAST_REFIT_2026_12_04 + Sources.RECENTRED_2026_12_05 + ", from 2.6")
                .put(LYMPH_SHEDDING, 3.45, ASSUMPTION, Sources.LYMPH)
                .put(METASTATIC_POTENTIAL_LOG_SD, 2.0, ASSUMPTION, Sources.POTENTIAL_SD)
                .put(VERTEBRAL_PLEXUS_FRACTION, 0.05, ASSUMPTION, Sources.PLEXUS)
                .put(IMMUNE_ESCAPE, 0.05, ASSUMPTION, Sources.IMMUNE)
                .put(SOIL_BONE, 1.4, CALIBRATED, Sources.SOIL + Sources.BREAST_REFIT_2026_12_04)
                .put(SOIL_LUNG, 0.8, CALIBRATED, Sources.SOIL)
                .put(SOIL_LIVER, 0.8, CALIBRATED, Sources.SOIL)
                .put(SOIL_BRAIN, 0.25, CALIBRATED, Sources.SOIL)
                .put(SOIL_LYMPH_NODE, 2.0, CALIBRATED, Sources.SOIL)
                .put(OSTEOBLASTIC_DRIVE_MEAN, -0.85, CALIBRATED, Sources.DRIVE_BREAST + Sources.RECENTRED_2026_12_05
                        + ", from -0.9 (T148 9.31, 8.42, 9.32% mixed at seeds 1-3; -0.88 gives 10.3, 9.12, 10.2%); in session 20 (2026-12-05) from -0.88 to "
                        + "-0.85, because the osteoblastic subclones' blastic units joined the lesions T148 counts (seed 1: 10.9% before, 9.51% "
                        + "with them at -0.88, 10.7% at -0.85; 10.2% over seeds 1-8 before)")
                .put(OSTEOBLASTIC_DRIVE_SD, 0.24, CALIBRATED, Sources.DRIVE_BREAST)
                .put(BLASTIC_CLONE_PROBABILITY, 0.035, CALIBRATED, Sources.BLASTIC_CLONE_BREAST
                        + " (validate --only, seed 1, 2000 patients: 0.03 gave 22.2%, 0.035 24.9%, 0.04 27.2%)")
                .put(NODAL_STAGING_DIAMETER, 0.2, RECALLED, Sources.NODES_PATHOLOGY)
                .build();
    }
}
