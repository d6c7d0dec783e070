package org.osteomet.physiology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;

import org.hipparchus.ode.ODEState;
import org.hipparchus.ode.ODEStateAndDerivative;
import org.hipparchus.ode.OrdinaryDifferentialEquation;
import org.hipparchus.ode.nonstiff.DormandPrince853Integrator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.osteomet.param.ParameterCatalog;
import org.osteomet.param.ParameterSet;

class CalciumBalanceTest {

    private static final ParameterSet P =
            new ParameterCatalog(ParameterCatalog.declaredIn(CalciumParameters.class)).defaults();
    private static final double WEEK = 7.0;

    private static double ca(double resorption, double formation, double cells, int weeks) {
        CalciumBalance b = new CalciumBalance(P);
        for (int i = 0; i < weeks; i++) {
            b.advance(WEEK, resorption, formation, cells);
        }
        return b.serumCalciumMmolPerL();
    }

    @Test
    void derivedRenalParametersReabsorbAbout98PercentAtTheSetPoint() {
        double f0 = P.get(CalciumParameters.GFR) * CalciumParameters.L_PER_DAY_PER_ML_PER_MIN
                * P.get(CalciumParameters.ULTRAFILTERABLE_FRACTION) * P.get(CalciumParameters.ECF_CALCIUM)
                / P.get(CalciumParameters.ECF_VOLUME);
        double tm = P.get(CalciumParameters.REABSORPTION_MAX);
        double k = P.get(CalciumParameters.REABSORPTION_HALF_LOAD);
        double reabsorbed = tm * f0 / (k + f0);
        assertThat(f0).isCloseTo(203.04, within(1e-9));
        assertThat(reabsorbed / f0).isBetween(0.97, 0.99);
        assertThat(f0 - reabsorbed).isCloseTo(P.get(CalciumParameters.GUT_ABSORPTION), within(1e-9));
    }

    @Test
    void healthySteadyStateHoldsForTenYears() {
        CalciumBalance b = new CalciumBalance(P);
        assertThat(b.serumCalciumMmolPerL()).isCloseTo(2.35, within(1e-12));
        for (int i = 0; i < 522; i++) {
            b.advance(WEEK, 0, 0, 0);
            assertThat(b.serumCalciumMmolPerL()).isCloseTo(2.35, within(1e-6));
        }
        assertThat(b.excretedMmol()).isCloseTo(b.absorbedMmol(), within(1e-9 * b.absorbedMmol()));
        assertThat(b.absorbedMmol()).isCloseTo(522 * WEEK * 5.0, within(1e-6));
        assertThat(b.releasedFromBoneMmol()).isZero();
        assertThat(b.depositedInBoneMmol()).isZero();
        assertThat(b.grade()).isZero();
    }

    @Test
    void ledgersConserveCalciumOverALongRandomScenario() {
        SplittableRandom rng = new SplittableRandom(20240613L);
        CalciumBalance b = new CalciumBalance(P);
        double start = b.ecfCalciumMmol();
        double lastExcreted = 0;
        for (int week = 0; week < 5 * 52; week++) {
            double res = rng.nextDouble() < 0.3 ? 0 : rng.nextDouble(0, 60);
            double form = rng.nextDouble() < 0.3 ? 0 : rng.nextDouble(0, 20);
            double cells = Math.pow(10, rng.nextDouble(0, 13));
            b.advance(WEEK, res, form, cells);
            assertThat(b.ecfCalciumMmol()).isPositive();
            assertThat(b.excretedMmol() - lastExcreted).isGreaterThan(-1e-9);   // urine never flows backwards
            lastExcreted = b.excretedMmol();
        }
        double balance = b.absorbedMmol() - b.excretedMmol() + b.releasedFromBoneMmol() - b.depositedInBoneMmol();
        double scale = b.absorbedMmol() + b.excretedMmol() + b.releasedFromBoneMmol() + b.depositedInBoneMmol();
        assertThat(b.ecfCalciumMmol() - start).isCloseTo(balance, within(1e-9 * scale));
        assertThat(b.releasedFromBoneMmol()).isPositive();
        assertThat(b.depositedInBoneMmol()).isPositive();
    }

