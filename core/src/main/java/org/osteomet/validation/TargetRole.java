package org.osteomet.validation;

/** Whether a target may steer the parameters or only judge them. */
public enum TargetRole {
    /** Used to calibrate (by hand so far, or by {@code osteomet calibrate}). */
    FIT,
    /** Never used to set a parameter: an out-of-sample check. */
    CHECK,
    /** A model input set from this figure: reading it back shows the input is as published, but cannot miss. */
    INPUT;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
