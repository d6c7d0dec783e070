package org.osteomet.calibration;

/** How a calibrated parameter is mapped onto the search's unit interval. */
public enum Scale {
    /** Uniform between the bounds. */
    LINEAR,
    /** Uniform in the logarithm: for positive quantities spanning orders of magnitude (needs a lower bound above 0). */
    LOG
}
