package org.osteomet.calibration;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Fits the parameters of a {@link SearchSpace} to an {@link Objective} with the CMA-ES. Deterministic: the
 * same space, settings and objective give the same result bit for bit, with any thread count and whether or
 * not the run was interrupted and resumed from its checkpoint.
 */
public final class Calibrator {

    /** pycma's tolconditioncov: beyond this condition number C is numerically singular. */
    static final double MAX_CONDITION_NUMBER = 1e14;

    private final SearchSpace space;
    private final CalibrationSettings settings;
    private final CmaEs cmaEs;
    private final CheckpointIdentity identity;

    public Calibrator(SearchSpace space, CalibrationSettings settings) {
        this.space = space;
        this.settings = settings;
        int lambda = settings.populationSizeFor(space.dimension());
        this.cmaEs = new CmaEs(space.dimension(), lambda);
        this.identity = CheckpointIdentity.of(space, settings.seed(), lambda);
    }

    public int populationSize() {
        return cmaEs.constants().lambda();
    }

    /** Runs to a stopping rule without checkpoints. */
    public CalibrationResult run(Objective objective, ProgressListener listener) {
        return run(objective, Optional.empty(), listener);
    }

    /**
     * Runs to a stopping rule, saving {@code checkpoint} after every generation and, if it already exists,
     * resuming from it.
     *
     * @throws IncompatibleCheckpointException if the checkpoint belongs to another calibration
     */
    public CalibrationResult run(Objective objective, Path checkpoint, ProgressListener listener) {
        return run(objective, Optional.of(new CheckpointFile(checkpoint)), listener);
    }

    private CalibrationResult run(Objective objective, Optional<CheckpointFile> checkpoint, ProgressListener listener) {
        CalibrationState state = checkpoint.flatMap(f -> f.read().map(s -> requireCompatible(f, s)))
                .orElseGet(() -> CalibrationState.initial(identity, space.startUnit(), settings.initialSigma()));
        while (true) {
            CovarianceFactors factors = CovarianceFactors.of(state.distribution().covariance());
            Optional<StopReason> stop = stopReason(state, factors);
            if (stop.isPresent()) {
                return result(state, stop.get());
            }
            double[][] unit = cmaEs.sample(state.distribution(), factors,
                    GenerationStreams.forGeneration(settings.seed(), state.generation()));
            double[][] candidates = new double[unit.length][];
            for (int k = 0; k < unit.length; k++) {
                candidates[k] = space.fromUnit(unit[k]);
            }
            double[] losses = objective.evaluate(candidates);
            if (losses.length != unit.length) {
                throw new IllegalStateException("objective returned " + losses.length + " losses for "
                        + unit.length + " candidates");
            }
            state = next(state, factors, unit, losses);
            CalibrationState saved = state;
            checkpoint.ifPresent(f -> f.write(saved));
            listener.onGeneration(new Progress(state.generation(), settings.maxGenerations(), state.evaluations(),
                    state.bestLoss(), state.distribution().sigma()));
        }
    }

    private CalibrationState requireCompatible(CheckpointFile file, CalibrationState saved) {
        List<String> differences = saved.identity().differencesFrom(identity);
        if (!differences.isEmpty()) {
            throw new IncompatibleCheckpointException(file.path(), differences);
        }
        return saved;
    }

    private CalibrationState next(CalibrationState s, CovarianceFactors factors, double[][] unit, double[] losses) {
        CmaEsState distribution = cmaEs.update(s.distribution(), factors, s.generation(), unit, losses);
        double[] bestUnit = s.bestUnit();
        double bestLoss = s.bestLoss();
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < losses.length; k++) {
            double loss = CmaEs.comparableLoss(losses[k]);
            min = Math.min(min, loss);
            max = Math.max(max, loss);
            // Strictly better only: ties keep the earlier candidate, so the best is independent of scheduling.
            if (loss < bestLoss) {
                bestLoss = loss;
                bestUnit = unit[k].clone();
            }
        }
        return new CalibrationState(CalibrationState.FORMAT_VERSION, s.identity(), s.generation() + 1,
                s.evaluations() + losses.length, distribution, bestUnit, bestLoss, max - min);
    }

    private Optional<StopReason> stopReason(CalibrationState s, CovarianceFactors factors) {
        if (s.generation() >= settings.maxGenerations()) {
            return Optional.of(StopReason.MAX_GENERATIONS);
        }
        // An all-infinite generation has a NaN range and never stops on the loss tolerance.
        if (s.generationLossRange() < settings.lossTolerance()) {
            return Optional.of(StopReason.LOSS_TOLERANCE);
        }
        if (!(factors.conditionNumber() <= MAX_CONDITION_NUMBER)) {
            return Optional.of(StopReason.ILL_CONDITIONED);
        }
        return stepsBelowTolerance(s.distribution()) ? Optional.of(StopReason.SIGMA_TOLERANCE) : Optional.empty();
    }

    /** tolx as in pycma (Hansen's reference implementation): σ√C_ii and σ|p_c,i| below tolerance everywhere. */
    private boolean stepsBelowTolerance(CmaEsState d) {
        double tolerance = settings.sigmaTolerance();
        for (int i = 0; i < d.dimension(); i++) {
            if (d.sigma() * Math.sqrt(d.covariance()[i][i]) >= tolerance
                    || d.sigma() * Math.abs(d.pathCovariance()[i]) >= tolerance) {
                return false;
            }
        }
        return true;
    }

    private CalibrationResult result(CalibrationState s, StopReason reason) {
        return new CalibrationResult(space.byName(space.fromUnit(s.bestUnit())), s.bestLoss(), s.generation(),
                s.evaluations(), settings.seed(), reason);
    }
}
