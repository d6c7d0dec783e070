package org.osteomet.spread;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.osteomet.anatomy.Site;
import org.osteomet.param.ParameterSet;
import org.osteomet.sim.ModelCatalog;
import org.osteomet.tumour.CancerProfile;
import org.osteomet.tumour.CancerType;

class DisseminationTest {

    private static final ParameterSet P = ModelCatalog.defaults();

    private static Dissemination of(ParameterSet p) {
        return new Dissemination(p, CancerProfile.of(p, CancerType.BREAST), new Circulation(p));
    }

    @Test
    void boneAdaptedCellsSettleInBoneByTheFoldAndElsewhereAsBefore() {
        double fold = P.get(SpreadParameters.BONE_TO_BONE_SEEDING_FOLD);
        assertThat(fold).as("the default favours bone-to-bone seeding").isGreaterThan(1.0);
        Dissemination adapted = of(P);
        Dissemination plain = of(P.with(SpreadParameters.BONE_TO_BONE_SEEDING_FOLD.name(), 1.0));
        for (Site from : Site.ALL) {
            for (Site to : Site.ALL) {
                double expected = plain.lesionYield(from.ordinal())[to.ordinal()] * (from.isBone() && to.isBone() ? fold : 1.0);
                assertThat(adapted.lesionYield(from.ordinal())[to.ordinal()]).as("%s -> %s", from, to)
                        .isCloseTo(expected, within(1e-12 * Math.max(expected, 1e-300)));
            }
        }
        // the primary is not a bone-adapted clone
        assertThat(adapted.primaryYield()).containsExactly(plain.primaryYield());
    }

    @Test
    void aVertebralMetastasisSeedsTheSpineThroughThePlexus() {
        String share = SpreadParameters.BONE_LESION_PLEXUS_FRACTION.name();
        int thoracic = Site.THORACIC_SPINE.ordinal();
        Dissemination caval = of(P.with(share, 0.0));
        Dissemination plexus = of(P.with(share, 1.0));
        // through the plexus, more of its cells stop in the vertebrae and fewer in the lung
        for (Site vertebra : new Site[] {Site.CERVICAL_SPINE, Site.THORACIC_SPINE, Site.LUMBAR_SPINE, Site.SACRUM}) {
            assertThat(plexus.lesionYield(thoracic)[vertebra.ordinal()]).as(vertebra.code())
                    .isGreaterThan(10 * caval.lesionYield(thoracic)[vertebra.ordinal()]);
        }
        assertThat(plexus.lesionYield(thoracic)[Site.LUNG.ordinal()]).isLessThan(caval.lesionYield(thoracic)[Site.LUNG.ordinal()]);
        // a femur is not plexus drained: its metastasis seeds as caval blood whatever the share
        int femur = Site.FEMUR_LEFT.ordinal();
        assertThat(plexus.lesionYield(femur)).containsExactly(caval.lesionYield(femur));
    }
}
