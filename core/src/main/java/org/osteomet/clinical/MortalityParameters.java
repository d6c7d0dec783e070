package org.osteomet.clinical;

import static org.osteomet.param.Provenance.ASSUMPTION;
import static org.osteomet.param.Provenance.CALIBRATED;
import static org.osteomet.param.Provenance.DERIVED;
import static org.osteomet.param.Provenance.RECALLED;

import org.osteomet.param.Parameter;

/** Background (age) mortality and death from tumour burden. */
public final class MortalityParameters {
    private MortalityParameters() {
    }

    private static final String LIFE_TABLE = "Gompertz-Makeham mu(x) = A + B exp(C x) calibrated by hand against the US 2019 period life "
            + "table (Arias & Xu 2022 NVSR 70(19)), both sexes: q(50) ~ 0.004, q(70) ~ 0.019, q(80) ~ 0.05 (recalled values)";

    /** A: age-independent (Makeham) mortality. */
    public static final Parameter MAKEHAM_A = Parameter.positive("mortality.makeham_a_per_y", "A", 5e-4, "1/y", 1, CALIBRATED, LIFE_TABLE);
    /** B: Gompertz mortality extrapolated to age 0. */
    public static final Parameter GOMPERTZ_B = Parameter.positive("mortality.gompertz_b_per_y", "B", 2.6e-5, "1/y", 1, CALIBRATED, LIFE_TABLE);
    /** C: Gompertz ageing rate (mortality doubles every ln2/C years, ~7.4 y). */
    public static final Parameter GOMPERTZ_C = Parameter.positive("mortality.gompertz_c_per_y", "C", 0.094, "1/y", 1, CALIBRATED, LIFE_TABLE);

    /** h_L: cancer death hazard when a burden reaches its lethal level. */
    public static final Parameter HAZARD_AT_LETHAL = Parameter.positive("mortality.hazard_at_lethal_burden_per_d", "h_L", 1.0 / 30.0, "1/d", 10,
            ASSUMPTION, "a patient at a lethal burden lives about a month; the shape k sets how fast risk rises below it");
    /** k: power of burden / lethal burden in the hazard. */
    public static final Parameter HAZARD_SHAPE = Parameter.positive("mortality.hazard_shape", "k", 1.0, "1", 20,
            CALIBRATED, "risk proportional to burden; chosen from k in {1, 1.5, 2} with h_L = 1/30 d against median survival from bone"
                    + " metastasis of breast and prostate (calibration.csv T004, T006) with the default systemic lines on");
    /** B_tot: lethal total tumour burden. */
    public static final Parameter LETHAL_TOTAL = Parameter.positive("mortality.lethal_total_burden_cells", "B_tot", 1e12, "cells", 1e14,
            RECALLED, "~1 kg of tumour, 1e12 cells, is the classical lethal burden (Friberg & Mattson 1997 J Surg Oncol 65:284)");
    /** B_liver: lethal burden in the liver. */
    public static final Parameter LETHAL_LIVER = Parameter.positive("mortality.lethal_liver_burden_cells", "B_liver", 5e11, "cells", 1e14,
            ASSUMPTION, "replacement of about a third of a 1.8 kg liver (ICRP 89 liver mass, recalled)");
    /** B_lung: lethal burden in the lungs (primary lung tumour included). */
    public static final Parameter LETHAL_LUNG = Parameter.positive("mortality.lethal_lung_burden_cells", "B_lung", 3e11, "cells", 1e14,
            ASSUMPTION, "about 300 cm3 of tumour in the lungs");
    /** B_brain: lethal burden in the brain. */
    public static final Parameter LETHAL_BRAIN = Parameter.positive("mortality.lethal_brain_burden_cells", "B_brain", 5e10, "cells", 1e14,
            ASSUMPTION, "about 50 cm3 of intracranial tumour, with oedema, is fatal");
    /** B_marrow: skeletal tumour burden that causes marrow failure. */
    public static final Parameter LETHAL_MARROW = Parameter.positive("mortality.lethal_marrow_burden_cells", "B_marrow", 8.8e11, "cells", 1e14,
            DERIVED, "75% of the 1170 g adult red marrow (ICRP 89, recalled) at 1e9 cells/g: marrow failure is severe once cellularity"
                    + " falls below 25% of normal (modified Camitta criteria of severe aplastic anaemia, British Society for Haematology"
                    + " guideline, Killick et al. 2016 Br J Haematol 172:187; verified in secondary pages); 3.5e11 (30%, assumed) until"
                    + " 2026-12-05, which made marrow failure the death of 47% of the breast trial population (1000 patients, seed 1)"
                    + " and left 16% of its placebo patients alive at 24 months, where 26% completed the trials (Lipton 2000, T908)");
}
