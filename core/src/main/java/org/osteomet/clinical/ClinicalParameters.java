package org.osteomet.clinical;

import static org.osteomet.param.Provenance.ASSUMPTION;
import static org.osteomet.param.Provenance.CALIBRATED;
import static org.osteomet.param.Provenance.DERIVED;
import static org.osteomet.param.Provenance.PUBLISHED;
import static org.osteomet.param.Provenance.RECALLED;

import org.osteomet.anatomy.Site;
import org.osteomet.param.Parameter;

/** What bone metastases do to the patient: pain, fracture, vertebral collapse, cord compression, hypercalcaemia deaths. */
public final class ClinicalParameters {
    private ClinicalParameters() {
    }

    // --- Pain (0-10 numeric rating) ---
    /** w_T: pain points per decade of tumour cells above 1e8 at a site (periosteal stretch, marrow pressure). */
    public static final Parameter PAIN_PER_DECADE = Parameter.positive("clinical.pain_points_per_decade", "w_T", 2.5, "points/log10(cells)", 10,
            ASSUMPTION, "pain grows with lesion size: a lesion 10x the pain floor adds 2.5 points; not fitted, because placebo"
                    + " SRE figures cannot tell size-driven from osteolysis-driven pain (fitting both gave size-only pain, under"
                    + " which bisphosphonates would not relieve bone pain, against Wong 2002 Cochrane CD002068)");
    /** N_P: tumour cells at a bone site below which the tumour itself causes no pain. */
    public static final Parameter PAIN_FLOOR_CELLS = Parameter.positive("clinical.pain_floor_cells", "N_P", 3e8, "cells", 1e11,
            CALIBRATED, "built-in: a deposit below ~0.3 cm3 (8 mm) causes no pain by its size; fitted by osteomet calibrate with"
                    + " the placebo SRE targets and pain at presentation (calibration.csv T155, T161, T167, T227); the installed value is"
                    + " in calibrated-parameters.yaml (its header says which values depart from the fit and why)");
    /** w_L: pain points at full remodelling activity (osteolysis: acid, nerve sensitisation; blastic: endothelin-1). */
    public static final Parameter PAIN_OSTEOLYSIS = Parameter.positive("clinical.pain_points_osteolysis", "w_L", 2.0, "points", 10,
            CALIBRATED, "osteoclast-driven pain (acidosis, nerve sprouting; Mantyh 2014 Nat Rev Cancer, recalled); fit with"
                    + " osteomet calibrate against placebo-arm shares with >= 1 SRE (calibration.csv T155, T161, T167); the installed value is"
                    + " in calibrated-parameters.yaml (re-set by hand on 2026-12-05 to 10, its header says why)");
    /** w_M: pain points per 10% of bone mass lost at a weight-bearing site (mechanical, movement-related pain). */
    public static final Parameter PAIN_MECHANICAL = Parameter.positive("clinical.pain_points_per_10pct_loss", "w_M", 1.5, "points/10%", 10,
            ASSUMPTION, "mechanical pain of weakened weight-bearing bone (SINS pain item, Fisher 2010 Spine 35:E1221)");
    /** sigma_P: spread between patients of ln pain sensitivity (a patient's factor on every site's pain score, median 1). */
    public static final Parameter PAIN_SENSITIVITY_LOG_SD = new Parameter("clinical.pain_sensitivity_log_sd", "sigma_P", 1.15, "1 (ln)", 0,
            5, CALIBRATED, "people differ widely and stably in pain sensitivity (Nielsen et al. 2008 Pain 136:21, twin study); set by "
                    + "hand against calibration.csv T227 (a quarter of bone-metastasis patients without pain when it is found), comparing "
                    + "0, 1 and 1.5 (1000 patients: 99.7, 84.0, 77.2%); 1 keeps the placebo SRE shares T155, T161, T167 in range; 1.05 since 2026-12-05, when the stronger osteolysis pain (w_L 10) raised T227 to 85.9-87.1% at seeds 1-3 (limit 86.25);"
                    + " 1.15 since 2026-12-05 (session 17), because 1.05 left T227 at 85.0-86.1% at seeds 1-5, one patient in 400 from"
                    + " its limit: 83.1 and 84.4% at seeds 1-2, with the placebo SRE shares T155, T161, T167 within 1.5 points of before"
                    + " and the prostate median time to the first SRE (T168) 7-9 days longer (361 and 342 days, limit 369)");
    /** Numeric-rating thresholds: moderate >= 4, severe >= 7 (conventional cut-points). */
    public static final Parameter PAIN_MODERATE = Parameter.positive("clinical.pain_moderate_threshold", "P_mod", 4.0, "points", 10,
            PUBLISHED, "conventional NRS cut-points 1-3 mild, 4-6 moderate, 7-10 severe (Serlin et al. 1995 Pain 61:277)");

