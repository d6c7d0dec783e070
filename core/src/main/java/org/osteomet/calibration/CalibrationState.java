package org.osteomet.calibration;

/**
 * Everything a calibration needs to carry on after generation {@code generation}: the checkpoint content.
 * The search's random numbers are derived from (seed, generation), so no generator state is kept.
 *
 * @param formatVersion         checkpoint format, {@link #FORMAT_VERSION}
 * @param identity              what the checkpoint belongs to
 * @param generation            generations completed
 * @param evaluations           losses computed so far
 * @param distribution          the CMA-ES mean, step size, covariance and paths
 * @param bestUnit              the best candidate evaluated so far, unit coordinates
 * @param bestLoss              its loss (+infinity before the first generation)
 * @param generationLossRange   max − min of the last generation's losses (NaN before the first)
 */
public record CalibrationState(int formatVersion, CheckpointIdentity identity, int generation, long evaluations,
                               CmaEsState distribution, double[] bestUnit, double bestLoss,
                               double generationLossRange) {

    public static final int FORMAT_VERSION = 1;

    static CalibrationState initial(CheckpointIdentity identity, double[] startUnit, double sigma) {
        return new CalibrationState(FORMAT_VERSION, identity, 0, 0, CmaEsState.initial(startUnit, sigma),
                startUnit.clone(), Double.POSITIVE_INFINITY, Double.NaN);
    }
}
