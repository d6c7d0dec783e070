package org.osteomet.spread;

import org.osteomet.anatomy.Site;
import org.osteomet.anatomy.SiteClass;
import org.osteomet.anatomy.SpinalRegion;
import org.osteomet.param.ParameterSet;
import org.osteomet.tumour.CancerProfile;
import org.osteomet.tumour.CancerType;
import org.osteomet.tumour.VenousDrainage;

/**
 * The metastatic cascade from shedding to dormancy as Poisson thinning: a tumour of x cells sheds
 * m x^alpha cells a day (Iwata 2000), each of which independently survives the circulation (p_surv),
 * arrests at a site by its route ({@link Circulation}), extravasates (p_ext) and settles as a dormant
 * cell (p_dorm). (The soil decides what happens next: it scales the rate at which dormant cells re-enter
 * the cell cycle, see {@link #awakeningRate}.) Thinning a Poisson process
 * gives a Poisson process, so the expected dormant-cell inflow per site is exact and no single cell is
 * simulated. This class precomputes, per source, the dormant cells per site per unit of x^alpha.
 */
public final class Dissemination {

    private final double alpha;
    private final double[] primaryYield = new double[Site.COUNT];
    private final double[][] lesionYield = new double[Site.COUNT][Site.COUNT];

    public Dissemination(ParameterSet p, CancerProfile profile, Circulation circulation) {
        this.alpha = p.get(SpreadParameters.SHEDDING_EXPONENT);
        double survive = p.get(SpreadParameters.CTC_SURVIVAL);
        double extravasate = p.get(SpreadParameters.EXTRAVASATION);
        double dormancy = p.get(SpreadParameters.DORMANCY_ENTRY);
        double boneToBone = p.get(SpreadParameters.BONE_TO_BONE_SEEDING_FOLD);
        double bonePlexusShare = p.get(SpreadParameters.BONE_LESION_PLEXUS_FRACTION);
        double[][] settle = new double[Route.values().length][Site.COUNT];
        for (Route r : Route.values()) {
            for (Site s : Site.ALL) {
                settle[r.ordinal()][s.ordinal()] = survive * circulation.arrestProbability(r, s) * extravasate * dormancy;
            }
        }
        double plexusShare = profile.vertebralPlexusFraction();
        CancerType type = profile.type();
        Route drainage = type.drainage() == VenousDrainage.PULMONARY ? Route.ARTERIAL : Route.CAVAL;
        double[] blood = mix(settle, drainage, type.plexusRegion(), plexusShare);
        for (int s = 0; s < Site.COUNT; s++) {
            primaryYield[s] = profile.bloodShedding() * blood[s] + profile.lymphShedding() * settle[Route.LYMPH.ordinal()][s];
        }
        for (Site from : Site.ALL) {
            double[] row;
            if (from.siteClass() == SiteClass.LUNG) {
                row = settle[Route.ARTERIAL.ordinal()];
            } else if (from.isBone()) {
                row = mix(settle, Route.CAVAL, from.plexusRegion(), bonePlexusShare);
            } else {
                row = settle[Route.CAVAL.ordinal()];
            }
            for (Site to : Site.ALL) {
                double adapted = from.isBone() && to.isBone() ? boneToBone : 1.0;
                lesionYield[from.ordinal()][to.ordinal()] = profile.bloodShedding() * row[to.ordinal()] * adapted;
            }
        }
    }

    private static double[] mix(double[][] settle, Route main, SpinalRegion region, double plexusShare) {
        double[] out = settle[main.ordinal()].clone();
        if (region == SpinalRegion.NONE || plexusShare == 0) {
            return out;
        }
        double[] plexus = settle[Route.plexus(region).ordinal()];
        for (int s = 0; s < out.length; s++) {
            out[s] = (1.0 - plexusShare) * out[s] + plexusShare * plexus[s];
        }
        return out;
    }

    /**
     * Rate at which a dormant cell at this site re-enters the cell cycle: the site class's base rate times
     * the cancer type's soil factor for that class (Paget's seed and soil).
     */
    public static double awakeningRate(ParameterSet p, CancerProfile profile, Site s) {
        double base = switch (s.siteClass()) {
            case BONE -> p.get(SpreadParameters.AWAKENING_BONE);
            case LYMPH_NODE -> p.get(SpreadParameters.AWAKENING_LYMPH_NODE);
            default -> p.get(SpreadParameters.AWAKENING_VISCERAL);
        };
        return base * profile.soil(s.siteClass());
    }

    public double sheddingExponent() {
        return alpha;
    }

    /** Dormant cells settling at each site per day per unit of (primary cells)^alpha. */
    public double[] primaryYield() {
        return primaryYield;
    }

    /** The same for a metastasis at site {@code from} (blood only: metastases are not given lymphatic spread). */
    public double[] lesionYield(int from) {
        return lesionYield[from];
    }
}