    /**
     * At a fixed point the solve repeats (and is reused): whatever the step length, each step must still book
     * formation F_x P/P0 dt and release R_x dt, and urine the rest of the inflow.
     */
    @Test
    void stepsAtAFixedPointBookTheirOwnLengthWhenTheSolveIsReused() {
        double resorption = 20;
        double formation = 5;
        CalciumBalance b = new CalciumBalance(P);
        for (int i = 0; i < 400; i++) {
            b.advance(WEEK, resorption, formation, 0);
        }
        double ecf = b.ecfCalciumMmol();
        double gut = P.get(CalciumParameters.GUT_ABSORPTION);
        double[] lengths = {WEEK, WEEK, 0.5 * WEEK, 0.5 * WEEK, WEEK, 1.0};
        for (double dt : lengths) {
            double deposited = b.depositedInBoneMmol();
            double released = b.releasedFromBoneMmol();
            double excreted = b.excretedMmol();
            b.advance(dt, resorption, formation, 0);
            double expectedDeposit = formation * ecf / P.get(CalciumParameters.ECF_CALCIUM) * dt;
            assertThat(b.ecfCalciumMmol()).isCloseTo(ecf, within(1e-9 * ecf));
            assertThat(b.depositedInBoneMmol() - deposited).isCloseTo(expectedDeposit, within(1e-9 * expectedDeposit));
            assertThat(b.releasedFromBoneMmol() - released).isCloseTo(resorption * dt, within(1e-9 * resorption * dt));
            assertThat(b.excretedMmol() - excreted)
                    .isCloseTo((gut + resorption) * dt - expectedDeposit, within(1e-8 * (gut + resorption) * dt));
        }
    }

    @Test
    void extraResorptionRaisesCalciumAndUrineAndTheKidneyAbsorbsMoreOfALargerLoad() {
        CalciumBalance b = new CalciumBalance(P);
        for (int i = 0; i < 8; i++) {
            b.advance(WEEK, 10, 0, 0);
        }
        double urineBefore = b.excretedMmol();
        b.advance(WEEK, 10, 0, 0);
        double urinePerDay = (b.excretedMmol() - urineBefore) / WEEK;
        assertThat(b.serumCalciumMmolPerL()).isGreaterThan(2.45);
        assertThat(urinePerDay).isCloseTo(15.0, within(1e-6));      // steady state: urine = gut + extra resorption

        // Tm-limited reabsorption saturates, so the kidney excretes a growing share of each extra mmol filtered:
        // the rise of serum calcium is monotone but less than proportional to the extra resorption.
        double rise10 = ca(10, 0, 0, 8) - 2.35;
        double rise20 = ca(20, 0, 0, 8) - 2.35;
        double rise40 = ca(40, 0, 0, 8) - 2.35;
        assertThat(rise20).isGreaterThan(rise10).isLessThan(2 * rise10);
        assertThat(rise40).isGreaterThan(rise20).isLessThan(2 * rise20);
    }

    @Test
    void largeTumourBurdenCausesHumoralHypercalcaemiaWithoutBoneLesions() {
        double hhm = ca(0, 0, 1e12, 8);
        assertThat(hhm).isGreaterThan(P.get(CalciumParameters.CTCAE_ULN));
        assertThat(HypercalcaemiaGrade.of(hhm, P)).isGreaterThanOrEqualTo(2);
        assertThat(ca(0, 0, 1e11, 8)).isGreaterThan(2.4).isLessThan(hhm); // monotone in burden
        assertThat(ca(0, 0, 1e6, 8)).isCloseTo(2.35, within(1e-3));
    }

    private static double humoralCa(double secretionFactor, double boneCells, double otherCells) {
        CalciumBalance b = new CalciumBalance(P, secretionFactor);
        double burden = b.humoralBurden(boneCells, otherCells);
        for (int i = 0; i < 8; i++) {
            b.advance(WEEK, 0, 0, burden);
        }
        return b.serumCalciumMmolPerL();
    }

