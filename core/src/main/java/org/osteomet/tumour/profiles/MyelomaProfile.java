package org.osteomet.tumour.profiles;

import static org.osteomet.param.Provenance.*;
import static org.osteomet.tumour.ProfileKey.*;

import java.util.List;

import org.osteomet.param.Parameter;
import org.osteomet.tumour.CancerType;

/**
 * Default profile of multiple myeloma: every value with its source. A marrow cancer, not a solid primary
 * ({@link org.osteomet.tumour.Origin#MARROW}): the "primary" is the clonal plasma-cell mass in the marrow, counted as one
 * sphere of the same cell number; its "metastases" are the focal lesions its circulating cells found back in the marrow.
 */
public final class MyelomaProfile {
    private MyelomaProfile() {
    }

    private static final String MASS_AT_DIAGNOSIS = "clonal plasma-cell mass at diagnosis as one sphere of the same cell "
            + "number, taken equal to the presentation size d_pres (30 mm, 1.4e10 cells), the burden at which disease shows "
            + "itself in this model: myeloma is diagnosed when its mass causes symptoms (CRAB) or a marker. Durie & Salmon 1975 "
            + "Cancer 36:842 measured far more, 0.6 to above 1.2e12 myeloma cells/m2 (stage III, > 1.2e12, in 73%), close to "
            + "the burden that kills; the model's burden hazard is scaled to solid tumours (B_tot = 1e12), so the measured "
            + "count would kill within weeks here. Assumed";
    private static final String SOIL_OUTSIDE_MARROW = "myeloma cells home to the marrow (CXCL12/CXCR4: Alsayed et al. 2007 Blood "
            + "109:2708) and rarely grow outside it: extramedullary organ involvement in 3.7% and paraskeletal (bone-related) "
            + "masses in 14.5% of 3744 newly diagnosed patients (Gagelmann et al. 2018 Haematologica 103:890); set near zero, "
            + "assumed";

    public static List<Parameter> parameters() {
        return new ProfileTable(CancerType.MYELOMA)
                .put(AGE_MEDIAN, 69, PUBLISHED, Sources.SEER_AGE + ": 69 y for myeloma, read in a secondary table citing SEER")
                .put(AGE_SD, 12, ASSUMPTION, Sources.AGE_SD + "; near Kyle et al. 2003 Mayo Clin Proc 78:21 (1027 patients: 2% "
                        + "younger than 40, 38% 70 or older, median 66)")
                .put(PRIMARY_DIAMETER_MEDIAN, 30, ASSUMPTION, MASS_AT_DIAGNOSIS)
                .put(PRIMARY_DIAMETER_LOG_SD, 0.25, DERIVED, "Durie & Salmon 1975 stages at presentation 6% / 21% / 73% (below 0.6, "
                        + "0.6-1.2, above 1.2e12 cells/m2; secondary table): a log-normal cell mass with ln sd ~0.74, a third of it "
                        + "in diameter")
                .put(PRIMARY_DOUBLING_TIME, 600, ASSUMPTION, "slow growth of the clonal mass: a monoclonal protein is found in "
                        + "sera drawn 2.2-15.3 years before diagnosis in 27 of 30 patients (Weiss et al. 2009 Blood 113:5418); at "
                        + "600 d the clone takes about 5 years from 1e9 cells (a monoclonal gammopathy) to diagnosis. No measured "
                        + "doubling time was found; assumed")
                .put(METASTASIS_DOUBLING_TIME, 100, CALIBRATED, "focal lesions grow faster than the marrow-wide clone (so most "
                        + "are there at diagnosis, as radiographs show in most patients: Kyle et al. 2003 Mayo Clin Proc 78:21); set "
                        + "by hand against T002 (median survival from diagnosis of bone disease, Coleman 2006) jointly with soil_bone "
                        + "against T001, comparing 60-200 d (500 patients, seed 1)")
                .put(DOUBLING_TIME_LOG_SD, 0.6, ASSUMPTION, Sources.DT_SD)
                .put(BLOOD_SHEDDING, 3.45, DERIVED, Sources.SHEDDING + "; circulating plasma cells are found in more than 70% of "
                        + "patients at diagnosis (Alsayed et al. 2007 Blood 109:2708)")
                .put(LYMPH_SHEDDING, 0, ASSUMPTION, "the marrow has no lymphatic drainage: myeloma cells leave it by the blood only")
                .put(METASTATIC_POTENTIAL_LOG_SD, 1.0, ASSUMPTION, Sources.POTENTIAL_SD + "; narrower than the solid tumours' "
                        + "2.0, since a marrow clone's cells circulate in most patients (Alsayed et al. 2007 Blood 109:2708). At 2.0 "
                        + "and the high bone soil the few most potent patients' lesions seed lesions without end (tens of thousands "
                        + "of lesions before diagnosis)")
                .put(VERTEBRAL_PLEXUS_FRACTION, 0.0, ASSUMPTION, "the clonal mass fills the red marrow of the whole axial skeleton, "
                        + "not one spinal level, so it has no plexus entry region (CancerType: SpinalRegion.NONE); its cells reach "
                        + "the bones by arterial homing, which the arterial route shares out by marrow blood flow. Its focal "
                        + "lesions drain like any bone metastasis (spread.bone_lesion_plexus_fraction, "
                        + "spread.bone_to_bone_seeding_fold)")
                .put(IMMUNE_ESCAPE, 0.03, ASSUMPTION, Sources.IMMUNE)
                .put(SOIL_BONE, 75, CALIBRATED, "myeloma cells home to and grow in the marrow (CXCL12/CXCR4: Alsayed et al. 2007 "
                        + "Blood 109:2708), far more readily than solid tumours' cells (0.1-3.7 here); set by hand against T001 (share "
                        + "of advanced myeloma with bone lesions, Coleman 2006) jointly with DT_m, comparing 3-300 (500 patients, seed 1); "
                        + "raised to 75 when the lower instigation (I_max 50) moved T001 to 69.5% (2000 patients: 73.9%)")
                .put(SOIL_LUNG, 0.02, ASSUMPTION, SOIL_OUTSIDE_MARROW)
                .put(SOIL_LIVER, 0.02, ASSUMPTION, SOIL_OUTSIDE_MARROW)
                .put(SOIL_BRAIN, 0.02, ASSUMPTION, SOIL_OUTSIDE_MARROW)
                .put(SOIL_LYMPH_NODE, 0.02, ASSUMPTION, SOIL_OUTSIDE_MARROW)
                .put(OSTEOBLASTIC_DRIVE_MEAN, -1.0, ASSUMPTION, "purely osteolytic: myeloma cells suppress osteoblasts through "
                        + "DKK1 (Tian et al. 2003 NEJM 349:2483, recalled) while driving osteoclasts; D = -1 is Ayati et al. 2010's "
                        + "myeloma model (BIOMD0000000402), the structure of the vicious cycle here")
                .put(OSTEOBLASTIC_DRIVE_SD, 0.05, ASSUMPTION, "sclerotic myeloma lesions are rare (recalled); clone drift (sigma_dD) "
                        + "still gives some clones a little formation")
                .put(BLASTIC_CLONE_PROBABILITY, 0, ASSUMPTION, Sources.NO_BLASTIC_CLONE)
                .put(NODAL_STAGING_DIAMETER, 10, ASSUMPTION, Sources.NODES_IMAGING)
                .build();
    }
}
