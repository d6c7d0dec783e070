package org.osteomet.tumour.profiles;

import static org.osteomet.param.Provenance.*;
import static org.osteomet.tumour.ProfileKey.*;

import java.util.List;

import org.osteomet.param.Parameter;
import org.osteomet.tumour.CancerType;

/** Default profile of lung cancer: every value with its source. */
public final class LungProfile {
    private LungProfile() {
    }

    public static List<Parameter> parameters() {
        return new ProfileTable(CancerType.LUNG)
                .put(AGE_MEDIAN, 71, PUBLISHED, Sources.SEER_AGE)
                .put(AGE_SD, 10, ASSUMPTION, Sources.AGE_SD)
                .put(PRIMARY_DIAMETER_MEDIAN, 30, RECALLED, "SEER/NCDB clinical series: ~3 cm median at diagnosis")
                .put(PRIMARY_DIAMETER_LOG_SD, 0.45, ASSUMPTION, Sources.DIAMETER_SD)
                .put(PRIMARY_DOUBLING_TIME, 150, DERIVED, "between Henschke 2012 Radiology 263:578 (median 98 d, screen) and Mackintosh 2014 Respirology 19:755 (191 d, resected)")
                .put(METASTASIS_DOUBLING_TIME, 12.0, CALIBRATED, Sources.DT_MET + "T012)" + Sources.RECENTRED_2026_12_05 + ", from 13 d")
                .put(DOUBLING_TIME_LOG_SD, 0.6, ASSUMPTION, Sources.DT_SD)
                .put(BLOOD_SHEDDING, 18.5, CALIBRATED, Sources.SHEDDING_FIT + Sources.RECENTRED_2026_12_05 + ", from 15.5, with the bone soil lowered, so that T011 fell inside its range and T052 held")
                .put(LYMPH_SHEDDING, 3.45, ASSUMPTION, Sources.LYMPH)
                .put(METASTATIC_POTENTIAL_LOG_SD, 2.0, ASSUMPTION, Sources.POTENTIAL_SD)
                .put(VERTEBRAL_PLEXUS_FRACTION, 0.03, ASSUMPTION, Sources.PLEXUS)
                .put(IMMUNE_ESCAPE, 0.05, ASSUMPTION, Sources.IMMUNE)
                .put(SOIL_BONE, 0.10, CALIBRATED, Sources.SOIL + Sources.RECENTRED_2026_12_05 + ", from 0.11 (T011 39.9, 41.8, 40.6% at seeds 1-3, range 30-40)")
                .put(SOIL_LUNG, 0.5, CALIBRATED, Sources.SOIL)
                .put(SOIL_LIVER, 0.6, CALIBRATED, Sources.SOIL)
                .put(SOIL_BRAIN, 0.6, CALIBRATED, Sources.SOIL)
                .put(SOIL_LYMPH_NODE, 1.0, CALIBRATED, Sources.SOIL)
                .put(OSTEOBLASTIC_DRIVE_MEAN, -0.66, CALIBRATED, Sources.DRIVE_LESION_SHARE)
                .put(OSTEOBLASTIC_DRIVE_SD, 0.33, CALIBRATED, Sources.DRIVE)
                .put(NODAL_STAGING_DIAMETER, 10, ASSUMPTION, Sources.NODES_IMAGING)
                .build();
    }
}
