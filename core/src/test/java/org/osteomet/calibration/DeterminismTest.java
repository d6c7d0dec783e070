package org.osteomet.calibration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same calibration gives the same bits whatever the thread count. */
class DeterminismTest {

    private static final int GENERATIONS = 40;

    @TempDir
    Path dir;

    @Test
    void oneAndFourThreadsGiveBitIdenticalResultsAndCheckpoints() throws IOException {
        GompertzCohortModel model = new GompertzCohortModel(300, 17);
        LossFunction loss = model.lossAgainst(new GompertzCohortModel(300, 18).summaries(0.3, 0.05, 0.2));
        CalibrationResult sequential = calibrate(Objective.sequential(loss), dir.resolve("seq.json"));
        CalibrationResult one;
        CalibrationResult four;
        try (ParallelEvaluator evaluator = new ParallelEvaluator(loss, 1)) {
            one = calibrate(evaluator, dir.resolve("one.json"));
        }
        try (ParallelEvaluator evaluator = new ParallelEvaluator(loss, 4)) {
            four = calibrate(evaluator, dir.resolve("four.json"));
        }
        // Record equality compares doubles bit for bit (Double.compare / Double.equals).
        assertThat(one).isEqualTo(sequential).isEqualTo(four);
        assertThat(Files.readAllBytes(dir.resolve("four.json"))).isEqualTo(Files.readAllBytes(dir.resolve("one.json")));
        assertThat(Files.readAllBytes(dir.resolve("seq.json"))).isEqualTo(Files.readAllBytes(dir.resolve("one.json")));
    }

    @Test
    void differentSeedsSearchDifferently() {
        LossFunction loss = TestProblems::rosenbrock;
        SearchSpace space = CmaEsTest.cube(3, -2, 2);
        CalibrationResult a = new Calibrator(space, CalibrationSettings.defaults(1).withMaxGenerations(10))
                .run(Objective.sequential(loss), ProgressListener.NONE);
        CalibrationResult b = new Calibrator(space, CalibrationSettings.defaults(2).withMaxGenerations(10))
                .run(Objective.sequential(loss), ProgressListener.NONE);
        assertThat(a.loss()).isNotEqualTo(b.loss());
    }

    private static CalibrationResult calibrate(Objective objective, Path checkpoint) {
        return new Calibrator(GompertzCohortModel.searchSpace(), CalibrationSettings.defaults(3).withMaxGenerations(GENERATIONS))
                .run(objective, checkpoint, ProgressListener.NONE);
    }
}
