package org.osteomet.tumour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Scale;

class GompertzTest {

    /** V(t) of dV/dt = a V ln(K/V), integrated numerically in V itself (not in ln V). */
    private static double integrate(double v0, double k, double a, double t) {
        OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
            @Override
            public int getDimension() {
                return 1;
            }

            @Override
            public double[] computeDerivatives(double time, double[] y) {
                return new double[] {a * y[0] * Math.log(k / y[0])};
            }
        };
        DormandPrince853Integrator integrator = new DormandPrince853Integrator(1e-10, Math.max(1.0, t), new double[] {0.0},
                new double[] {1e-13});
        ODEStateAndDerivative end = integrator.integrate(ode, new ODEState(0.0, new double[] {v0}), t);
        return end.getPrimaryState()[0];
    }

    @ParameterizedTest
    @CsvSource({
        // v0, K, doubling time at v0 (d), t (d)
        "1e6, 1e12, 60, 30",
        "1e6, 1e12, 60, 365",
        "1e6, 1e12, 60, 3650",
        "1e9, 1e11, 120, 1000",
        "1, 1e6, 5, 40",
        "5e10, 1e11, 200, 500",
    })
    void closedFormMatchesNumericalIntegration(double v0, double k, double dt, double t) {
        double a = Gompertz.rateForDoublingTime(dt, v0, k);
        double numeric = integrate(v0, k, a, t);
        double closed = Math.exp(Gompertz.logSizeAfter(Math.log(v0), Math.log(k), a, t));
        assertThat(closed).isCloseTo(numeric, within(1e-8 * numeric));
        assertThat(closed).isGreaterThan(v0).isLessThan(k);
    }

    @Test
    void tumourAboveCapacityShrinksTowardsIt() {
        double k = 1e9;
        double v0 = 3e9;
        double a = 0.01;
        double numeric = integrate(v0, k, a, 200);
        double closed = Math.exp(Gompertz.logSizeAfter(Math.log(v0), Math.log(k), a, 200));
        assertThat(closed).isCloseTo(numeric, within(1e-8 * numeric));
        assertThat(closed).isLessThan(v0).isGreaterThan(k);
    }

    @Property(tries = 300)
    void rateGivesTheRequestedDoublingTimeAtV(@ForAll @DoubleRange(min = 1, max = 2000) double dt,
                                              @ForAll @DoubleRange(min = 0, max = 25) double lnV,
                                              @ForAll @DoubleRange(min = 0.05, max = 20) double lnKOverV) {
        double v = Math.exp(lnV);
        double k = Math.exp(lnV + lnKOverV);
        double a = Gompertz.rateForDoublingTime(dt, v, k);
        assertThat(a).isPositive();
        // Specific growth rate d ln V / dt = a ln(K/V) equals ln 2 / DT.
        assertThat(a * Math.log(k / v)).isCloseTo(Math.log(2) / dt, within(1e-12 * Math.log(2) / dt));
        // The same rate read off the closed form by a central difference in time.
        double h = 1e-4 * dt * Math.min(1.0, lnKOverV); // a h <= 7e-5: truncation error (a h)^2 / 6 is negligible
        double slope = (Gompertz.logSizeAfter(lnV, Math.log(k), a, h) - Gompertz.logSizeAfter(lnV, Math.log(k), a, -h)) / (2 * h);
        assertThat(slope).isCloseTo(Math.log(2) / dt, within(1e-6 * Math.log(2) / dt));
        // Growth decelerates: a real doubling from V takes longer than DT, and only slightly for V far below K.
        double t2 = Gompertz.timeToReach(lnV, lnV + Math.log(2), Math.log(k), a);
        if (lnKOverV > Math.log(2)) {
            assertThat(t2).isGreaterThan(dt);
        } else {
            assertThat(t2).isInfinite();
        }
    }

    @Test
    void doublingTimeFarBelowCapacityIsAlmostExponential() {
        double v = 1e3;
        double k = 1e300;
        double dt = 30;
        double a = Gompertz.rateForDoublingTime(dt, v, k);
        double after = Gompertz.logSizeAfter(Math.log(v), Math.log(k), a, dt);
        // Relative slowdown over one doubling ~ ln2 / (2 ln(K/V)) ~ 5e-4.
        assertThat(after - Math.log(v)).isCloseTo(Math.log(2), within(1e-3 * Math.log(2)));
    }

    @Test
    void rateRejectsSizesAtOrAboveCapacity() {
        assertThatThrownBy(() -> Gompertz.rateForDoublingTime(30, 1e9, 1e9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Gompertz.rateForDoublingTime(30, 2e9, 1e9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Gompertz.rateForDoublingTime(30, Double.NaN, 1e9)).isInstanceOf(IllegalArgumentException.class);
    }

    @Property(tries = 500)
    void timeToReachInvertsLogSizeAfter(@ForAll @DoubleRange(min = 0, max = 20) double logV0,
                                        @ForAll @DoubleRange(min = 0.1, max = 15) double gap,
                                        @ForAll @DoubleRange(min = 1e-4, max = 0.1) @Scale(8) double a,
                                        @ForAll @DoubleRange(min = 0.001, max = 0.999) @Scale(6) double frac) {
        double logK = logV0 + gap;
        // Forward then back: t -> ln V(t) -> t, with a t kept moderate so that ln K - ln V(t) is well resolved.
        double t = frac * 10.0 / a;
        double logV1 = Gompertz.logSizeAfter(logV0, logK, a, t);
        assertThat(Gompertz.timeToReach(logV0, logV1, logK, a)).isCloseTo(t, within(1e-8 * t + 1e-9 / a));
        // Back then forward: ln V1 -> t -> ln V1, for any target below K.
        double target = logV0 + frac * gap;
        double t1 = Gompertz.timeToReach(logV0, target, logK, a);
        assertThat(t1).isPositive().isFinite();
        assertThat(Gompertz.logSizeAfter(logV0, logK, a, t1)).isCloseTo(target, within(1e-9 * Math.max(1, Math.abs(target))));
    }

    @Property(tries = 300)
    void growthComposesOverSplitIntervals(@ForAll @DoubleRange(min = 0, max = 20) double logV0,
                                          @ForAll @DoubleRange(min = 0.1, max = 15) double gap,
                                          @ForAll @DoubleRange(min = 1e-4, max = 0.1) @Scale(8) double a,
                                          @ForAll @DoubleRange(min = 0, max = 500) double t1,
                                          @ForAll @DoubleRange(min = 0, max = 500) double t2) {
        double logK = logV0 + gap;
        double once = Gompertz.logSizeAfter(logV0, logK, a, t1 + t2);
        double twice = Gompertz.logSizeAfter(Gompertz.logSizeAfter(logV0, logK, a, t1), logK, a, t2);
        assertThat(twice).isCloseTo(once, within(1e-12 * Math.max(1, Math.abs(logK))));
        // Growth stays between V0 and K (up to rounding of ln K + (ln V0 - ln K)).
        double slack = 1e-13 * Math.max(1, Math.abs(logK));
        assertThat(Gompertz.logSizeAfter(logV0, logK, a, t1)).isBetween(logV0 - slack, logK);
        assertThat(Gompertz.logSizeAfter(logV0, logK, a, t1 + t2)).isGreaterThanOrEqualTo(Gompertz.logSizeAfter(logV0, logK, a, t1));
    }

    @Property(tries = 200)
    void timeToReachEdgeCases(@ForAll @DoubleRange(min = 0, max = 20) double logV0,
                              @ForAll @DoubleRange(min = 0.1, max = 15) double gap,
                              @ForAll @DoubleRange(min = 1e-4, max = 0.1) @Scale(8) double a,
                              @ForAll @DoubleRange(min = 0, max = 5) double beyond) {
        double logK = logV0 + gap;
        assertThat(Gompertz.timeToReach(logV0, logK + beyond, logK, a)).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(Gompertz.timeToReach(logV0, logV0 - beyond, logK, a)).isZero();
        assertThat(Gompertz.timeToReach(logV0, logV0, logK, a)).isZero();
    }

    @Test
    void timeToReachAFewDoublingsAgreesWithNumericalIntegration() {
        double v0 = 1e6;
        double k = 1e12;
        double a = Gompertz.rateForDoublingTime(60, v0, k);
        double v1 = 1e9;
        double t = Gompertz.timeToReach(Math.log(v0), Math.log(v1), Math.log(k), a);
        assertThat(integrate(v0, k, a, t)).isCloseTo(v1, within(1e-8 * v1));
    }

    @Property(tries = 50)
    void zeroTimeLeavesSizeUnchanged(@ForAll @DoubleRange(min = -5, max = 30) double logV0,
                                     @ForAll @DoubleRange(min = 1e-4, max = 1) @Scale(8) double a) {
        Assume.that(logV0 < 30.0);
        assertThat(Gompertz.logSizeAfter(logV0, 30.0, a, 0.0)).isCloseTo(logV0, within(1e-12 * Math.max(1, Math.abs(logV0))));
    }
}
