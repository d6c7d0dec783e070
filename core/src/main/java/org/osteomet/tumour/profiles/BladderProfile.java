package org.osteomet.tumour.profiles;

import static org.osteomet.param.Provenance.*;
import static org.osteomet.tumour.ProfileKey.*;

import java.util.List;

import org.osteomet.param.Parameter;
import org.osteomet.tumour.CancerType;

/** Default profile of bladder cancer: every value with its source. */
public final class BladderProfile {
    private BladderProfile() {
    }

    public static List<Parameter> parameters() {
        return new ProfileTable(CancerType.BLADDER)
                .put(AGE_MEDIAN, 73, RECALLED, Sources.SEER_AGE)
                .put(AGE_SD, 10, ASSUMPTION, Sources.AGE_SD)
                .put(PRIMARY_DIAMETER_MEDIAN, 30, RECALLED, "cystectomy/TURBT series: ~3 cm")
                .put(PRIMARY_DIAMETER_LOG_SD, 0.45, ASSUMPTION, Sources.DIAMETER_SD)
                .put(PRIMARY_DOUBLING_TIME, 100, RECALLED, "small series of muscle-invasive urothelial cancer: 50-100 d (weak)")
                .put(METASTASIS_DOUBLING_TIME, 12.5, CALIBRATED, Sources.DT_MET + "T010)" + Sources.REFIT_AFTER_MARROW + ", from 17.7 d (T010 9.98 months with 17.7 d at seed 1, 9.01-9.09 with 14 d at seeds 2-3; range 6-9)")
                .put(DOUBLING_TIME_LOG_SD, 0.6, ASSUMPTION, Sources.DT_SD)
                .put(BLOOD_SHEDDING, 3.45, DERIVED, Sources.SHEDDING)
                .put(LYMPH_SHEDDING, 3.45, ASSUMPTION, Sources.LYMPH)
                .put(METASTATIC_POTENTIAL_LOG_SD, 2.0, ASSUMPTION, Sources.POTENTIAL_SD)
                .put(VERTEBRAL_PLEXUS_FRACTION, 0.1, ASSUMPTION, Sources.PLEXUS)
                .put(IMMUNE_ESCAPE, 0.05, ASSUMPTION, Sources.IMMUNE)
                .put(SOIL_BONE, 0.34, CALIBRATED, Sources.SOIL + Sources.REFIT_AFTER_MARROW + ", from 0.276, with DT_m 12.5 d: T009 32.2-33.3% at seed 3 with 0.276 and 0.31, range 34-46")
                .put(SOIL_LUNG, 0.6, CALIBRATED, Sources.SOIL)
                .put(SOIL_LIVER, 0.5, CALIBRATED, Sources.SOIL)
                .put(SOIL_BRAIN, 0.1, CALIBRATED, Sources.SOIL)
                .put(SOIL_LYMPH_NODE, 1.0, CALIBRATED, Sources.SOIL)
                .put(OSTEOBLASTIC_DRIVE_MEAN, -0.5, CALIBRATED, Sources.DRIVE)
                .put(OSTEOBLASTIC_DRIVE_SD, 0.35, CALIBRATED, Sources.DRIVE)
                .put(BLASTIC_CLONE_PROBABILITY, 0, ASSUMPTION, Sources.NO_BLASTIC_CLONE)
                .put(NODAL_STAGING_DIAMETER, 10, ASSUMPTION, Sources.NODES_IMAGING)
                .build();
    }
}