    // --- Bone strength and fracture ---
    /** n_S: strength of trabecular bone scales with apparent density to this power. */
    public static final Parameter STRENGTH_EXPONENT = Parameter.positive("clinical.strength_density_exponent", "n_S", 2.0, "1", 5,
            RECALLED, "Carter & Hayes 1977 J Bone Joint Surg Am 59:954: compressive strength ~ density^2");
    /** h_F: fracture hazard of a weight-bearing region that has lost all its strength. */
    public static final Parameter FRACTURE_HAZARD = Parameter.positive("clinical.fracture_hazard_per_d", "h_F", 0.075, "1/d", 1,
            CALIBRATED, "set by hand against the share of bone-metastasis patients who fracture (Higinbotham, calibration.csv T229: 8%),"
                    + " after the spread refit with systemic instigation: h_F in {0.028 (the earlier CMA-ES fit), 0.05, 0.065, 0.075}"
                    + " gave 4.6, 6.7, 7.7 and 8.3% (1500 patients); placebo SRE shares T155/T161/T167 were looked at, not fitted."
                    + " Overridden since 2026-11-24 in calibrated-parameters.yaml, set by hand against T229 after a CMA-ES refit of the"
                    + " clinical parameters (0.06/d; its header says why the optimum was not installed), and again on 2026-12-04"
                    + " (0.044/d) after the plexus weights changed, and on 2026-12-05 (0.01/d) after the lethal marrow burden was re-derived, then (0.008/d) after androgen deprivation"
                    + " began to thin the skeleton (docs/SOURCES.md 14k)");
    /** n_F: steepness of fracture hazard in lost strength: h = h_F * L * (1 - S)^n_F. */
    public static final Parameter FRACTURE_SHAPE = Parameter.positive("clinical.fracture_hazard_shape", "n_F", 3.0, "1", 10,
            ASSUMPTION, "CT rigidity analysis: fracture risk rises steeply past ~35% loss of rigidity (Nazarian 2015 Clin Orthop Relat Res, recalled)");
    /** L_nwb: relative load of non-weight-bearing bones (ribs, humeri, skull) versus weight-bearing ones. */
    public static final Parameter NON_WEIGHT_BEARING_LOAD = Parameter.probability("clinical.non_weight_bearing_load", "L_nwb", 0.4,
            ASSUMPTION, "ribs and humeri fracture under smaller loads than spine and femur, but still do");
    /** q_T: strength lost per unit of tumour fraction of a bone region, whatever its mineral (woven, disorganised bone). */
    public static final Parameter TUMOUR_STRENGTH_LOSS = Parameter.probability("clinical.tumour_strength_loss", "q_T", 0.6,
            CALIBRATED, "blastic bone is woven and weak despite its mineral; prostate placebo arms still fracture (Saad 2002 JNCI"
                    + " 94:1458, recalled); built-in value set by hand (q_T in {0.3, 0.6}) with h_F against the fracture share (T229);"
                    + " refitted by osteomet calibrate");
    /*
     * Vertebral collapse (Taneichi et al. 1997 Spine 22:239, thoracic and lumbar lytic metastases): the risk is high once
     * 50-60% of a T1-T10 body or 35-40% of a T10-L5 body is destroyed (lower still with costovertebral-joint or pedicle
     * destruction, which the model does not follow). The midpoints are used. The model's thoracic site (T1-T12) takes
     * the T1-T10 value, though T11-T12 belong to the lower group; the cervical spine, which the study did not include,
     * takes the thoracic value.
     */
    /** f_col[C]: share of a cervical vertebral body destroyed at which it collapses. */
    public static final Parameter COLLAPSE_LOSS_CERVICAL = Parameter.probability("clinical.cervical_spine.vertebral_collapse_bone_loss",
            "f_col[C]", 0.55, ASSUMPTION, "the thoracic value: Taneichi et al. 1997 Spine 22:239 studied T1-L5 only");
    /** f_col[T]: share of a thoracic vertebral body destroyed at which it collapses. */
    public static final Parameter COLLAPSE_LOSS_THORACIC = Parameter.probability("clinical.thoracic_spine.vertebral_collapse_bone_loss",
            "f_col[T]", 0.55, RECALLED, "Taneichi et al. 1997 Spine 22:239: collapse risk high with 50-60% of a T1-T10 body destroyed (midpoint)");
    /** f_col[L]: share of a lumbar vertebral body destroyed at which it collapses. */
    public static final Parameter COLLAPSE_LOSS_LUMBAR = Parameter.probability("clinical.lumbar_spine.vertebral_collapse_bone_loss",
            "f_col[L]", 0.375, RECALLED, "Taneichi et al. 1997 Spine 22:239: collapse risk high with 35-40% of a T10-L5 body destroyed (midpoint)");

