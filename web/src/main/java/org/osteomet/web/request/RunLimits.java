package org.osteomet.web.request;

/**
 * The largest runs the server accepts, so that one request cannot occupy a worker for long.
 *
 * @param maxYears          follow-up of a single patient, years
 * @param maxTrialPatients  patients per trial arm
 * @param maxTrialMonths    follow-up of a trial, months
 */
public record RunLimits(double maxYears, int maxTrialPatients, double maxTrialMonths) {
    public static final double DEFAULT_MAX_YEARS = 20;
    public static final int DEFAULT_MAX_TRIAL_PATIENTS = 300;
    public static final double DEFAULT_MAX_TRIAL_MONTHS = 60;
    public static final RunLimits DEFAULTS = new RunLimits(DEFAULT_MAX_YEARS, DEFAULT_MAX_TRIAL_PATIENTS, DEFAULT_MAX_TRIAL_MONTHS);

    /** Largest seed: JavaScript numbers hold integers exactly only up to 2^53 - 1, and the page sends seeds as numbers. */
    public static final long MAX_SEED = (1L << 53) - 1;
    /** Index of the first candidate patient in the seed's population. */
    public static final long MAX_PATIENT_INDEX = 1_000_000;

    public RunLimits {
        if (!(maxYears > 0) || !(maxTrialMonths > 0) || maxTrialPatients < 1) {
            throw new IllegalArgumentException("run limits must be positive");
        }
    }
}
