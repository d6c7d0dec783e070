package org.osteomet.tumour.profiles;

import static org.osteomet.param.Provenance.*;
import static org.osteomet.tumour.ProfileKey.*;

import java.util.List;

import org.osteomet.param.Parameter;
import org.osteomet.tumour.CancerType;

/** Default profile of kidney cancer: every value with its source. */
public final class KidneyProfile {
    private KidneyProfile() {
    }

    public static List<Parameter> parameters() {
        return new ProfileTable(CancerType.KIDNEY)
                .put(AGE_MEDIAN, 65, PUBLISHED, Sources.SEER_AGE)
                .put(AGE_SD, 12, ASSUMPTION, Sources.AGE_SD)
                .put(PRIMARY_DIAMETER_MEDIAN, 45, RECALLED, "SEER series: median renal cell carcinoma 4-5 cm at diagnosis")
                .put(PRIMARY_DIAMETER_LOG_SD, 0.45, ASSUMPTION, Sources.DIAMETER_SD)
                .put(PRIMARY_DOUBLING_TIME, 600, DERIVED, "Zhang et al. 2015 Chin Med J 128:1274: 0.33 cm/y linear growth of small renal masses, about 600 d doubling at 3 cm")
                .put(METASTASIS_DOUBLING_TIME, 42.0, CALIBRATED, Sources.DT_MET + "T014)" + Sources.REFIT_AFTER_MARROW + ", from 56.3 d (T014 14.2 months with 56.3 d and 13.9 with 48.4 d, seed 1; range 10.2-13.8)")
                .put(DOUBLING_TIME_LOG_SD, 0.6, ASSUMPTION, Sources.DT_SD)
                .put(BLOOD_SHEDDING, 3.45, DERIVED, Sources.SHEDDING)
                .put(LYMPH_SHEDDING, 3.45, ASSUMPTION, Sources.LYMPH)
                .put(METASTATIC_POTENTIAL_LOG_SD, 2.0, ASSUMPTION, Sources.POTENTIAL_SD)
                .put(VERTEBRAL_PLEXUS_FRACTION, 0.08, ASSUMPTION, Sources.PLEXUS)
                .put(IMMUNE_ESCAPE, 0.03, ASSUMPTION, Sources.IMMUNE)
                .put(SOIL_BONE, 0.165, CALIBRATED, Sources.SOIL)
                .put(SOIL_LUNG, 0.8, CALIBRATED, Sources.SOIL)
                .put(SOIL_LIVER, 0.4, CALIBRATED, Sources.SOIL)
                .put(SOIL_BRAIN, 0.2, CALIBRATED, Sources.SOIL)
                .put(SOIL_LYMPH_NODE, 1.0, CALIBRATED, Sources.SOIL)
                .put(OSTEOBLASTIC_DRIVE_MEAN, -0.9, CALIBRATED, Sources.DRIVE)
                .put(OSTEOBLASTIC_DRIVE_SD, 0.2, CALIBRATED, Sources.DRIVE)
                .put(BLASTIC_CLONE_PROBABILITY, 0, ASSUMPTION, Sources.NO_BLASTIC_CLONE)
                .put(NODAL_STAGING_DIAMETER, 10, ASSUMPTION, Sources.NODES_IMAGING)
                .build();
    }
}
