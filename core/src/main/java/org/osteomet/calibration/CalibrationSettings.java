package org.osteomet.calibration;

/**
 * How a calibration searches and when it stops. Start from {@link #defaults(long)} and adjust with the
 * {@code with…} methods.
 *
 * @param seed            seed of the search's own random numbers (not of the model's noise)
 * @param populationSize  λ, candidates per generation; {@link #DEFAULT_POPULATION} for 4 + ⌊3 ln n⌋
 * @param initialSigma    σ₀ in unit coordinates (the box is [0, 1] in every parameter)
 * @param maxGenerations  stop after this many generations
 * @param sigmaTolerance  stop when every σ√C_ii and σ|p_c,i| is below this (unit coordinates)
 * @param lossTolerance   stop when one generation's losses span less than this
 */
public record CalibrationSettings(long seed, int populationSize, double initialSigma, int maxGenerations,
                                  double sigmaTolerance, double lossTolerance) {

    /** Marks the population size of Hansen 2016, Table 1: λ = 4 + ⌊3 ln n⌋. */
    public static final int DEFAULT_POPULATION = 0;
    /** σ₀ = 0.3 (b − a) for an optimum expected in [a, b]ⁿ (Hansen 2016, App. A), here b − a = 1. */
    public static final double DEFAULT_INITIAL_SIGMA = 0.3;
    public static final int DEFAULT_MAX_GENERATIONS = 1000;
    /** tolx and tolfun of Hansen's reference implementation pycma. */
    public static final double DEFAULT_SIGMA_TOLERANCE = 1e-11;
    public static final double DEFAULT_LOSS_TOLERANCE = 1e-11;

    public CalibrationSettings {
        if (populationSize != DEFAULT_POPULATION && populationSize < 2) {
            throw new IllegalArgumentException("population size must be at least 2, got " + populationSize);
        }
        if (!(initialSigma > 0 && initialSigma <= CmaEs.MAX_SIGMA)) {
            throw new IllegalArgumentException("initial sigma must be in (0, " + CmaEs.MAX_SIGMA + "], got "
                    + initialSigma);
        }
        if (maxGenerations < 1) {
            throw new IllegalArgumentException("max generations must be at least 1, got " + maxGenerations);
        }
        if (!(sigmaTolerance >= 0) || !(lossTolerance >= 0)) {
            throw new IllegalArgumentException("tolerances must be >= 0");
        }
    }

    public static CalibrationSettings defaults(long seed) {
        return new CalibrationSettings(seed, DEFAULT_POPULATION, DEFAULT_INITIAL_SIGMA, DEFAULT_MAX_GENERATIONS,
                DEFAULT_SIGMA_TOLERANCE, DEFAULT_LOSS_TOLERANCE);
    }

    public CalibrationSettings withPopulationSize(int lambda) {
        return new CalibrationSettings(seed, lambda, initialSigma, maxGenerations, sigmaTolerance, lossTolerance);
    }

    public CalibrationSettings withInitialSigma(double sigma) {
        return new CalibrationSettings(seed, populationSize, sigma, maxGenerations, sigmaTolerance, lossTolerance);
    }

    public CalibrationSettings withMaxGenerations(int generations) {
        return new CalibrationSettings(seed, populationSize, initialSigma, generations, sigmaTolerance, lossTolerance);
    }

    public CalibrationSettings withSigmaTolerance(double tolerance) {
        return new CalibrationSettings(seed, populationSize, initialSigma, maxGenerations, tolerance, lossTolerance);
    }

    public CalibrationSettings withLossTolerance(double tolerance) {
        return new CalibrationSettings(seed, populationSize, initialSigma, maxGenerations, sigmaTolerance, tolerance);
    }

    /** λ actually used for a search space of the given dimension. */
    public int populationSizeFor(int dimension) {
        return populationSize == DEFAULT_POPULATION ? CmaEsConstants.defaultPopulationSize(dimension) : populationSize;
    }
}
