package org.osteomet.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class CmaEsTest {

    @Test
    void defaultStrategyParametersMatchHansen2016Table1() {
        CmaEsConstants c = CmaEsConstants.of(10, CmaEsConstants.defaultPopulationSize(10));
        assertThat(c.lambda()).isEqualTo(10);
        assertThat(c.mu()).isEqualTo(5);
        assertThat(c.weights()).hasSize(5);
        assertThat(Arrays.stream(c.weights()).sum()).isCloseTo(1.0, within(1e-15));
        // Reference values from pycma for n = 10, λ = 10 (positive weights only).
        assertThat(c.muEff()).isCloseTo(3.1672992, within(1e-6));
        assertThat(c.cSigma()).isCloseTo((c.muEff() + 2) / (10 + c.muEff() + 5), within(1e-15));
        assertThat(c.c1()).isCloseTo(2 / (11.3 * 11.3 + c.muEff()), within(1e-15));
        assertThat(c.chiN()).isCloseTo(3.0847, within(1e-4));
    }

    @Test
    void reflectionMirrorsIntoTheUnitInterval() {
        assertThat(CmaEs.reflect(0.3)).isEqualTo(0.3);
        assertThat(CmaEs.reflect(1.25)).isEqualTo(0.75);
        assertThat(CmaEs.reflect(-0.25)).isEqualTo(0.25);
        assertThat(CmaEs.reflect(2.5)).isEqualTo(0.5);
        assertThat(CmaEs.reflect(-3.75)).isEqualTo(0.25);
    }

    @Test
    void rankingPutsNanLastAndKeepsTiesInOrder() {
        assertThat(CmaEs.ranking(new double[] {3, Double.NaN, 1, 3, Double.POSITIVE_INFINITY}))
                .containsExactly(2, 0, 3, 1, 4);
    }

    @Test
    void convergesOnTheSphereInFiveDimensions() {
        SearchSpace space = cube(5, -5, 5);
        CalibrationResult r = new Calibrator(space, CalibrationSettings.defaults(1))
                .run(Objective.sequential(TestProblems.sphereAround(1, -2, 0.5, 3, -4)), ProgressListener.NONE);
        assertThat(r.loss()).isLessThan(1e-10);
        assertThat(r.parameters().get("x3")).isCloseTo(3, within(1e-5));
        assertThat(r.stopReason()).isIn(StopReason.LOSS_TOLERANCE, StopReason.SIGMA_TOLERANCE);
    }

    @Test
    void followsTheRosenbrockValleyToItsMinimum() {
        SearchSpace space = cube(4, -2, 2);
        CalibrationResult r = new Calibrator(space, CalibrationSettings.defaults(7))
                .run(Objective.sequential(TestProblems::rosenbrock), ProgressListener.NONE);
        assertThat(r.loss()).isLessThan(1e-10);
        r.parameters().values().forEach(v -> assertThat(v).isCloseTo(1.0, within(1e-4)));
    }

    @Test
    void logScaleFindsValuesAcrossOrdersOfMagnitude() {
        SearchSpace space = SearchSpace.of(BoundedParameter.log("k1", 1e-4, 1e4, 1),
                BoundedParameter.log("k2", 1e-4, 1e4, 1), BoundedParameter.linear("b", 0, 1, 0.5));
        LossFunction loss = x -> sq(Math.log10(x[0] / 2e-3)) + sq(Math.log10(x[1] / 5e2)) + sq(x[2] - 0.2);
        CalibrationResult r = new Calibrator(space, CalibrationSettings.defaults(3)).run(Objective.sequential(loss),
                ProgressListener.NONE);
        assertThat(r.parameters().get("k1")).isCloseTo(2e-3, withinPercentage(0.01));
        assertThat(r.parameters().get("k2")).isCloseTo(5e2, withinPercentage(0.01));
    }

    @Test
    void candidatesStayInsideTheBoxAndTheOptimumOnItsEdgeIsFound() {
        SearchSpace space = SearchSpace.of(BoundedParameter.linear("a", -1, 1, 0), BoundedParameter.log("b", 0.5, 2, 1),
                BoundedParameter.linear("c", -1, 1, 0));
        AtomicInteger outside = new AtomicInteger();
        LossFunction loss = x -> {
            for (int i = 0; i < x.length; i++) {
                BoundedParameter p = space.parameters().get(i);
                if (x[i] < p.lower() || x[i] > p.upper()) {
                    outside.incrementAndGet();
                }
            }
            // Unconstrained optimum (3, 0.1, 0.25): two coordinates lie beyond the box.
            return sq(x[0] - 3) + sq(x[1] - 0.1) + sq(x[2] - 0.25);
        };
        CalibrationResult r = new Calibrator(space, CalibrationSettings.defaults(11).withMaxGenerations(300))
                .run(Objective.sequential(loss), ProgressListener.NONE);
        assertThat(outside).hasValue(0);
        assertThat(r.parameters().get("a")).isCloseTo(1.0, within(1e-6));
        assertThat(r.parameters().get("b")).isCloseTo(0.5, within(1e-6));
        assertThat(r.parameters().get("c")).isCloseTo(0.25, within(1e-4));
    }

    @Test
    void progressIsReportedAfterEveryGeneration() {
        SearchSpace space = cube(2, 0, 1);
        Calibrator calibrator = new Calibrator(space, CalibrationSettings.defaults(5).withMaxGenerations(12));
        AtomicInteger calls = new AtomicInteger();
        CalibrationResult r = calibrator.run(Objective.sequential(TestProblems.sphereAround(0.3, 0.6)), p -> {
            assertThat(p.generation()).isEqualTo(calls.incrementAndGet());
            assertThat(p.evaluations()).isEqualTo((long) p.generation() * calibrator.populationSize());
            assertThat(p.maxGenerations()).isEqualTo(12);
        });
        assertThat(calls).hasValue(12);
        assertThat(r.generations()).isEqualTo(12);
        assertThat(r.stopReason()).isEqualTo(StopReason.MAX_GENERATIONS);
    }

    static SearchSpace cube(int n, double lower, double upper) {
        BoundedParameter[] p = new BoundedParameter[n];
        for (int i = 0; i < n; i++) {
            p[i] = BoundedParameter.linear("x" + i, lower, upper, (lower + upper) / 2);
        }
        return SearchSpace.of(p);
    }

    private static double sq(double x) {
        return x * x;
    }
}
