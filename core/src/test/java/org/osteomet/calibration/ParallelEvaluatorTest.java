package org.osteomet.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParallelEvaluatorTest {

    @Test
    void lossesLandInTheirCandidatesSlotsWhateverTheFinishingOrder() {
        double[][] candidates = new double[20][];
        for (int i = 0; i < candidates.length; i++) {
            candidates[i] = new double[] {i};
        }
        LossFunction slowForLowIndices = x -> {
            try {
                Thread.sleep(20 - (long) x[0]);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return x[0] * x[0];
        };
        try (ParallelEvaluator evaluator = new ParallelEvaluator(slowForLowIndices, 4)) {
            double[] losses = evaluator.evaluate(candidates);
            for (int i = 0; i < losses.length; i++) {
                assertThat(losses[i]).isEqualTo((double) i * i);
            }
        }
    }

    @Test
    void aFailingLossIsRethrown() {
        LossFunction failing = x -> {
            if (x[0] >= 2) {
                throw new IllegalArgumentException("model failed at " + x[0]);
            }
            return 0;
        };
        try (ParallelEvaluator evaluator = new ParallelEvaluator(failing, 2)) {
            assertThatThrownBy(() -> evaluator.evaluate(new double[][] {{0}, {1}, {2}, {3}}))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("model failed at 2.0");
        }
    }

    @Test
    void needsAtLeastOneThread() {
        assertThatThrownBy(() -> new ParallelEvaluator(x -> 0, 0)).hasMessageContaining("at least 1");
    }
}
