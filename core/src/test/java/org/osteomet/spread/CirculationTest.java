package org.osteomet.spread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.osteomet.anatomy.Site;
import org.osteomet.anatomy.SkeletalAtlas;
import org.osteomet.anatomy.SpinalRegion;
import org.osteomet.param.ParameterSet;
import org.osteomet.random.Draws;
import org.osteomet.random.PatientStreams;
import org.osteomet.sim.ModelCatalog;

class CirculationTest {

    private static final ParameterSet P = ModelCatalog.defaults();
    private static final Circulation C = new Circulation(P);
    private static final List<Route> PLEXUS = List.of(Route.PLEXUS_CERVICAL, Route.PLEXUS_THORACIC, Route.PLEXUS_LUMBOSACRAL);

    @Test
    void arterialBoneSharesAreProportionalToAtlasFlow() {
        double[] flow = SkeletalAtlas.values(P).flowPercentCo();
        Site ref = Site.PELVIS;
        double refRatio = C.arrestProbability(Route.ARTERIAL, ref) / flow[ref.ordinal()];
        assertThat(refRatio).isPositive();
        for (Site s : Site.BONES) {
            assertThat(flow[s.ordinal()]).isPositive();
            assertThat(C.arrestProbability(Route.ARTERIAL, s) / flow[s.ordinal()]).as(s.code())
                    .isCloseTo(refRatio, within(1e-12 * refRatio));
        }
        // Flow is in % of cardiac output, arrest a probability: the constant is 1/100.
        assertThat(refRatio).isCloseTo(0.01, within(1e-15));
    }

