package org.osteomet.tumour.profiles;

import static org.osteomet.param.Provenance.*;
import static org.osteomet.tumour.ProfileKey.*;

import java.util.List;

import org.osteomet.param.Parameter;
import org.osteomet.tumour.CancerType;

/** Default profile of melanoma cancer: every value with its source. */
public final class MelanomaProfile {
    private MelanomaProfile() {
    }

    public static List<Parameter> parameters() {
        return new ProfileTable(CancerType.MELANOMA)
                .put(AGE_MEDIAN, 65, RECALLED, Sources.SEER_AGE)
                .put(AGE_SD, 15, ASSUMPTION, Sources.AGE_SD)
                .put(PRIMARY_DIAMETER_MEDIAN, 8, ASSUMPTION, "sphere of equal volume to a ~1 cm, ~1 mm thick cutaneous melanoma")
                .put(PRIMARY_DIAMETER_LOG_SD, 0.5, ASSUMPTION, Sources.DIAMETER_SD)
                .put(PRIMARY_DOUBLING_TIME, 94, PUBLISHED, "Carlson 2003 Am J Dermatopathol 25(4): median doubling 94 d for primaries, 33 d for metastases")
                .put(METASTASIS_DOUBLING_TIME, 17.0, CALIBRATED, "set by hand against median survival from the first bone "
                        + "metastasis (calibration.csv T016, Coleman 2006): 39.5 d from the secant fit with the bone soil factor, re-set "
                        + "on 2026-11-24 to 33 d when adding the mandible moved T016 to 7.0 months, just outside its range (6.24 months "
                        + "at 2000 patients, seed 1; 33 d is also Carlson 2003's median doubling time of melanoma metastases); re-set to 22 d when "
                        + "the lower instigation (I_max 50) moved T016 to 7.8 months, comparing 27 and 22 d (7.1, 6.55 months), faster "
                        + "than Carlson's median" + Sources.REFIT_AFTER_MARROW + ", from 22 d (T016 6.91 months with 22 d at seed 1, 6.76-7.08 with 20 d at seeds 1-2; range 5.1-6.9)")
                .put(DOUBLING_TIME_LOG_SD, 0.6, ASSUMPTION, Sources.DT_SD)
                .put(BLOOD_SHEDDING, 3.45, DERIVED, Sources.SHEDDING)
                .put(LYMPH_SHEDDING, 3.45, ASSUMPTION, Sources.LYMPH)
                .put(METASTATIC_POTENTIAL_LOG_SD, 2.0, ASSUMPTION, Sources.POTENTIAL_SD)
                .put(VERTEBRAL_PLEXUS_FRACTION, 0.0, ASSUMPTION, Sources.PLEXUS)
                .put(IMMUNE_ESCAPE, 0.03, ASSUMPTION, Sources.IMMUNE)
                .put(SOIL_BONE, 3.67, CALIBRATED, Sources.SOIL)
                .put(SOIL_LUNG, 3, CALIBRATED, Sources.SOIL)
                .put(SOIL_LIVER, 3, CALIBRATED, Sources.SOIL)
                .put(SOIL_BRAIN, 2, CALIBRATED, Sources.SOIL)
                .put(SOIL_LYMPH_NODE, 1.0, CALIBRATED, Sources.SOIL)
                .put(OSTEOBLASTIC_DRIVE_MEAN, -0.8, CALIBRATED, Sources.DRIVE)
                .put(OSTEOBLASTIC_DRIVE_SD, 0.25, CALIBRATED, Sources.DRIVE)
                .put(BLASTIC_CLONE_PROBABILITY, 0, ASSUMPTION, Sources.NO_BLASTIC_CLONE)
                .put(NODAL_STAGING_DIAMETER, 0.01, RECALLED, Sources.NODES_PATHOLOGY_MELANOMA)
                .build();
    }
}
