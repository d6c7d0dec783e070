package org.osteomet.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.osteomet.param.Parameter;
import org.osteomet.param.Provenance;

class BoundedParameterTest {

    @Test
    void linearScaleMapsBoundsToZeroAndOne() {
        BoundedParameter p = BoundedParameter.linear("a", -2, 6, 0);
        assertThat(p.toUnit(-2)).isZero();
        assertThat(p.toUnit(6)).isEqualTo(1.0);
        assertThat(p.toUnit(2)).isEqualTo(0.5);
        assertThat(p.fromUnit(0.25)).isEqualTo(0.0);
    }

    @Test
    void logScaleIsUniformInTheLogarithm() {
        BoundedParameter p = BoundedParameter.log("k", 1e-3, 1e3, 1);
        assertThat(p.toUnit(1)).isCloseTo(0.5, within(1e-15));
        assertThat(p.fromUnit(0.5)).isCloseTo(1.0, within(1e-12));
        assertThat(p.fromUnit(0.75)).isCloseTo(31.6227766, within(1e-6));
        for (double u = 0; u <= 1; u += 0.125) {
            assertThat(p.toUnit(p.fromUnit(u))).isCloseTo(u, within(1e-14));
        }
    }

    @Test
    void mappedValuesNeverLeaveTheBoundsDespiteRounding() {
        BoundedParameter p = BoundedParameter.log("k", 0.1, 0.7, 0.3);
        assertThat(p.fromUnit(1.0)).isLessThanOrEqualTo(0.7);
        assertThat(p.fromUnit(0.0)).isGreaterThanOrEqualTo(0.1);
        assertThat(p.fromUnit(1.5)).isEqualTo(p.fromUnit(1.0));
    }

    @Test
    void rejectsEmptyBoxesAndNonPositiveLogBounds() {
        assertThatThrownBy(() -> BoundedParameter.linear("a", 1, 1, 1)).hasMessageContaining("lower < upper");
        assertThatThrownBy(() -> BoundedParameter.log("a", 0, 1, 0.5)).hasMessageContaining("above 0");
        assertThatThrownBy(() -> BoundedParameter.linear("a", 0, 1, 2)).hasMessageContaining("start 2.0 outside");
    }

    @Test
    void catalogParameterSearchedOverItsRangeFromItsDefault() {
        Parameter rate = new Parameter("tumour.rate", "a", 0.2, "1/day", 0.01, 1.0, Provenance.CALIBRATED, "T1");
        BoundedParameter p = BoundedParameter.of(rate, Scale.LOG);
        assertThat(p).isEqualTo(BoundedParameter.log("tumour.rate", 0.01, 1.0, 0.2));
        assertThat(BoundedParameter.of(rate, Scale.LINEAR, 0.5, 0.9).start()).isEqualTo(0.5);
    }

    @Test
    void searchSpaceRejectsDuplicateNames() {
        assertThatThrownBy(() -> SearchSpace.of(BoundedParameter.linear("a", 0, 1, 0), BoundedParameter.linear("a", 0, 2, 0)))
                .hasMessageContaining("twice");
    }
}
