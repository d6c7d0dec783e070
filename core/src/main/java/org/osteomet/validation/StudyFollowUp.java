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
    /** 1/phi: consecutive multiples, taken modulo 1, fill [0, 1) evenly (three-gap theorem). */
    private static final double INVERSE_GOLDEN_RATIO = 0.6180339887498949;

    public StudyFollowUp {
        if (!(minYears >= 0 && minYears <= maxYears && Double.isFinite(maxYears))) {
            throw new IllegalArgumentException("study follow-up: need 0 <= min <= max years, got " + minYears + ", " + maxYears);
        }
    }

    /** Potential follow-up of a patient from entry, days. */
    public double potentialDays(long patientId) {
        double u = ((patientId + 1) * INVERSE_GOLDEN_RATIO) % 1.0;
        return DAYS_PER_YEAR * (minYears + (maxYears - minYears) * u);
    }
}
