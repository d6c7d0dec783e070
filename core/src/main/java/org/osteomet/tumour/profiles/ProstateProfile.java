package org.osteomet.tumour.profiles;

import static org.osteomet.param.Provenance.*;
import static org.osteomet.tumour.ProfileKey.*;

import java.util.List;

import org.osteomet.param.Parameter;
import org.osteomet.tumour.CancerType;

/** Default profile of prostate cancer: every value with its source. */
public final class ProstateProfile {
    private ProstateProfile() {
    }

    public static List<Parameter> parameters() {
        return new ProfileTable(CancerType.PROSTATE)
                .put(AGE_MEDIAN, 67, RECALLED, Sources.SEER_AGE)
                .put(AGE_SD, 9, ASSUMPTION, Sources.AGE_SD)
                .put(PRIMARY_DIAMETER_MEDIAN, 15, RECALLED, "prostatectomy series: tumour volume 1-3 cm3 in the PSA era, sphere of equal volume")
                .put(PRIMARY_DIAMETER_LOG_SD, 0.45, ASSUMPTION, Sources.DIAMETER_SD)
                .put(PRIMARY_DOUBLING_TIME, 1100, PUBLISHED, "Schmid, McNeal & Stamey 1993 Cancer 71:2031: 79% of tumours double in more than 24 months")
                .put(METASTASIS_DOUBLING_TIME, 40.0, CALIBRATED, Sources.DT_MET + "T006)")
                .put(DOUBLING_TIME_LOG_SD, 0.6, ASSUMPTION, Sources.DT_SD)
                .put(BLOOD_SHEDDING, 14.0, CALIBRATED, Sources.SHEDDING_FIT + Sources.RECENTRED_2026_12_05 + ", from 12, with the bone soil lowered so that T005 held: the Hernandez incidences were low at every seed")
                .put(LYMPH_SHEDDING, 3.45, ASSUMPTION, Sources.LYMPH)
                .put(METASTATIC_POTENTIAL_LOG_SD, 2.0, ASSUMPTION, Sources.POTENTIAL_SD)
                .put(VERTEBRAL_PLEXUS_FRACTION, 0.15, ASSUMPTION, Sources.PLEXUS)
                .put(IMMUNE_ESCAPE, 0.05, ASSUMPTION, Sources.IMMUNE)
                .put(SOIL_BONE, 0.051, CALIBRATED, Sources.SOIL + Sources.SOIL_AFTER_BONE_TO_BONE + Sources.RECENTRED_2026_12_05 + ", from 0.055")
                .put(SOIL_LUNG, 0.08, CALIBRATED, Sources.SOIL)
                .put(SOIL_LIVER, 0.04, CALIBRATED, Sources.SOIL)
                .put(SOIL_BRAIN, 0.005, CALIBRATED, Sources.SOIL)
                .put(SOIL_LYMPH_NODE, 0.4, CALIBRATED, Sources.SOIL)
                .put(OSTEOBLASTIC_DRIVE_MEAN, 0.69, CALIBRATED, Sources.DRIVE_LESION_SHARE + Sources.RECENTRED_2026_12_05 + ", from 0.65 (T150 15.8, 18.4, 18.1% mixed at seeds 1-3)")
                .put(OSTEOBLASTIC_DRIVE_SD, 0.35, CALIBRATED, Sources.DRIVE)
                .put(BLASTIC_CLONE_PROBABILITY, 0, ASSUMPTION, Sources.NO_BLASTIC_CLONE)
                .put(NODAL_STAGING_DIAMETER, 10, ASSUMPTION, Sources.NODES_IMAGING)
                .build();
    }
}
