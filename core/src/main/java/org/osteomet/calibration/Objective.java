package org.osteomet.calibration;

/**
 * Losses of a batch of candidates (one generation). {@code losses[i]} belongs to {@code candidates[i]};
 * how the batch is spread over threads is the implementation's business, the values may not depend on it.
 */
@FunctionalInterface
public interface Objective {

    /** @param candidates model values, each in {@link SearchSpace} order */
    double[] evaluate(double[][] candidates);

    /** Evaluates one candidate after the other on the calling thread. */
    static Objective sequential(LossFunction loss) {
        return candidates -> {
            double[] losses = new double[candidates.length];
            for (int i = 0; i < candidates.length; i++) {
                losses[i] = loss.of(candidates[i].clone());
            }
            return losses;
        };
    }
}
