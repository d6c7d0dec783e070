package org.osteomet.therapy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class BisphosphonatePkTest {

    static List<BisphosphonatePk> drugs() {
        return List.of(new ZoledronicAcidPk(), new PamidronatePk(TherapyParameters.defaults()));
    }

    private static OrdinaryDifferentialEquation ode(BisphosphonatePk pk) {
        return Dp853.ode(3, (y, dy) -> {
            dy[0] = -pk.plasmaLossRate() * y[0] + pk.boneReleaseRate() * y[1];
            dy[1] = pk.boneUptakeRate() * y[0] - pk.boneReleaseRate() * y[1];
            dy[2] = pk.renalRate() * y[0];
        });
    }

    private static void assertRelative(double actual, double expected, double tol, String what) {
        assertThat(Math.abs(actual - expected)).as("%s: %s vs %s", what, actual, expected)
                .isLessThanOrEqualTo(tol * Math.abs(expected));
    }

    @ParameterizedTest
    @MethodSource("drugs")
    void closedFormOfOneDoseMatchesDormandPrince(BisphosphonatePk pk) {
        Schedule one = Schedule.single(10, "mg", 0);
        for (double t : new double[] {0.01, 0.1, 0.5, 1, 3, 30, 200, 1000}) {
            double[] y = Dp853.withImpulses(ode(pk), new double[3], 0, t, new double[] {0}, 0, 10);
            assertRelative(pk.plasmaAmountMg(one, t), y[0], 1e-6, pk.drug() + " plasma at " + t);
            assertRelative(pk.boneAmountMg(one, t), y[1], 1e-6, pk.drug() + " bone at " + t);
            assertRelative(pk.excretedAmountMg(one, t), y[2], 1e-6, pk.drug() + " urine at " + t);
        }
    }

    @ParameterizedTest
    @MethodSource("drugs")
    void superpositionOfDosesEqualsIntegratingWithImpulses(BisphosphonatePk pk) {
        Schedule s = pk.standardSchedule(3.0);
        double[] doses = s.doseTimes(0, 400);
        for (double t : new double[] {3.0, 3.2, 30.5, 100, 171, 365, 400}) {
            double[] y = Dp853.withImpulses(ode(pk), new double[3], 0, t, s.doseTimes(0, t), 0, s.doseAmount());
            assertRelative(pk.plasmaAmountMg(s, t), y[0], 1e-6, pk.drug() + " plasma at " + t);
            assertRelative(pk.boneAmountMg(s, t), y[1], 1e-6, pk.drug() + " bone at " + t);
        }
        assertThat(doses).hasSize(15);
    }

    @ParameterizedTest
    @MethodSource("drugs")
    void kineticsAreLinearInDose(BisphosphonatePk pk) {
        Schedule s = Schedule.repeated(2, "mg", 21, 5, 0);
        Schedule s3 = Schedule.repeated(6, "mg", 21, 5, 0);
        for (double t : new double[] {0.05, 1, 50, 90, 300}) {
            assertThat(pk.plasmaAmountMg(s3, t)).isCloseTo(3 * pk.plasmaAmountMg(s, t), within(1e-12 * pk.plasmaAmountMg(s3, t)));
            assertThat(pk.boneAmountMg(s3, t)).isCloseTo(3 * pk.boneAmountMg(s, t), within(1e-12 * pk.boneAmountMg(s3, t)));
        }
    }

    @ParameterizedTest
    @MethodSource("drugs")
    void amountsHalveAfterTheirHalfLives(BisphosphonatePk pk) {
        double tp = Math.log(2) / pk.fastRate();
        double tb = Math.log(2) / pk.slowRate();
        // plasma: fast phase; the slow (bone-release) component is about k_r/k_p of the dose, below 1e-3 here
        assertThat(pk.plasmaFraction(tp) / pk.plasmaFraction(0)).isCloseTo(0.5, within(1e-3));
        // bone: terminal phase, once the fast exponential has died out
        assertThat(pk.boneFraction(30 + tb) / pk.boneFraction(30)).isCloseTo(0.5, within(1e-9));
        assertThat(pk.boneFraction(-1)).isZero();
        assertThat(pk.plasmaFraction(-1)).isZero();
    }

    @Test
    void zoledronicAcidSendsAbout40PercentToUrineIn24Hours() {
        ZoledronicAcidPk za = new ZoledronicAcidPk();
        Schedule one = Schedule.single(4, "mg", 0);
        assertThat(za.excretedAmountMg(one, 1.0) / 4).isCloseTo(0.40, within(0.005));
        assertThat(za.boneAmountMg(one, 1.0) / 4).isCloseTo(0.60, within(0.005));
        assertThat(za.plasmaAmountMg(one, 1.0) / 4).isLessThan(1e-3);
        assertThat(Math.log(2) / za.fastRate() * 24).isCloseTo(1.75, within(1e-9));
    }

    @Test
    void pamidronateRetainsAbout54PercentAfter120Hours() {
        PamidronatePk pam = new PamidronatePk();
        Schedule one = Schedule.single(90, "mg", 0);
        assertThat(pam.excretedAmountMg(one, 5.0) / 90).isCloseTo(0.46, within(0.01));
    }

    @Test
    void zoledronicAcidSuppressesResorptionBy60To70PercentAtSteadyExposure() {
        ZoledronicAcidPk za = new ZoledronicAcidPk();
        Schedule s = za.standardSchedule(0);
        assertThat(za.suppression(s, 91)).isCloseTo(0.65, within(0.01)); // week 13 (Stopeck 2010, Fizazi 2011)
        for (double t = 84; t <= 4 * 365; t += 0.5) {
            assertThat(za.suppression(s, t)).as("day %s", t).isBetween(0.60, 0.70);
        }
        assertThat(za.suppression(s, 10)).isBetween(0.40, 0.60); // after one dose: on the way
    }

    @Test
    void pamidronateSuppressesResorptionWithinItsMarkerRange() {
        PamidronatePk pam = new PamidronatePk();
        Schedule s = pam.standardSchedule(0);
        assertThat(pam.suppression(s, 91)).isCloseTo(0.60, within(0.01));
        for (double t = 84; t <= 4 * 365; t += 0.5) {
            assertThat(pam.suppression(s, t)).as("day %s", t).isBetween(0.50, 0.65);
        }
        ZoledronicAcidPk za = new ZoledronicAcidPk();
        assertThat(pam.suppression(s, 365)).isLessThan(za.suppression(za.standardSchedule(0), 365));
    }
}