    /** d_lb: diameter of the proximal femur or humerus, against which a lesion's cortical involvement is judged. */
    public static final Parameter LONG_BONE_DIAMETER = Parameter.positive("clinical.long_bone_diameter_mm", "d_lb", 28.0, "mm", 100,
            RECALLED, "adult proximal femoral shaft ~30 mm, humeral shaft ~22 mm (anatomy texts)");

    // --- Spinal cord compression (Bilsky) ---
    /*
     * Geometry of one vertebral level, from which the two volumes of the Bilsky model follow (mid-cervical C5,
     * mid-thoracic T8, mid-lumbar L3 as the region's typical level; dimensions in mm):
     *   vertebral body (elliptic cylinder pi/4 x width x depth x height): C5 17 x 16 x 14, T8 30 x 27 x 20, L3 47 x 35 x 27
     *     (Panjabi et al. 1991 Spine 16:861 and 16:888, 1992 Spine 17:299, recalled);
     *   compressing epidural volume, above the cord (C, T): the anterior free space between canal and cord, (canal AP
     *     diameter - cord AP diameter) x cord width x level height; canal AP C5 14.5, T8 14.6 (Kang et al. 2012 Korean J
     *     Spine 9:165, CT of 83 adults); cord AP x width C5 7.4 x 13.3, T8 6.3 x 8.3 (Frostell et al. 2016 Front Neurol
     *     7:238); level height (vertebra + disc) C 18, T 23, L 36 (spine lengths ~13, 28 and 18 cm over 7, 12 and 5
     *     levels, recalled);
     *   below the conus (L1-L2) the canal holds the cauda equina, whose roots move aside in the CSF: a deficit needs the
     *     dural sac squeezed below ~75 mm2 (the clinically significant compression in early postoperative MRI, PMC2997206;
     *     Schonstrom's critical area), from the osseous canal at the level of the vertebral body, ~300 mm2 at the L2 and
     *     L4 pedicles (Maeder et al. 2023 Diagnostics 13:734, CT of 1050 adults: means 276-323 mm2 across birth decades),
     *     so (300 - 75) mm2 x 36 mm of tumour at a lumbar level. The osseous canal, as for C and T (CT diameters): a
     *     tumour growing back from the body displaces the epidural fat at the body's level, not at the disc, where the
     *     MRI canal of ~200 mm2 (Medicine 2017, PMC5728944, controls at L4-L5) is narrowed by disc and ligament; the
     *     36 mm is the whole level as at C and T (the disc's ~9 mm at 200 mm2 would give 7.2 cm3 instead of 8.1).
     */
    /** V_vb[C]: cervical vertebral body volume a lesion fills before it extends into the epidural space. */
    public static final Parameter VERTEBRAL_BODY_CERVICAL_CM3 = Parameter.positive("clinical.cervical_spine.vertebral_body_volume_cm3",
            "V_vb[C]", 3.0, "cm3", 200, RECALLED, "C5 body pi/4 x 17 x 16 x 14 mm (Panjabi et al. 1991 Spine 16:861, recalled;"
                    + " derivation in ClinicalParameters)");
    /** V_vb[T]: thoracic vertebral body volume. */
    public static final Parameter VERTEBRAL_BODY_THORACIC_CM3 = Parameter.positive("clinical.thoracic_spine.vertebral_body_volume_cm3",
            "V_vb[T]", 12.7, "cm3", 200, RECALLED, "T8 body pi/4 x 30 x 27 x 20 mm (Panjabi et al. 1991 Spine 16:888, recalled;"
                    + " derivation in ClinicalParameters)");
    /** V_vb[L]: lumbar vertebral body volume. */
    public static final Parameter VERTEBRAL_BODY_LUMBAR_CM3 = Parameter.positive("clinical.lumbar_spine.vertebral_body_volume_cm3",
            "V_vb[L]", 34.9, "cm3", 200, RECALLED, "L3 body pi/4 x 47 x 35 x 27 mm (Panjabi et al. 1992 Spine 17:299, recalled;"
                    + " derivation in ClinicalParameters)");
    /**
     * p_epi: probability that a vertebral metastasis grows back into the canal (posterior or epidural extension), drawn
     * once per lesion: a region's chance of an epidural lesion rises with the vertebrae it has involved.
     */
    public static final Parameter EPIDURAL_SHARE = Parameter.probability("clinical.epidural_extension_share", "p_epi", 0.12,
            ASSUMPTION, "most vertebral metastases stay in the body; cord compression affects ~5-10% of cancer patients and a minority of "
                    + "those with spinal metastases (Loblaw 2003 Clin Oncol 15:211, recalled)");
    /** V_esc2[C]: epidural tumour volume at which the cervical cord is compressed (Bilsky grade 2). */
    public static final Parameter EPIDURAL_COMPRESSION_CERVICAL_CM3 = Parameter.positive(
            "clinical.cervical_spine.epidural_compression_volume_cm3", "V_esc2[C]", 1.7, "cm3", 100, DERIVED,
            "free space in front of the cord (14.5 - 7.4) mm x cord width 13.3 mm x level 18 mm (canal: Kang et al. 2012 Korean J"
                    + " Spine 9:165; cord: Frostell et al. 2016 Front Neurol 7:238; derivation in ClinicalParameters)");
    /** V_esc2[T]: epidural tumour volume at which the thoracic cord is compressed (Bilsky grade 2). */
    public static final Parameter EPIDURAL_COMPRESSION_THORACIC_CM3 = Parameter.positive(
            "clinical.thoracic_spine.epidural_compression_volume_cm3", "V_esc2[T]", 1.6, "cm3", 100, DERIVED,
            "free space in front of the cord (14.6 - 6.3) mm x cord width 8.3 mm x level 23 mm at T8, the narrowest thoracic canal"
                    + " (canal: Kang et al. 2012 Korean J Spine 9:165; cord: Frostell et al. 2016 Front Neurol 7:238; derivation in"
                    + " ClinicalParameters)");
    /** V_esc2[L]: epidural tumour volume at which the cauda equina is compressed at a lumbar level. */
    public static final Parameter EPIDURAL_COMPRESSION_LUMBAR_CM3 = Parameter.positive(
            "clinical.lumbar_spine.epidural_compression_volume_cm3", "V_esc2[L]", 8.1, "cm3", 100, DERIVED,
            "cauda equina below the conus: osseous canal ~300 mm2 at the lumbar pedicles (Maeder et al. 2023 Diagnostics 13:734, CT)"
                    + " less the ~75 mm2 dural sac at which compression becomes clinical (early postoperative MRI after lumbar"
                    + " decompression, PMC2997206), x level 36 mm (derivation in ClinicalParameters); re-derived on 2026-12-05 from"
                    + " 4.5 cm3, which took the MRI canal at the L4-L5 disc (200 mm2, PMC5728944) while C and T use the osseous canal;"
                    + " lumbar cord compressions (T127) 21.4 / 23.8 / 21.7 / 23.1% at seeds 1-4 before, 19.8 / 22.1 / 19.6 / 22.1% after");

