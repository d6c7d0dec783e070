package org.osteomet.therapy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RadiotherapyTest {

    private final Radiotherapy rt = new Radiotherapy(TherapyParameters.defaults());

    @Test
    void publishedTumourBedValues() {
        assertThat(rt.tumourBed(RadiotherapyFractionation.SINGLE_8_GY)).isCloseTo(14.4, within(1e-12));
        assertThat(rt.tumourBed(RadiotherapyFractionation.FIVE_BY_4_GY)).isCloseTo(28.0, within(1e-12));
        assertThat(rt.tumourBed(RadiotherapyFractionation.TEN_BY_3_GY)).isCloseTo(39.0, within(1e-12));
        assertThat(RadiotherapyFractionation.FIVE_BY_4_GY.totalDoseGy()).isEqualTo(20.0);
        assertThat(RadiotherapyFractionation.TEN_BY_3_GY.totalDoseGy()).isEqualTo(30.0);
        // late tissue (alpha/beta 3): 8x1 -> 29.33, 20/5 -> 46.67, 30/10 -> 60
        assertThat(rt.lateBed(RadiotherapyFractionation.SINGLE_8_GY)).isCloseTo(8 * (1 + 8 / 3.0), within(1e-12));
        assertThat(rt.cordBed(RadiotherapyFractionation.TEN_BY_3_GY)).isCloseTo(75.0, within(1e-12));
    }

    @Test
    void survivingFractionIsExpOfMinusAlphaBed() {
        for (RadiotherapyFractionation f : RadiotherapyFractionation.values()) {
            double sf = rt.survivingFraction(f);
            assertThat(sf).isCloseTo(Math.exp(-0.3 * rt.tumourBed(f)), within(1e-15));
            double d = f.dosePerFractionGy();
            assertThat(sf).isCloseTo(Math.exp(-f.fractions() * (0.3 * d + 0.03 * d * d)), within(1e-15));
        }
        assertThat(rt.survivingFraction(RadiotherapyFractionation.SINGLE_8_GY)).isCloseTo(Math.exp(-4.32), within(1e-15));
        assertThat(rt.survivingFraction(0, 5)).isEqualTo(1.0);
        assertThatThrownBy(() -> rt.survivingFraction(-1, 1)).hasMessageContaining("negative");
    }
}
