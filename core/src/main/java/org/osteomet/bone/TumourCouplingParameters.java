package org.osteomet.bone;

import static org.osteomet.param.Provenance.ASSUMPTION;
import static org.osteomet.param.Provenance.PUBLISHED;

import org.osteomet.param.Parameter;

/**
 * How a solid tumour in a bone site couples to the remodelling model of {@link KomarovaParameters}.
 *
 * <p><b>Tumour burden.</b> T in [0, 1] is the site's tumour burden as a fraction of its carrying capacity
 * (Ayati's T / L_T).
 *
 * <p><b>Drive mapping.</b> A clone's osteoblastic drive D in [-1, 1] (negative: osteolytic) splits into a lytic
 * weight u_L = (1 - D) / 2 and a blastic weight u_B = (1 + D) / 2. The osteolytic terms of Ayati et al. 2010
 * (r11, r21, r12, r22) are scaled by u_L; the osteoblastic term s_B by u_B:
 * <pre>
 * G11 = g11 (1 + r11 u_L T)     G21 = g21 (1 + r21 u_L T)
 * G12 = g12 / (1 + r12 u_L T)   G22 = g22 - r22 u_L T
 * A2  = alpha2 (1 + s_B u_B T)
 * </pre>
 * A pure lytic clone (D = -1) with T = 1 is Ayati's myeloma model (BIOMD0000000402) at full burden.
 *
 * <p><b>Vicious cycle.</b> Active resorption y1 = max(0, C - Cbar) releases matrix-bound TGF-beta and IGF, which
 * speed tumour growth by the factor 1 + phi min(1, y1 / y1_ref).
 */
public final class TumourCouplingParameters {
    private TumourCouplingParameters() {
    }

    private static final String AYATI = "Ayati, Edwards, Webb & Wikswo 2010 Biol Direct 5:28; BioModels BIOMD0000000402";

    /** r11: tumour raises the osteoclast autocrine exponent, g11 (1 + r11 u_L T). */
    public static final Parameter R11 = new Parameter("bone.r11_tumour_oc_autocrine", "r11", 0.005, "1", -1, 10,
            PUBLISHED, AYATI);
    /** r21: tumour scales the osteoblast-to-osteoclast paracrine exponent, g21 (1 + r21 u_L T). */
    public static final Parameter R21 = new Parameter("bone.r21_tumour_ob_to_oc_paracrine", "r21", 0.0, "1", -1, 10,
            PUBLISHED, AYATI);
    /** r12: tumour weakens the osteoclast-to-osteoblast coupling, g12 / (1 + r12 u_L T). */
    public static final Parameter R12 = new Parameter("bone.r12_tumour_oc_to_ob_paracrine", "r12", 0.0, "1", 0, 10,
            PUBLISHED, AYATI);
    /** r22: tumour lowers the osteoblast autocrine exponent, g22 - r22 u_L T. */
    public static final Parameter R22 = new Parameter("bone.r22_tumour_ob_autocrine", "r22", 0.2, "1", -5, 5,
            PUBLISHED, AYATI);

    /**
     * s_B: fractional increase of osteoblast production by an osteoblastic clone, alpha2 (1 + s_B u_B T).
     * The value makes a clone with D = 0 neutral for bone to first order in T: at the steady state both the Ayati
     * lytic term and this term act only through the osteoblast equation, as +r22 u_L T ln(Bbar) and
     * -ln(1 + s_B u_B T), so they cancel for u_L = u_B when s_B = r22 ln(Bbar) = 0.2 ln(212.13) = 1.07.
     */
    public static final Parameter BLASTIC_OB_STIMULATION = new Parameter("bone.blastic_ob_stimulation", "s_B", 1.07, "1", 0, 50,
            ASSUMPTION, "tumour-derived ET-1, BMPs and Wnt drive osteoblasts in prostate-like (osteoblastic) lesions "
                    + "(Farhat et al. 2017 Math Biosci 294:1; Camacho & Jerez 2019 J Math Biol, tumour-to-OB term s2); "
                    + "magnitude not measured: set to r22 ln(Bbar) so that drive D = 0 is bone-neutral to first order in T");
    /** s_L: fractional increase of osteoclast production alpha1 (1 + s_L u_L T) by tumour PTHrP/RANKL. */
    public static final Parameter LYTIC_OC_STIMULATION = new Parameter("bone.lytic_oc_stimulation", "s_L", 1.0, "1", 0, 50,
            ASSUMPTION, "PTHrP from tumour cells raises osteoblast RANKL and osteoclast recruitment (Guise 1996 J Clin Invest 98:1544, "
                    + "recalled; Coelho 2016 J Theor Biol 391:1); with s_B it lets a mixed clone raise resorption and formation together, "
                    + "so mixed lesions emerge; magnitude assumed");
    /** phi: largest relative increase of tumour growth rate from factors released by resorption. */
    public static final Parameter RESORPTION_GROWTH_FEEDBACK = new Parameter("bone.resorption_growth_feedback", "phi", 0.5, "1", 0, 10,
            ASSUMPTION, "vicious cycle: TGF-beta and IGF released from resorbed matrix stimulate tumour growth (Mundy 2002 "
                    + "Nat Rev Cancer 2:584; Camacho & Jerez 2019 OC-to-tumour term s3); magnitude assumed, saturating at y1_ref");
    /** y1_ref: active (excess) osteoclast count at which the vicious-cycle feedback saturates. */
    public static final Parameter RESORPTION_REFERENCE = Parameter.positive("bone.resorption_reference", "y1_ref", 10.0, "cells", 1e4,
            ASSUMPTION, "of the order of the osteoclast excess of one remodelling event (Komarova 2003 initial C = 11 "
                    + "vs steady state 1.06); assumed");
}
