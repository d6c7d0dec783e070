package org.osteomet.validation;

/**
 * The follow-up a registry study could give each patient: patients entered over several years and were all followed to
 * one closing date, so a patient's potential follow-up lies anywhere between {@code minYears} (entered last) and
 * {@code maxYears} (entered first). An event after it was never seen by the study. Statistics over observed events
 * only (a mean time to an event) depend on this; Kaplan-Meier estimates do not, since the censoring is independent.
 *
 * <p>Potential follow-ups are spread evenly over the range by a Weyl sequence on the patient id, so they need no random
 * draw, do not depend on the order or number of threads, and are independent of everything simulated.
 *
 * @param minYears potential follow-up of the last patient entered, years
 * @param maxYears potential follow-up of the first patient entered, years
 */
public record StudyFollowUp(double minYears, double maxYears) {
    private static final double DAYS_PER_YEAR = 365.25;
    /** 2^64 / phi: consecutive multiples, taken modulo 2^64, fill [0, 2^64) evenly (three-gap theorem). */
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    /** 2^-53: from the top 53 bits of a long to a double in [0, 1). */
    private static final double TO_UNIT = 0x1.0p-53;

    public StudyFollowUp {
        if (!(minYears >= 0 && minYears <= maxYears && maxYears > 0 && Double.isFinite(maxYears))) {
            throw new IllegalArgumentException("study follow-up: need 0 <= min <= max, max > 0 years, got " + minYears + ", " + maxYears);
        }
    }

    /** Potential follow-up of a patient from diagnosis, days: frac((id + 1) / phi) of the way through the range. */
    public double potentialDays(long patientId) {
        // integer arithmetic wraps modulo 2^64, so u is in [0, 1) for every id, negative or huge
        double u = (((patientId + 1) * GOLDEN_GAMMA) >>> 11) * TO_UNIT;
        return DAYS_PER_YEAR * (minYears + (maxYears - minYears) * u);
    }
}
