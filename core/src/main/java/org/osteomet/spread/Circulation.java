package org.osteomet.spread;

import org.osteomet.anatomy.Site;
import org.osteomet.anatomy.SkeletalAtlas;
import org.osteomet.anatomy.SpinalRegion;
import org.osteomet.param.ParameterSet;

/**
 * Where surviving circulating cells arrest. For each {@link Route}, the probability that a cell which
 * survives the circulation stops in each site; what is left arrests in tissues not modelled as
 * metastatic sites (muscle, kidney, skin, gut) and is lost.
 *
 * <p>Arterial cells distribute by share of cardiac output (ICRP 89 flows; each bone's flow from the
 * {@link SkeletalAtlas}). Venous (caval) cells meet the lung capillaries first. Plexus cells stop in a
 * plexus-drained bone with probability p_pl, chosen by red marrow with extra weight at the entry region,
 * else join the caval blood. Lymph cells stop in a lymph node with probability p_ln, else join the caval blood.
 */
public final class Circulation {

    private final double[][] arrest = new double[Route.values().length][Site.COUNT];

    public Circulation(ParameterSet p) {
        SkeletalAtlas.Values atlas = SkeletalAtlas.values(p);
        double[] arterial = arrest[Route.ARTERIAL.ordinal()];
        for (Site s : Site.BONES) {
            arterial[s.ordinal()] = atlas.flowPercentCo()[s.ordinal()] / 100.0;
        }
        arterial[Site.BRAIN.ordinal()] = p.get(SpreadParameters.FLOW_BRAIN);
        arterial[Site.LIVER.ordinal()] = p.get(SpreadParameters.FLOW_LIVER_ARTERIAL);
        arterial[Site.LUNG.ordinal()] = p.get(SpreadParameters.FLOW_LUNG_BRONCHIAL);
        arterial[Site.LYMPH_NODES.ordinal()] = p.get(SpreadParameters.FLOW_LYMPH_NODES);
        requireSubProbability(arterial, "arterial blood-flow shares");

        double lungFilter = p.get(SpreadParameters.LUNG_FILTER);
        double[] caval = arrest[Route.CAVAL.ordinal()];
        for (int s = 0; s < Site.COUNT; s++) {
            caval[s] = (1.0 - lungFilter) * arterial[s];
        }
        caval[Site.LUNG.ordinal()] += lungFilter;

        double plexusArrest = p.get(SpreadParameters.PLEXUS_ARREST);
        double regionWeight = p.get(SpreadParameters.PLEXUS_REGION_WEIGHT);
        double nonVertebralWeight = p.get(SpreadParameters.PLEXUS_NON_VERTEBRAL_WEIGHT);
        for (Route r : new Route[] {Route.PLEXUS_CERVICAL, Route.PLEXUS_THORACIC, Route.PLEXUS_LUMBOSACRAL}) {
            double[] row = arrest[r.ordinal()];
            double norm = 0;
            for (Site s : Site.BONES) {
                if (s.plexusRegion() != SpinalRegion.NONE) {
                    double w = atlas.redMarrowPercent()[s.ordinal()] * (s.plexusRegion() == r.plexusRegion() ? regionWeight : 1.0)
                            * (isVertebral(s) ? 1.0 : nonVertebralWeight);
                    row[s.ordinal()] = w;
                    norm += w;
                }
            }
            for (int s = 0; s < Site.COUNT; s++) {
                row[s] = plexusArrest * row[s] / norm + (1.0 - plexusArrest) * caval[s];
            }
        }

        double nodeArrest = p.get(SpreadParameters.LYMPH_NODE_ARREST);
        double[] lymph = arrest[Route.LYMPH.ordinal()];
        for (int s = 0; s < Site.COUNT; s++) {
            lymph[s] = (1.0 - nodeArrest) * caval[s];
        }
        lymph[Site.LYMPH_NODES.ordinal()] += nodeArrest;
    }

    /** The bones of the vertebral column, which drain straight into the plexus. */
    private static boolean isVertebral(Site s) {
        return s.isSpinal() || s == Site.SACRUM;
    }

    private static void requireSubProbability(double[] row, String what) {
        double sum = 0;
        for (double v : row) {
            sum += v;
        }
        if (sum > 1.0 + 1e-12) {
            throw new IllegalArgumentException(what + " add up to " + sum + " (more than all of the cardiac output)");
        }
    }

    /** Probability that a surviving cell on route r arrests at site s. */
    public double arrestProbability(Route r, Site s) {
        return arrest[r.ordinal()][s.ordinal()];
    }

    /** Probability that a surviving cell on route r arrests in some modelled site. */
    public double arrestedAnywhere(Route r) {
        double sum = 0;
        for (double v : arrest[r.ordinal()]) {
            sum += v;
        }
        return sum;
    }

    double[] row(Route r) {
        return arrest[r.ordinal()];
    }
}
