package org.osteomet.anatomy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.osteomet.param.Parameter;
import org.osteomet.param.ParameterSet;
import org.osteomet.param.Provenance;

/**
 * Numeric atlas of the skeleton: red-marrow share, share of skeletal mass (hence mineral calcium) and
 * blood flow of each bone. Paired long bones are split evenly into left and right.
 *
 * <p>Sources. Red (active) marrow shares: Cristy M 1981, Phys Med Biol 26:389, as tabulated in ICRP
 * Publication 70 (1995) for the adult; recalled values. The atlas holds every bone with active marrow in
 * that table (proximal humeri and femora split into left and right; the distal long bones hold none in the
 * adult), so the shares sum to 100% within rounding (99.9%). Skeletal mass shares: approximate per-bone
 * shares of adult bone-tissue mass (ICRP 70); recalled, but consistent with the verified group totals of the
 * Mechanik data (Health Physics 1976 31:209: skull+mandible 15%, spine+pelvis 22%, limbs about half) and
 * Bergmann 1983 (Calcif Tissue Int 35:21: skull 18%). The mandible is given 1% of the mass so that cranium
 * (14%) and mandible together make the verified 15%.
 * See docs/SOURCES.md.
 */
public final class SkeletalAtlas {

    private static final String CRISTY = "Cristy 1981 Phys Med Biol 26:389 / ICRP Publ. 70 (1995), adult active-marrow table";
    private static final String MASS = "approx. share of adult bone-tissue mass, ICRP Publ. 70 (1995); group totals checked against "
            + "Health Physics 1976 31:209 (spine+pelvis 22%, skull+mandible 15%)";
    private static final String MANDIBLE_MASS = "adult mandible about 1.5% of skeletal mass (recalled); 1% is chosen, not recalled, "
            + "so that cranium 14% + mandible 1% = 15%, the verified skull+mandible total of Health Physics 1976 31:209 "
            + "(Mechanik data); the cranium's 14% is kept as it was";

    /** M_Ca: calcium in the adult skeleton. */
    public static final Parameter SKELETAL_CALCIUM_G = Parameter.positive("anatomy.skeletal_calcium_g", "M_Ca", 1000.0, "g", 5000,
            Provenance.PUBLISHED, "Lemann J et al. NEJM review: ~25,000 mmol (1 kg) in a 70-kg man, virtually all in bone");
    /** F_rm: resting cardiac output to red marrow. */
    public static final Parameter FLOW_RED_MARROW_PERCENT_CO = Parameter.positive("anatomy.flow_red_marrow_percent_co", "F_rm", 3.0,
            "% of cardiac output", 20, Provenance.RECALLED, "ICRP Publ. 89 (2002) Table 2.40 / Williams & Leggett 1989 Clin Phys Physiol Meas 10:187");
    /** F_bt: resting cardiac output to the rest of the skeleton (trabecular 0.9 + cortical 0.6 + other 0.5). */
    public static final Parameter FLOW_BONE_TISSUE_PERCENT_CO = Parameter.positive("anatomy.flow_bone_tissue_percent_co", "F_bt", 2.0,
            "% of cardiac output", 20, Provenance.RECALLED, "ICRP Publ. 89 (2002) Table 2.40: skeleton 5% in all (verified second-hand), red marrow 3%");

    private static final Map<Site, Parameter> RED_MARROW = new EnumMap<>(Site.class);
    private static final Map<Site, Parameter> MASS_SHARE = new EnumMap<>(Site.class);

