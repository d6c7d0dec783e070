package org.osteomet.therapy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.osteomet.sim.ModelCatalog;
import org.osteomet.param.ParameterSet;

class HypercalcaemiaRescueTest {
    private final ParameterSet p = ModelCatalog.defaults();

    @Test
    void oneDoseSuppressesAsTheDrugsKineticsSayAndDosesAddUp() {
        HypercalcaemiaRescue rescue = HypercalcaemiaRescue.of("zoledronic-acid", p);
        ZoledronicAcidPk pk = new ZoledronicAcidPk(p);
        assertThat(rescue.suppressionAt(100)).isZero();
        rescue.dose(100);
        assertThat(rescue.suppressionAt(99)).isZero();
        double oneDose = rescue.suppressionAt(130);
        assertThat(oneDose).isCloseTo(pk.suppression(pk.standardDoseMg() * pk.boneFraction(30)), within(1e-12));
        assertThat(oneDose).isPositive().isLessThan(p.get(ZoledronicAcidPk.EMAX));
        rescue.dose(120);
        assertThat(rescue.suppressionAt(130)).isGreaterThan(oneDose).isLessThan(p.get(ZoledronicAcidPk.EMAX));
        assertThat(rescue.doses()).isEqualTo(2);
        rescue.reset();
        assertThat(rescue.suppressionAt(130)).isZero();
    }

    @Test
    void noneNeverSuppressesAndDosesMustNotGoBackInTime() {
        HypercalcaemiaRescue none = HypercalcaemiaRescue.of("none", p);
        none.dose(10);
        assertThat(none.suppressionAt(20)).isZero();
        HypercalcaemiaRescue pam = HypercalcaemiaRescue.of("pamidronate", p);
        pam.dose(50);
        assertThatThrownBy(() -> pam.dose(40)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before the last one");
        assertThatThrownBy(() -> HypercalcaemiaRescue.of("aspirin", p)).isInstanceOf(IllegalArgumentException.class);
        for (int k = 0; k < 20; k++) {
            pam.dose(60 + 7 * k); // grows past its first array
        }
        assertThat(pam.doses()).isEqualTo(21);
    }
}
