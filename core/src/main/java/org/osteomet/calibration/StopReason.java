package org.osteomet.calibration;

/** Why a calibration stopped. */
public enum StopReason {
    /** The generation budget is spent. */
    MAX_GENERATIONS,
    /** The search distribution has shrunk below the step tolerance in every coordinate. */
    SIGMA_TOLERANCE,
    /** One generation's losses were all within the loss tolerance of each other. */
    LOSS_TOLERANCE,
    /** The covariance matrix became numerically singular (condition number above 1e14). */
    ILL_CONDITIONED
}
