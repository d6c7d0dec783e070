package org.osteomet.therapy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.function.DoubleUnaryOperator;

import org.junit.jupiter.api.Test;

class Radium223Test {

    private final Radium223 ra = new Radium223(TherapyParameters.defaults());

    @Test
    void activityHalvesAfterOneHalfLife() {
        Schedule one = Schedule.single(55, "kBq/kg", 0);
        DoubleUnaryOperator w = t -> 0.02;
        double a0 = ra.lesionActivityKBq(one, w, 0);
        assertThat(a0).isCloseTo(0.5 * 0.02 * 55 * 60, within(1e-9));
        assertThat(ra.lesionActivityKBq(one, w, 11.43)).isCloseTo(a0 / 2, within(1e-12 * a0));
        assertThat(ra.lesionActivityKBq(one, w, 22.86)).isCloseTo(a0 / 4, within(1e-12 * a0));
        assertThat(ra.remainingFraction(11.43)).isCloseTo(0.5, within(1e-15));
    }

    @Test
    void cumulatedActivityMatchesIntegratingTheActivity() {
        Schedule s = ra.standardSchedule(7);
        assertThat(s.doseTimes(0, 1000)).containsExactly(7, 35, 63, 91, 119, 147);
        DoubleUnaryOperator w = t -> 0.01 + 1e-4 * t; // lesion share changes with formation over the course
        double lambda = ra.decayConstant();
        for (double t : new double[] {7, 20, 100, 147, 200, 400}) {
            double[] state = new double[2];
            double from = 0;
            for (double td : s.doseTimes(0, t)) {
                state = integrate(state, from, td, lambda);
                state[0] += 0.5 * 55 * 60 * w.applyAsDouble(td);
                from = td;
            }
            state = integrate(state, from, t, lambda);
            double closed = ra.cumulatedActivityKBqDays(s, w, t);
            assertThat(Math.abs(closed - state[1])).as("day %s", t).isLessThanOrEqualTo(1e-6 * Math.max(closed, 1e-300));
            assertThat(ra.lesionActivityKBq(s, w, t)).isCloseTo(state[0], within(1e-6 * state[0] + 1e-300));
        }
        // all of the taken-up activity decays eventually: Atilde(inf) = sum A_i / lambda
        double total = 0;
        for (double td : s.doseTimes(0, 1000)) {
            total += 0.5 * 55 * 60 * w.applyAsDouble(td);
        }
        assertThat(ra.cumulatedActivityKBqDays(s, w, 1e5)).isCloseTo(total / lambda, within(1e-9 * total / lambda));
    }

    private static double[] integrate(double[] y0, double t0, double t1, double lambda) {
        return Dp853.withImpulses(Dp853.ode(2, (z, dz) -> {
            dz[0] = -lambda * z[0];
            dz[1] = z[0];
        }), y0, t0, t1, new double[0], 0, 0);
    }

    @Test
    void absorbedDoseAndKill() {
        // 1 kBq d = 8.64e7 decays; x 28 MeV x 1.602e-13 J/MeV x g 0.5 / 1 kg
        double d = ra.absorbedDoseGy(1.0, 1.0);
        assertThat(d).isCloseTo(8.64e7 * 28 * 1.602176634e-13 * 0.5, within(1e-15));
        assertThat(ra.survivingFraction(2.0)).isCloseTo(Math.exp(-3.0), within(1e-15));
        assertThat(Radium223.lesionShare(1, 50)).isEqualTo(0.02);
        assertThatThrownBy(() -> Radium223.lesionShare(2, 1)).hasMessageContaining("skeletal");
        assertThatThrownBy(() -> ra.absorbedDoseGy(1, 0)).hasMessageContaining("lesion mass");
        assertThatThrownBy(() -> ra.injectedActivityKBq(Schedule.single(4, "mg", 0))).hasMessageContaining("kBq/kg");
    }
}
