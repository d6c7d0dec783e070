package org.osteomet.bone;

import static org.osteomet.param.Provenance.PUBLISHED;

import org.osteomet.param.Parameter;

/**
 * Healthy bone remodelling in one basic multicellular unit (BMU): the power-law osteoclast-osteoblast model of
 * Komarova, Smith, Dixon, Sims &amp; Wahl 2003 (Bone 33:206), BioModels BIOMD0000000148. These are the simulator's
 * healthy defaults; the tumour terms are in {@link TumourCouplingParameters}.
 *
 * <pre>
 * dC/dt = alpha1 C^g11 B^g21 - beta1 C        (C: osteoclasts)
 * dB/dt = alpha2 C^g12 B^g22 - beta2 B        (B: osteoblasts)
 * dz/dt = -k1 max(0, C - Cbar) + k2 max(0, B - Bbar)   (z: bone mass, % of initial)
 * </pre>
 *
 * The production rates alpha are given in cells/d as in the BioModels entry; strictly their unit is
 * cells^(1-g11-g21)/d and cells^(1-g12-g22)/d.
 */
public final class KomarovaParameters {
    private KomarovaParameters() {
    }

    private static final String SOURCE = "Komarova et al. 2003 Bone 33:206; BioModels BIOMD0000000148 (octave export)";

    /** alpha1: osteoclast production. */
    public static final Parameter ALPHA1 = Parameter.positive("bone.alpha1_oc_production", "alpha1", 3.0, "cells/d", 1000,
            PUBLISHED, SOURCE);
    /** alpha2: osteoblast production. */
    public static final Parameter ALPHA2 = Parameter.positive("bone.alpha2_ob_production", "alpha2", 4.0, "cells/d", 1000,
            PUBLISHED, SOURCE);
    /** beta1: osteoclast removal. */
    public static final Parameter BETA1 = Parameter.positive("bone.beta1_oc_removal", "beta1", 0.2, "1/d", 10,
            PUBLISHED, SOURCE);
    /** beta2: osteoblast removal. */
    public static final Parameter BETA2 = Parameter.positive("bone.beta2_ob_removal", "beta2", 0.02, "1/d", 10,
            PUBLISHED, SOURCE);
    /** g11: osteoclast autocrine exponent. Stability needs g11 &lt; 1 + beta2 (1 - g22) / beta1 (1.1 here). */
    public static final Parameter G11 = new Parameter("bone.g11_oc_autocrine", "g11", 0.5, "1", -2, 2,
            PUBLISHED, SOURCE);
    /** g21: osteoblast to osteoclast paracrine exponent (inhibitory: OPG/RANKL). */
    public static final Parameter G21 = new Parameter("bone.g21_ob_to_oc_paracrine", "g21", -0.5, "1", -2, 2,
            PUBLISHED, SOURCE);
    /** g12: osteoclast to osteoblast paracrine exponent (stimulatory: TGF-beta and other matrix factors). */
    public static final Parameter G12 = new Parameter("bone.g12_oc_to_ob_paracrine", "g12", 1.0, "1", -2, 2,
            PUBLISHED, SOURCE);
    /** g22: osteoblast autocrine exponent. */
    public static final Parameter G22 = new Parameter("bone.g22_ob_autocrine", "g22", 0.0, "1", -2, 2,
            PUBLISHED, SOURCE);
    /** k1: bone resorbed per osteoclast above steady state. */
    public static final Parameter K1 = Parameter.positive("bone.k1_resorption_rate", "k1", 0.24, "%/(cell d)", 10,
            PUBLISHED, SOURCE);
    /** k2: bone formed per osteoblast above steady state. */
    public static final Parameter K2 = Parameter.positive("bone.k2_formation_rate", "k2", 0.0017, "%/(cell d)", 10,
            PUBLISHED, SOURCE);
}
