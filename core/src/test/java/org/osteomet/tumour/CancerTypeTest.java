package org.osteomet.tumour;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.osteomet.anatomy.SiteClass;
import org.osteomet.clinical.StandardOfCare;
import org.osteomet.physiology.CalciumParameters;
import org.osteomet.sim.ModelCatalog;

class CancerTypeTest {
    @Test
    void myelomaIsTheOneMarrowCancer() {
        assertThat(CancerType.ALL).filteredOn(t -> t.origin() == Origin.MARROW).containsExactly(CancerType.MYELOMA);
        assertThat(CancerType.fromCode(" Myeloma ")).contains(CancerType.MYELOMA);
        assertThat(CancerType.codes()).endsWith(", myeloma");
    }

    @Test
    void namesFollowTheOrigin() {
        assertThat(CancerType.BREAST.metastaticDiseaseName(true)).isEqualTo("metastatic breast cancer with bone involvement");
        assertThat(CancerType.BREAST.localDiseaseName()).isEqualTo("breast cancer without detected distant metastasis");
        assertThat(CancerType.MYELOMA.metastaticDiseaseName(true)).isEqualTo("multiple myeloma with bone lesions");
        assertThat(CancerType.MYELOMA.metastaticDiseaseName(false)).isEqualTo("multiple myeloma");
        assertThat(CancerType.MYELOMA.origin().primaryName()).startsWith("clonal plasma-cell mass");
    }

    @Test
    void everyTypeHasAProfileAPthrpFactorAndSystemicLines() {
        for (CancerType t : CancerType.ALL) {
            CancerProfile p = CancerProfile.of(ModelCatalog.defaults(), t);
            assertThat(p.type()).isEqualTo(t);
            assertThat(ModelCatalog.defaults().get(CalciumParameters.pthrpSecretion(t).name())).isPositive();
            assertThat(StandardOfCare.defaults().systemicLines(t.code())).as(t.code()).isNotEmpty();
        }
    }

    @Test
    void myelomaHomesToBoneAndIsLytic() {
        CancerProfile m = CancerProfile.of(ModelCatalog.defaults(), CancerType.MYELOMA);
        for (SiteClass c : SiteClass.values()) {
            if (c != SiteClass.BONE) {
                assertThat(m.soil(c)).as(c.name()).isLessThan(m.soil(SiteClass.BONE) / 100);
            }
        }
        assertThat(m.osteoblasticDriveMean()).isEqualTo(-1.0);
        assertThat(m.lymphShedding()).isZero();
        assertThat(ModelCatalog.defaults().get(CalciumParameters.PTHRP_MYELOMA.name()))
                .isLessThan(ModelCatalog.defaults().get(CalciumParameters.PTHRP_BREAST.name()));
    }
}