    /** V_vb of a spinal site (cervical, thoracic or lumbar spine). */
    public static Parameter vertebralBody(Site site) {
        return ofLevel(site, VERTEBRAL_BODY_CERVICAL_CM3, VERTEBRAL_BODY_THORACIC_CM3, VERTEBRAL_BODY_LUMBAR_CM3);
    }

    /** f_col of a spinal site (cervical, thoracic or lumbar spine). */
    public static Parameter collapseLoss(Site site) {
        return ofLevel(site, COLLAPSE_LOSS_CERVICAL, COLLAPSE_LOSS_THORACIC, COLLAPSE_LOSS_LUMBAR);
    }

    /** V_esc2 of a spinal site (cervical, thoracic or lumbar spine). */
    public static Parameter epiduralCompression(Site site) {
        return ofLevel(site, EPIDURAL_COMPRESSION_CERVICAL_CM3, EPIDURAL_COMPRESSION_THORACIC_CM3, EPIDURAL_COMPRESSION_LUMBAR_CM3);
    }

    private static Parameter ofLevel(Site site, Parameter cervical, Parameter thoracic, Parameter lumbar) {
        return switch (site) {
            case CERVICAL_SPINE -> cervical;
            case THORACIC_SPINE -> thoracic;
            case LUMBAR_SPINE -> lumbar;
            default -> throw new IllegalArgumentException("not a spinal level: " + site);
        };
    }

