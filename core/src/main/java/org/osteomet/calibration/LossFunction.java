package org.osteomet.calibration;

/**
 * The loss of one candidate. Must be a pure function of its argument (same vector, same loss, on any
 * thread): stochastic models draw from a noise stream fixed for the whole run (common random numbers), so
 * the search compares parameters rather than luck. Larger is worse; NaN counts as +infinity.
 */
@FunctionalInterface
public interface LossFunction {
    /** @param parameters model values in {@link SearchSpace} order; the callee may not keep the array */
    double of(double[] parameters);
}
