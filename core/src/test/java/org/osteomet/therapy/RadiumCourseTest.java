package org.osteomet.therapy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.osteomet.sim.ModelCatalog;

class RadiumCourseTest {
    private final RadiumCourse course = new RadiumCourse(ModelCatalog.defaults());
    private final double nearShare = ModelCatalog.defaults().get(Radium223.NEAR_SURFACE_SHARE);

    @Test
    void sixInjectionsEveryFourWeeks() {
        course.start(10);
        assertThat(course.injectionsBetween(0, 10)).isEqualTo(1);
        assertThat(course.injectionsBetween(10, 1000)).isEqualTo(5);
        assertThat(course.injectionsBetween(0, 1000)).isEqualTo(6);
    }

    @Test
    void killNeedsNewBoneAndIsLimitedToCellsInAlphaRange() {
        course.start(0);
        assertThat(course.logSurvival(0, 1, 1e10, 1e9)).isZero();
        double strong = course.logSurvival(1.0, 1.0, 1e8, 1e9);     // a small lesion taking most of the uptake
        assertThat(strong).isLessThan(0).isGreaterThanOrEqualTo(Math.log(1 - nearShare) - 1e-12);
        assertThat(strong).isCloseTo(Math.log(1 - nearShare), within(1e-3));
        double weak = course.logSurvival(1e-6, 1.0, 1e11, 1e9);     // a big lesion with little formation
        assertThat(weak).isLessThan(0).isGreaterThan(strong);
    }
}