    @Test
    void arterialVisceralSharesAreTheirCardiacOutputFractions() {
        assertThat(C.arrestProbability(Route.ARTERIAL, Site.BRAIN)).isEqualTo(P.get(SpreadParameters.FLOW_BRAIN));
        assertThat(C.arrestProbability(Route.ARTERIAL, Site.LIVER)).isEqualTo(P.get(SpreadParameters.FLOW_LIVER_ARTERIAL));
        assertThat(C.arrestProbability(Route.ARTERIAL, Site.LUNG)).isEqualTo(P.get(SpreadParameters.FLOW_LUNG_BRONCHIAL));
        assertThat(C.arrestProbability(Route.ARTERIAL, Site.LYMPH_NODES)).isEqualTo(P.get(SpreadParameters.FLOW_LYMPH_NODES));
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void everyRouteIsASubProbability(Route r) {
        double sum = 0;
        for (Site s : Site.ALL) {
            double p = C.arrestProbability(r, s);
            assertThat(p).as("%s -> %s", r, s).isBetween(0.0, 1.0);
            sum += p;
        }
        assertThat(C.arrestedAnywhere(r)).isCloseTo(sum, within(1e-12)).isBetween(0.0, 1.0);
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void everyRouteIsASubProbabilityAtExtremeParameters(Route r) {
        ParameterSet extreme = P.with(java.util.Map.of(
                SpreadParameters.LUNG_FILTER.name(), 0.0,
                SpreadParameters.PLEXUS_ARREST.name(), 1.0,
                SpreadParameters.LYMPH_NODE_ARREST.name(), 1.0,
                SpreadParameters.PLEXUS_REGION_WEIGHT.name(), 100.0));
        Circulation c = new Circulation(extreme);
        for (Site s : Site.ALL) {
            assertThat(c.arrestProbability(r, s)).isBetween(0.0, 1.0);
        }
        assertThat(c.arrestedAnywhere(r)).isBetween(0.0, 1.0 + 1e-12);
    }

    @Test
    void cavalRouteTrapsTheLungFilterShareInTheLung() {
        double pLf = P.get(SpreadParameters.LUNG_FILTER);
        double bronchial = C.arrestProbability(Route.ARTERIAL, Site.LUNG);
        assertThat(C.arrestProbability(Route.CAVAL, Site.LUNG)).isCloseTo(pLf + (1 - pLf) * bronchial, within(1e-12));
        assertThat(C.arrestProbability(Route.CAVAL, Site.LUNG)).isGreaterThanOrEqualTo(pLf);
        for (Site s : Site.ALL) {
            if (s != Site.LUNG) {
                assertThat(C.arrestProbability(Route.CAVAL, s)).as(s.code())
                        .isCloseTo((1 - pLf) * C.arrestProbability(Route.ARTERIAL, s), within(1e-15));
            }
        }
    }

    @Test
    void lowerLungFilterSendsMoreCavalCellsToBone() {
        Circulation leaky = new Circulation(P.with(SpreadParameters.LUNG_FILTER.name(), 0.5));
        assertThat(leaky.arrestProbability(Route.CAVAL, Site.LUNG))
                .isCloseTo(0.5 + 0.5 * P.get(SpreadParameters.FLOW_LUNG_BRONCHIAL), within(1e-12));
        for (Site s : Site.BONES) {
            assertThat(leaky.arrestProbability(Route.CAVAL, s)).isGreaterThan(C.arrestProbability(Route.CAVAL, s));
        }
    }

    @Test
    void moreRedMarrowRaisesABonesArterialShareAndLeavesTheOthers() {
        String name = SkeletalAtlas.redMarrowPercent(Site.LUMBAR_SPINE).name();
        double before = P.get(name);
        Circulation more = new Circulation(P.with(name, before + 5.0));
        assertThat(more.arrestProbability(Route.ARTERIAL, Site.LUMBAR_SPINE))
                .isGreaterThan(C.arrestProbability(Route.ARTERIAL, Site.LUMBAR_SPINE));
        // Marrow flow F_rm (% CO) is spread by marrow share: +5 points of marrow add F_rm * 5 / 100 % of CO.
        double fRm = P.get(SkeletalAtlas.FLOW_RED_MARROW_PERCENT_CO);
        assertThat(more.arrestProbability(Route.ARTERIAL, Site.LUMBAR_SPINE) - C.arrestProbability(Route.ARTERIAL, Site.LUMBAR_SPINE))
                .isCloseTo(fRm * 5.0 / 100.0 / 100.0, within(1e-12));
        // And the plexus routes favour it more too.
        assertThat(more.arrestProbability(Route.PLEXUS_LUMBOSACRAL, Site.LUMBAR_SPINE))
                .isGreaterThan(C.arrestProbability(Route.PLEXUS_LUMBOSACRAL, Site.LUMBAR_SPINE));
    }

    @Test
    void plexusRoutesFavourTheirEntryRegion() {
        assertThat(C.arrestProbability(Route.PLEXUS_LUMBOSACRAL, Site.LUMBAR_SPINE))
                .isGreaterThan(C.arrestProbability(Route.PLEXUS_CERVICAL, Site.LUMBAR_SPINE));
        assertThat(C.arrestProbability(Route.PLEXUS_CERVICAL, Site.CERVICAL_SPINE))
                .isGreaterThan(C.arrestProbability(Route.PLEXUS_LUMBOSACRAL, Site.CERVICAL_SPINE));
        for (Site s : Site.BONES) {
            SpinalRegion region = s.plexusRegion();
            if (region == SpinalRegion.NONE) {
                continue;
            }
            Route own = Route.plexus(region);
            for (Route other : PLEXUS) {
                if (other != own) {
                    assertThat(C.arrestProbability(own, s)).as("%s via %s vs %s", s, own, other)
                            .isGreaterThan(C.arrestProbability(other, s));
                }
            }
            // And the plexus gives every plexus-drained bone more than plain caval blood does.
            for (Route any : PLEXUS) {
                assertThat(C.arrestProbability(any, s)).isGreaterThan(C.arrestProbability(Route.CAVAL, s));
            }
        }
    }

    @Test
    void plexusComponentFollowsRedMarrowWithinARegionAndSumsToPpl() {
        double ppl = P.get(SpreadParameters.PLEXUS_ARREST);
        double[] marrow = SkeletalAtlas.values(P).redMarrowPercent();
        for (Route r : PLEXUS) {
            double norm = 0;
            for (Site s : Site.BONES) {
                if (s.plexusRegion() != SpinalRegion.NONE) {
                    norm += plexusWeight(s, r, marrow);
                }
            }
            double plexusTotal = 0;
            for (Site s : Site.ALL) {
                double plexusPart = C.arrestProbability(r, s) - (1 - ppl) * C.arrestProbability(Route.CAVAL, s);
                plexusTotal += plexusPart;
                if (s.plexusRegion() == SpinalRegion.NONE) {
                    assertThat(plexusPart).as("%s via %s", s, r).isCloseTo(0.0, within(1e-15));
                } else {
                    double w = plexusWeight(s, r, marrow);
                    assertThat(plexusPart).as("%s via %s", s, r).isCloseTo(ppl * w / norm, within(1e-12));
                }
            }
            assertThat(plexusTotal).isCloseTo(ppl, within(1e-12));
            assertThat(C.arrestedAnywhere(r)).isCloseTo(ppl + (1 - ppl) * C.arrestedAnywhere(Route.CAVAL), within(1e-12));
        }
    }

    /** Red marrow, times w_R in the entry region, times w_NV outside the vertebral column (vertebrae and sacrum). */
    private static double plexusWeight(Site s, Route r, double[] marrow) {
        double wR = P.get(SpreadParameters.PLEXUS_REGION_WEIGHT);
        double wNV = P.get(SpreadParameters.PLEXUS_NON_VERTEBRAL_WEIGHT);
        boolean vertebral = s.isSpinal() || s == Site.SACRUM;
        return marrow[s.ordinal()] * (s.plexusRegion() == r.plexusRegion() ? wR : 1.0) * (vertebral ? 1.0 : wNV);
    }

    @Test
    void plexusCellsReachBonesOutsideTheVertebralColumnByTheirWeight() {
        double ppl = P.get(SpreadParameters.PLEXUS_ARREST);
        double wNV = P.get(SpreadParameters.PLEXUS_NON_VERTEBRAL_WEIGHT);
        assertThat(wNV).as("the default makes the vertebral column the plexus's main bed").isLessThan(1.0);
        double[] marrow = SkeletalAtlas.values(P).redMarrowPercent();
        for (double weight : new double[] {wNV, 1.0}) {
            Circulation c = new Circulation(P.with(SpreadParameters.PLEXUS_NON_VERTEBRAL_WEIGHT.name(), weight));
            Route r = Route.PLEXUS_LUMBOSACRAL;
            // pelvis and lumbar spine share the lumbosacral region, so per unit of red marrow they differ by w_NV alone
            double pelvis = (c.arrestProbability(r, Site.PELVIS) - (1 - ppl) * c.arrestProbability(Route.CAVAL, Site.PELVIS))
                    / marrow[Site.PELVIS.ordinal()];
            double lumbar = (c.arrestProbability(r, Site.LUMBAR_SPINE) - (1 - ppl) * c.arrestProbability(Route.CAVAL, Site.LUMBAR_SPINE))
                    / marrow[Site.LUMBAR_SPINE.ordinal()];
            assertThat(pelvis / lumbar).as("w_NV = %s", weight).isCloseTo(weight, within(1e-12));
        }
    }

    @Test
    void withoutRegionPreferenceAllPlexusRoutesAgree() {
        Circulation flat = new Circulation(P.with(SpreadParameters.PLEXUS_REGION_WEIGHT.name(), 1.0));
        for (Site s : Site.ALL) {
            double c = flat.arrestProbability(Route.PLEXUS_CERVICAL, s);
            assertThat(flat.arrestProbability(Route.PLEXUS_THORACIC, s)).isCloseTo(c, within(1e-15));
            assertThat(flat.arrestProbability(Route.PLEXUS_LUMBOSACRAL, s)).isCloseTo(c, within(1e-15));
        }
    }

    @Test
    void lymphRouteStopsPlnInTheNodes() {
        double pLn = P.get(SpreadParameters.LYMPH_NODE_ARREST);
        assertThat(C.arrestProbability(Route.LYMPH, Site.LYMPH_NODES))
                .isCloseTo(pLn + (1 - pLn) * C.arrestProbability(Route.CAVAL, Site.LYMPH_NODES), within(1e-12));
        for (Site s : Site.BONES) {
            assertThat(C.arrestProbability(Route.LYMPH, s)).isCloseTo((1 - pLn) * C.arrestProbability(Route.CAVAL, s), within(1e-15));
        }
    }

    @Test
    void monteCarloArrestSitesTrackBloodFlow() {
        int n = 200_000;
        double[] flow = SkeletalAtlas.values(P).flowPercentCo();
        // Categories: each site, then "lost" (tissues not modelled).
        double[] w = new double[Site.COUNT + 1];
        for (Site s : Site.ALL) {
            w[s.ordinal()] = C.arrestProbability(Route.ARTERIAL, s);
        }
        w[Site.COUNT] = 1.0 - C.arrestedAnywhere(Route.ARTERIAL);
        UniformRandomProvider rng = new PatientStreams(31337L).stream(0, PatientStreams.Process.SPREAD);
        long[] counts = new long[w.length];
        for (int i = 0; i < n; i++) {
            counts[Draws.categorical(rng, w, w.length, 1.0)]++;
        }
        long boneTotal = 0;
        double boneFlow = 0;
        for (Site s : Site.BONES) {
            double p = flow[s.ordinal()] / 100.0; // share of cardiac output, straight from the atlas
            assertThat((double) counts[s.ordinal()] / n).as(s.code()).isCloseTo(p, within(4 * Math.sqrt(p * (1 - p) / n)));
            boneTotal += counts[s.ordinal()];
            boneFlow += flow[s.ordinal()];
        }
        // Conditional on arresting in bone, each bone's share follows its share of the bones' flow.
        for (Site s : Site.BONES) {
            double q = flow[s.ordinal()] / boneFlow;
            assertThat((double) counts[s.ordinal()] / boneTotal).as(s.code())
                    .isCloseTo(q, within(4 * Math.sqrt(q * (1 - q) / boneTotal)));
        }
        double pBrain = P.get(SpreadParameters.FLOW_BRAIN);
        assertThat((double) counts[Site.BRAIN.ordinal()] / n).isCloseTo(pBrain, within(4 * Math.sqrt(pBrain * (1 - pBrain) / n)));
    }
}