    static {
        //          site                 red marrow %  skeletal mass %
        bone(Site.CRANIUM,          7.6,  14.0);
        bone(Site.MANDIBLE,         0.8,   1.0, CRISTY, MANDIBLE_MASS);
        bone(Site.CERVICAL_SPINE,   3.9,   1.7);
        bone(Site.THORACIC_SPINE,  16.1,   4.5);
        bone(Site.LUMBAR_SPINE,    12.3,   4.0);
        bone(Site.SACRUM,           9.9,   2.0);
        bone(Site.PELVIS,          17.5,   8.0);
        bone(Site.RIBS,            16.1,   5.5);
        bone(Site.STERNUM,          3.1,   0.5);
        bone(Site.SCAPULAE,         2.8,   3.5);
        bone(Site.CLAVICLES,        0.8,   1.0);
        bone(Site.HUMERUS_LEFT,     1.15,  1.4);  // half of the proximal humeri (2.3% marrow; humeri ~5.5% of mass, proximal half)
        bone(Site.HUMERUS_RIGHT,    1.15,  1.4);
        bone(Site.FEMUR_LEFT,       3.35,  3.75); // half of the proximal femora (6.7% marrow; femora ~15% of mass, proximal half)
        bone(Site.FEMUR_RIGHT,      3.35,  3.75);
    }

    private SkeletalAtlas() {
    }

    private static void bone(Site site, double redMarrowPercent, double massPercent) {
        bone(site, redMarrowPercent, massPercent, CRISTY, MASS);
    }

    private static void bone(Site site, double redMarrowPercent, double massPercent, String marrowSource, String massSource) {
        RED_MARROW.put(site, new Parameter("anatomy." + site.code() + ".red_marrow_percent", "RM_" + site.code(),
                redMarrowPercent, "% of adult active marrow", 0, 100, Provenance.RECALLED, marrowSource));
        MASS_SHARE.put(site, new Parameter("anatomy." + site.code() + ".skeletal_mass_percent", "SM_" + site.code(),
                massPercent, "% of adult skeletal mass", 0, 100, Provenance.RECALLED, massSource));
    }

    /** Every atlas parameter, for the catalog. */
    public static List<Parameter> parameters() {
        List<Parameter> out = new ArrayList<>(List.of(SKELETAL_CALCIUM_G, FLOW_RED_MARROW_PERCENT_CO, FLOW_BONE_TISSUE_PERCENT_CO));
        out.addAll(RED_MARROW.values());
        out.addAll(MASS_SHARE.values());
        return out;
    }

    public static Parameter redMarrowPercent(Site site) {
        return require(RED_MARROW, site);
    }

    public static Parameter skeletalMassPercent(Site site) {
        return require(MASS_SHARE, site);
    }

    private static Parameter require(Map<Site, Parameter> table, Site site) {
        Parameter p = table.get(site);
        if (p == null) {
            throw new IllegalArgumentException(site + " is not a bone");
        }
        return p;
    }

    /** The atlas values of one parameter set, as primitive arrays indexed by {@link Site#ordinal()}. */
    public static Values values(ParameterSet params) {
        double[] marrow = new double[Site.COUNT];
        double[] calcium = new double[Site.COUNT];
        double[] flow = new double[Site.COUNT];
        double totalCa = params.get(SKELETAL_CALCIUM_G);
        double fRm = params.get(FLOW_RED_MARROW_PERCENT_CO);
        double fBt = params.get(FLOW_BONE_TISSUE_PERCENT_CO);
        for (Site s : Site.BONES) {
            double rm = params.get(redMarrowPercent(s));
            double mass = params.get(skeletalMassPercent(s));
            marrow[s.ordinal()] = rm;
            calcium[s.ordinal()] = totalCa * mass / 100.0;
            // Marrow flow follows the marrow; bone-tissue flow follows the bone mass (ICRP 89 splits them so).
            flow[s.ordinal()] = fRm * rm / 100.0 + fBt * mass / 100.0;
        }
        return new Values(marrow, calcium, flow, fRm + fBt);
    }

    /**
     * @param redMarrowPercent    % of the body's active marrow, per site (0 for non-bone sites)
     * @param calciumG            mineral calcium in the bone, g
     * @param flowPercentCo       resting blood flow to the bone, % of cardiac output
     * @param skeletonFlowPercentCo whole-skeleton flow, % of cardiac output
     */
    public record Values(double[] redMarrowPercent, double[] calciumG, double[] flowPercentCo, double skeletonFlowPercentCo) {
        /** Share of whole-skeleton blood flow that reaches this bone. */
        public double shareOfSkeletalFlow(Site s) {
            return flowPercentCo[s.ordinal()] / skeletonFlowPercentCo;
        }
    }
}
