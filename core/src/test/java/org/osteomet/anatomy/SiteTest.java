package org.osteomet.anatomy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SiteTest {

    @Test
    void theAtlasHasFifteenBonesAndEverySiteFitsTheOutcomeBitMasks() {
        assertThat(Site.boneCount()).isEqualTo(15).isEqualTo(Site.BONES.size());
        for (int i = 0; i < Site.boneCount(); i++) {
            assertThat(Site.bone(i)).isEqualTo(Site.BONES.get(i));
        }
        assertThat(Site.BONES).contains(Site.CRANIUM, Site.MANDIBLE);
        // PatientOutcome collects a patient's sites as 1L << ordinal
        assertThat(Site.COUNT).isLessThanOrEqualTo(Long.SIZE);
    }

    @Test
    void theMandibleIsANonWeightBearingBoneOutsideTheVertebralPlexus() {
        Site m = Site.MANDIBLE;
        assertThat(m.isBone()).isTrue();
        assertThat(m.siteClass()).isEqualTo(SiteClass.BONE);
        assertThat(m.isWeightBearing()).isFalse();
        assertThat(m.isSpinal()).isFalse();
        assertThat(m.mirelsSiteClass()).isEqualTo(MirelsSiteClass.NOT_SCORED);
        assertThat(m.plexusRegion()).isEqualTo(SpinalRegion.NONE);
        assertThat(m.units()).isEqualTo(1);
        assertThat(m.code()).isEqualTo("mandible");
        assertThat(Site.fromCode(" Mandible ")).contains(m);
    }

    @Test
    void everyCodeNamesItsSite() {
        for (Site s : Site.ALL) {
            assertThat(Site.fromCode(s.code())).as(s.name()).contains(s);
        }
    }
}
