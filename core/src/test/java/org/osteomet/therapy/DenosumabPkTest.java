package org.osteomet.therapy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.junit.jupiter.api.Test;

class DenosumabPkTest {

    private static OrdinaryDifferentialEquation ode(DenosumabPk pk) {
        return Dp853.ode(2, (y, dy) -> {
            dy[0] = -pk.absorptionRate() * y[0];
            dy[1] = pk.concentrationRate(y[0], y[1]);
        });
    }

    @Test
    void rk4MatchesDormandPrinceOverSixMonthsOfMonthlyDosing() {
        DenosumabPk pk = new DenosumabPk(TherapyParameters.defaults());
        Schedule s = pk.standardSchedule(0);
        pk.start(s);
        double impulse = s.doseAmount() * pk.concentrationPerMg();
        for (double t = 0.5; t <= 182; t += 3.7) {
            pk.advanceTo(t);
            double[] y = Dp853.withImpulses(ode(pk), new double[2], 0, t, s.doseTimes(0, t), 0, impulse);
            assertThat(Math.abs(pk.concentrationNgPerMl() - y[1])).as("C at day %s", t).isLessThanOrEqualTo(1e-4 * y[1]);
            assertThat(Math.abs(pk.depotNgPerMl() - y[0])).as("depot at day %s", t).isLessThanOrEqualTo(1e-4 * y[0]);
        }
    }

    @Test
    void doseLandsInTheDepotOnItsDay() {
        DenosumabPk pk = new DenosumabPk();
        // 120 mg / (77.9 mL/kg x 60 kg) = 25.67 ug/mL
        assertThat(pk.concentrationPerMg() * 120).isCloseTo(120e6 / (77.9 * 60), org.assertj.core.api.Assertions.within(1e-9));
        pk.start(Schedule.repeated(120, "mg", 28, 2, 0));
        assertThat(pk.depotNgPerMl()).isCloseTo(120 * pk.concentrationPerMg(), org.assertj.core.api.Assertions.within(1e-9));
        pk.advanceTo(28);
        double depotAfterSecond = pk.depotNgPerMl();
        assertThat(depotAfterSecond).isGreaterThan(120 * pk.concentrationPerMg());
        pk.advanceTo(56); // no third dose
        assertThat(pk.depotNgPerMl()).isLessThan(depotAfterSecond * Math.exp(-pk.absorptionRate() * 27));
        assertThatThrownBy(() -> pk.advanceTo(10)).hasMessageContaining("back");
    }

    @Test
    void eliminationIsNonlinearAtLowConcentration() {
        // target-mediated elimination: the terminal decline speeds up as C falls below K_m
        DenosumabPk pk = new DenosumabPk();
        pk.start(Schedule.single(60, "mg", 0));
        pk.advanceTo(150);
        double c150 = pk.concentrationNgPerMl();
        pk.advanceTo(160);
        double rateEarly = Math.log(c150 / pk.concentrationNgPerMl()) / 10;
        pk.advanceTo(400);
        double c400 = pk.concentrationNgPerMl();
        pk.advanceTo(410);
        double rateLate = Math.log(c400 / pk.concentrationNgPerMl()) / 10;
        assertThat(rateLate).isGreaterThan(rateEarly);
    }

    @Test
    void steadyExposureAt120MgEvery4WeeksSuppressesResorptionBy70To90Percent() {
        DenosumabPk pk = new DenosumabPk();
        pk.start(pk.standardSchedule(0));
        double min = 1;
        double max = 0;
        for (double t = 84; t <= 730; t += 0.25) {
            pk.advanceTo(t);
            min = Math.min(min, pk.suppression());
            max = Math.max(max, pk.suppression());
        }
        assertThat(min).isGreaterThanOrEqualTo(0.70);
        assertThat(max).isLessThanOrEqualTo(0.90);
    }
}