    /** f_rp: share of the compressing epidural volume that a collapsed vertebral body's retropulsed bone fills. */
    public static final Parameter RETROPULSION_SHARE = Parameter.probability("clinical.collapse_retropulsion_share", "f_rp", 0.5,
            ASSUMPTION, "a collapsed body pushes its posterior wall back into the canal; Bilsky grading counts bone and tumour"
                    + " together (Bilsky et al. 2010 J Neurosurg Spine 13:324); half the free space assumed");
    /** Share of spinal-cord compressions that present with paralysis rather than weakness. */
    public static final Parameter PARALYSIS_SHARE = Parameter.probability("clinical.scc_paralysis_share", "p_par", 0.3,
            RECALLED, "about a third of patients with metastatic cord compression are unable to walk at diagnosis (Levack 2002 Clin Oncol 14:472)");

    /**
     * s_N: spacing of the sections through a sentinel node. A deposit of diameter d below it is cut, and so seen, with the
     * probability d / s_N that one of a stack of parallel planes s_N apart crosses a sphere of diameter d.
     */
    public static final Parameter SENTINEL_NODE_SECTION_INTERVAL_MM = Parameter.positive("clinical.sentinel_node_section_interval_mm",
            "s_N", 2.0, "mm", 20, RECALLED, "sentinel lymph nodes are sliced at 2 mm intervals so that no macrometastasis (> 2 mm) "
                    + "is missed (College of American Pathologists breast protocol, recalled); smaller deposits are found only when a "
                    + "section crosses them");

    // --- Trial enrolment ---
    /**
     * W_rec: window after eligibility within which a prevalent-pool entry enrols each patient, uniformly, if alive: long
     * enough that nearly every eligible patient has died within it, so the enrolled are the prevalent pool's
     * length-biased sample (time since eligibility with density proportional to survival), whatever its exact value.
     */
    public static final Parameter PREVALENT_ENROLMENT_WINDOW = Parameter.positive("clinical.prevalent_enrolment_window_y", "W_rec", 8.0,
            "y", 60, ASSUMPTION, "longer than all but a few percent of patients live after castration resistance or progression on"
                    + " first-line therapy with bone metastases (median survival 1-3 years); cross-sectional recruitment of"
                    + " prevalent cases samples them length-biased (Wang 1991 JASA 86:130, recalled)");

    // --- Deaths from the consequences ---
    /** h_Ca4: death hazard while hypercalcaemia is grade 4 (life-threatening). */
    public static final Parameter HYPERCALCAEMIA_DEATH = Parameter.positive("clinical.grade4_hypercalcaemia_death_per_d", "h_Ca4", 0.05, "1/d", 10,
            ASSUMPTION, "untreated life-threatening hypercalcaemia kills within weeks (Stewart 2005 NEJM 352:373, median survival ~30 d after HHM)");
    /** h_SCC: extra death hazard after cord compression with paralysis (immobility, infection, thrombosis). */
    public static final Parameter PARALYSIS_DEATH = Parameter.positive("clinical.paralysis_death_per_d", "h_par", 1.0 / 120.0, "1/d", 10,
            RECALLED, "median survival after MSCC with paralysis is a few months (Rades 2006 / Levack 2002, recalled)");
}
