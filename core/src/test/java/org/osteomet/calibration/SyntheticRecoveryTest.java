package org.osteomet.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import org.junit.jupiter.api.Test;

/** The calibration recovers the parameters that generated synthetic clinical data. */
class SyntheticRecoveryTest {

    private static final double TRUE_RATE = 0.25;
    private static final double TRUE_DECELERATION = 0.04;
    private static final double TRUE_HETEROGENEITY = 0.3;
    private static final int PATIENTS = 2000;

    @Test
    void recoversGompertzParametersFromAnIndependentlySimulatedCohort() {
        // "Observed" data: the true parameters on another cohort (seed 2024), as real data would be.
        double[] observed = new GompertzCohortModel(PATIENTS, 2024)
                .summaries(TRUE_RATE, TRUE_DECELERATION, TRUE_HETEROGENEITY);
        GompertzCohortModel model = new GompertzCohortModel(PATIENTS, 99);
        CalibrationResult r;
        try (ParallelEvaluator evaluator = new ParallelEvaluator(model.lossAgainst(observed), 2)) {
            r = new Calibrator(GompertzCohortModel.searchSpace(), CalibrationSettings.defaults(42)).run(evaluator,
                    ProgressListener.NONE);
        }
        // Tolerances are the sampling error of a 2000-patient cohort, not the optimiser's precision.
        assertThat(r.parameters().get("growth_rate")).isCloseTo(TRUE_RATE, withinPercentage(2));
        assertThat(r.parameters().get("deceleration")).isCloseTo(TRUE_DECELERATION, withinPercentage(2));
        assertThat(r.parameters().get("heterogeneity")).isCloseTo(TRUE_HETEROGENEITY, within(0.01));
        assertThat(r.stopReason()).isNotEqualTo(StopReason.MAX_GENERATIONS);
    }

    @Test
    void withTheSameNoiseAsTheDataTheParametersAreRecoveredExactly() {
        GompertzCohortModel model = new GompertzCohortModel(200, 5);
        double[] observed = model.summaries(TRUE_RATE, TRUE_DECELERATION, TRUE_HETEROGENEITY);
        CalibrationResult r = new Calibrator(GompertzCohortModel.searchSpace(), CalibrationSettings.defaults(8))
                .run(Objective.sequential(model.lossAgainst(observed)), ProgressListener.NONE);
        assertThat(r.parameters().get("growth_rate")).isCloseTo(TRUE_RATE, withinPercentage(0.01));
        assertThat(r.parameters().get("deceleration")).isCloseTo(TRUE_DECELERATION, withinPercentage(0.01));
        assertThat(r.parameters().get("heterogeneity")).isCloseTo(TRUE_HETEROGENEITY, within(1e-4));
    }
}
