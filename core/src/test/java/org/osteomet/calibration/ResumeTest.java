package org.osteomet.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An interrupted calibration resumed from its checkpoint ends exactly where an uninterrupted one does. */
class ResumeTest {

    private static final int GENERATIONS = 60;
    private static final int INTERRUPTED_AT = 17;

    @TempDir
    Path dir;

    private LossFunction loss;
    private CalibrationResult uninterrupted;

    @BeforeEach
    void runUninterrupted() {
        GompertzCohortModel model = new GompertzCohortModel(300, 21);
        loss = model.lossAgainst(new GompertzCohortModel(300, 22).summaries(0.2, 0.03, 0.4));
        uninterrupted = calibrator(settings()).run(Objective.sequential(loss), dir.resolve("whole.json"),
                ProgressListener.NONE);
    }

    private static CalibrationSettings settings() {
        return CalibrationSettings.defaults(77).withMaxGenerations(GENERATIONS);
    }

    private static Calibrator calibrator(CalibrationSettings settings) {
        return new Calibrator(GompertzCohortModel.searchSpace(), settings);
    }

    /** Thrown by a listener to simulate the process dying after a generation. */
    private static final class Interruption extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void resumingAfterACrashGivesTheUninterruptedResultBitForBit() throws IOException {
        Path checkpoint = dir.resolve("crashed.json");
        ProgressListener crashAtGeneration = p -> {
            if (p.generation() == INTERRUPTED_AT) {
                throw new Interruption();
            }
        };
        assertThatThrownBy(() -> calibrator(settings()).run(Objective.sequential(loss), checkpoint, crashAtGeneration))
                .isInstanceOf(Interruption.class);
        assertThat(new CheckpointFile(checkpoint).read().orElseThrow().generation()).isEqualTo(INTERRUPTED_AT);

        AtomicInteger firstReported = new AtomicInteger();
        CalibrationResult resumed;
        try (ParallelEvaluator evaluator = new ParallelEvaluator(loss, 3)) {
            resumed = calibrator(settings()).run(evaluator, checkpoint, p -> firstReported.compareAndSet(0, p.generation()));
        }
        assertThat(firstReported).hasValue(INTERRUPTED_AT + 1);
        assertThat(resumed).isEqualTo(uninterrupted);
        assertThat(Files.readAllBytes(checkpoint)).isEqualTo(Files.readAllBytes(dir.resolve("whole.json")));
    }

    @Test
    void aRunStoppedByItsGenerationBudgetCanBeExtended() {
        Path checkpoint = dir.resolve("short.json");
        CalibrationResult first = calibrator(settings().withMaxGenerations(25)).run(Objective.sequential(loss), checkpoint,
                ProgressListener.NONE);
        assertThat(first.generations()).isEqualTo(25);
        CalibrationResult extended = calibrator(settings()).run(Objective.sequential(loss), checkpoint, ProgressListener.NONE);
        assertThat(extended).isEqualTo(uninterrupted);
    }

    @Test
    void aFinishedRunReturnsItsResultWithoutEvaluatingAgain() {
        AtomicInteger evaluations = new AtomicInteger();
        CalibrationResult again = calibrator(settings()).run(candidates -> {
            evaluations.addAndGet(candidates.length);
            return Objective.sequential(loss).evaluate(candidates);
        }, dir.resolve("whole.json"), ProgressListener.NONE);
        assertThat(evaluations).hasValue(0);
        assertThat(again).isEqualTo(uninterrupted);
    }

    @Test
    void aCheckpointOfAnotherCalibrationIsRefusedWithTheDifferences() {
        Path checkpoint = dir.resolve("whole.json");
        assertThatThrownBy(() -> calibrator(CalibrationSettings.defaults(78)).run(Objective.sequential(loss), checkpoint,
                ProgressListener.NONE))
                .isInstanceOf(IncompatibleCheckpointException.class)
                .hasMessageContaining("seed: checkpoint has 77, this run has 78")
                .hasMessageContaining(checkpoint.toString());

        SearchSpace otherBounds = SearchSpace.of(BoundedParameter.log("growth_rate", 0.01, 3.0, 0.1),
                BoundedParameter.log("deceleration", 0.001, 0.5, 0.01), BoundedParameter.linear("heterogeneity", 0, 1, 0.5));
        assertThatThrownBy(() -> new Calibrator(otherBounds, settings()).run(Objective.sequential(loss), checkpoint,
                ProgressListener.NONE))
                .isInstanceOf(IncompatibleCheckpointException.class)
                .hasMessageContaining("parameters: checkpoint has [growth_rate in [0.01, 2.0] log");

        assertThatThrownBy(() -> calibrator(settings().withPopulationSize(12)).run(Objective.sequential(loss), checkpoint,
                ProgressListener.NONE))
                .hasMessageContaining("population size: checkpoint has 7, this run has 12");
    }

    @Test
    void checkpointsRoundTripNonFiniteValuesAndRejectUnknownFormats() throws IOException {
        CheckpointIdentity identity = new CheckpointIdentity(
                List.of(new CheckpointIdentity.Dimension("a", 0, 1, Scale.LINEAR)), 5, 4);
        CalibrationState state = new CalibrationState(CalibrationState.FORMAT_VERSION, identity, 3, 12,
                new CmaEsState(new double[] {0.1 + 0.2}, 1e-300, new double[][] {{Math.PI}}, new double[] {-0.0},
                        new double[] {Double.MIN_VALUE}),
                new double[] {1.0 / 3}, Double.POSITIVE_INFINITY, Double.NaN);
        CheckpointFile file = new CheckpointFile(dir.resolve("sub/state.json"));
        file.write(state);
        CalibrationState back = file.read().orElseThrow();
        assertThat(back.bestLoss()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(back.generationLossRange()).isNaN();
        assertThat(back.distribution().mean()[0]).isEqualTo(0.1 + 0.2);
        assertThat(Double.doubleToRawLongBits(back.distribution().pathSigma()[0]))
                .isEqualTo(Double.doubleToRawLongBits(-0.0));
        assertThat(back.distribution().pathCovariance()[0]).isEqualTo(Double.MIN_VALUE);
        assertThat(back.bestUnit()[0]).isEqualTo(1.0 / 3);
        assertThat(back.identity()).isEqualTo(identity);

        Files.writeString(file.path(), Files.readString(file.path()).replace("\"formatVersion\" : 1", "\"formatVersion\" : 99"));
        assertThatThrownBy(file::read).isInstanceOf(IncompatibleCheckpointException.class).hasMessageContaining("format version");
        Files.writeString(file.path(), "{ truncated");
        assertThatThrownBy(file::read).isInstanceOf(UncheckedIOException.class).hasMessageContaining("state.json");
    }
}
