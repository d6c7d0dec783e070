package org.osteomet.param;

/** How sure we are of a parameter value: where it came from. */
public enum Provenance {
    /** Read from the cited paper, BioModels entry or public source file. */
    PUBLISHED,
    /** A literature value recalled from the cited paper but not re-read; check before relying on it. */
    RECALLED,
    /** Computed from other sourced values (the source says how). */
    DERIVED,
    /** A modelling assumption with a stated rationale; no direct measurement. */
    ASSUMPTION,
    /** Fitted to clinical targets; the source names the targets (ids in shared targets/calibration.csv). */
    CALIBRATED
}