    @Test
    void tumourCellsInBoneDriveHumoralHypercalcaemiaMoreThanCellsElsewhere() {
        double inBone = humoralCa(1, 5e11, 0);
        double elsewhere = humoralCa(1, 0, 5e11);
        assertThat(inBone).isGreaterThan(P.get(CalciumParameters.CTCAE_ULN));
        assertThat(elsewhere).isGreaterThan(2.35).isLessThan(inBone);
        CalciumBalance b = new CalciumBalance(P);
        assertThat(b.humoralBurden(0, 1e12)).isCloseTo(P.get(CalciumParameters.HHM_NON_BONE_WEIGHT) * 1e12, within(1.0));
        assertThatThrownBy(() -> b.humoralBurden(-1, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPrimaryThatSecretesLessPthrpRaisesCalciumLess() {
        double breast = humoralCa(P.get(CalciumParameters.PTHRP_BREAST), 5e11, 5e11);
        double prostate = humoralCa(P.get(CalciumParameters.PTHRP_PROSTATE), 5e11, 5e11);
        assertThat(prostate).isLessThan(breast);
        assertThat(humoralCa(0, 5e11, 5e11)).isCloseTo(2.35, within(1e-3)); // no secretion, no humoral effect
        // lung (k_PTHrP calibrated above breast's, against lung hypercalcaemia at necropsy) raises calcium more than breast
        assertThat(P.get(CalciumParameters.PTHRP_LUNG)).isGreaterThan(P.get(CalciumParameters.PTHRP_BREAST));
        assertThat(humoralCa(P.get(CalciumParameters.PTHRP_LUNG), 5e11, 5e11)).isGreaterThan(breast);
        assertThatThrownBy(() -> new CalciumBalance(P, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void blasticFormationLowersCalciumButNeverBelowZero() {
        double mild = ca(0, 3, 0, 8);
        double heavy = ca(0, 20, 0, 8);
        assertThat(mild).isLessThan(2.35);
        assertThat(heavy).isLessThan(mild).isPositive();
        CalciumBalance b = new CalciumBalance(P);
        for (int i = 0; i < 52; i++) {
            b.advance(WEEK, 0, 1e4, 0);
        }
        assertThat(b.ecfCalciumMmol()).isPositive();
        assertThat(b.depositedInBoneMmol()).isCloseTo(b.absorbedMmol() + P.get(CalciumParameters.ECF_CALCIUM)
                - b.ecfCalciumMmol() - b.excretedMmol(), within(1e-6));
    }

    @Test
    void agreesWithDormandPrince853OverAYearOfWeeklyVaryingInputs() {
        double v1 = P.get(CalciumParameters.ECF_VOLUME);
        double p0 = P.get(CalciumParameters.ECF_CALCIUM);
        double gut = P.get(CalciumParameters.GUT_ABSORPTION);
        double r0 = P.get(CalciumParameters.BASELINE_RESORPTION);
        double c = P.get(CalciumParameters.GFR) * CalciumParameters.L_PER_DAY_PER_ML_PER_MIN
                * P.get(CalciumParameters.ULTRAFILTERABLE_FRACTION) / v1;
        double k = P.get(CalciumParameters.REABSORPTION_HALF_LOAD);
        double tm = P.get(CalciumParameters.REABSORPTION_MAX);
        double b50 = P.get(CalciumParameters.HHM_HALF_BURDEN);
        double eRes = P.get(CalciumParameters.HHM_RESORPTION_GAIN);
        double eRen = P.get(CalciumParameters.HHM_REABSORPTION_GAIN);

        SplittableRandom rng = new SplittableRandom(7L);
        CalciumBalance b = new CalciumBalance(P);
        double[] y = {p0, 0, 0};                       // ECF calcium, cumulative urine, cumulative deposition
        DormandPrince853Integrator dp = new DormandPrince853Integrator(1e-8, WEEK, 1e-12, 1e-12);
        double maxRel = 0;
        for (int week = 0; week < 52; week++) {
            double res = rng.nextDouble() < 0.3 ? 0 : rng.nextDouble(0, 50);
            double form = rng.nextDouble() < 0.3 ? 0 : rng.nextDouble(0, 20);
            double cells = Math.pow(10, rng.nextDouble(6, 13));
            double h = cells / (cells + b50);
            OrdinaryDifferentialEquation ode = new OrdinaryDifferentialEquation() {
                @Override
                public int getDimension() {
                    return 3;
                }

                @Override
                public double[] computeDerivatives(double t, double[] s) {
                    double f = c * s[0];
                    double urine = Math.max(0, f - tm * (1 + eRen * h) * f / (k + f));
                    double deposit = form * s[0] / p0;
                    return new double[] {gut + res + r0 * eRes * h - deposit - urine, urine, deposit};
                }
            };
            ODEStateAndDerivative end = dp.integrate(ode, new ODEState(0, y), WEEK);
            y = end.getPrimaryState();
            b.advance(WEEK, res, form, cells);
            maxRel = Math.max(maxRel, Math.abs(b.ecfCalciumMmol() - y[0]) / y[0]);
            assertThat(b.ecfCalciumMmol()).isCloseTo(y[0], within(1e-3 * y[0]));
        }
        assertThat(b.excretedMmol()).isCloseTo(y[1], within(1e-3 * y[1]));
        assertThat(b.depositedInBoneMmol()).isCloseTo(y[2], within(1e-3 * y[2]));
        assertThat(maxRel).isLessThan(1e-6);           // the step is solved exactly; only the reference has error
    }

    @Test
    void rejectsNegativeInputs() {
        CalciumBalance b = new CalciumBalance(P);
        assertThatThrownBy(() -> b.advance(-1, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.advance(WEEK, -1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> b.advance(WEEK, 0, Double.NaN, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"2.35,0", "2.6,0", "2.6000001,1", "2.9,1", "2.9000001,2", "3.1,2", "3.1000001,3", "3.4,3", "3.4000001,4",
            "5.0,4", "1.5,0"})
    void ctcaeGradesAtTheBoundaries(double ca, int grade) {
        assertThat(HypercalcaemiaGrade.of(ca, P)).isEqualTo(grade);
        assertThat(HypercalcaemiaGrade.symptoms(grade)).isNotBlank();
    }

    @Test
    void symptomsGrowWithGrade() {
        assertThat(HypercalcaemiaGrade.symptoms(2)).contains("nausea").contains("thirst");
        assertThat(HypercalcaemiaGrade.symptoms(3)).contains("confusion").contains("vomiting");
        assertThat(HypercalcaemiaGrade.symptoms(4)).contains("stupor").contains("life-threatening");
        assertThatThrownBy(() -> HypercalcaemiaGrade.symptoms(5)).isInstanceOf(IllegalArgumentException.class);
    }
}
