package org.osteomet.therapy;

import java.util.Objects;

/**
 * A dosing schedule as data: {@code doseCount} doses of {@code doseAmount} (in {@code doseUnit}), the first on
 * {@code startDay}, then every {@code intervalDays} days. {@code doseCount} may be {@link #OPEN_ENDED}: doses continue
 * for as long as anyone asks.
 *
 * <p>Dose k (0-based) is given at day {@code startDay + k * intervalDays}. Models treat a dose as an impulse and a
 * state "at day t" includes every dose given at or before t (right-continuous).
 *
 * @param doseAmount   amount per dose, finite and positive
 * @param doseUnit     unit of the amount, e.g. "mg" or "kBq/kg"
 * @param intervalDays days between doses, positive; infinite only for a single dose
 * @param doseCount    number of doses, at least 1, or {@link #OPEN_ENDED}
 * @param startDay     day of the first dose (simulation days)
 */
public record Schedule(double doseAmount, String doseUnit, double intervalDays, int doseCount, double startDay) {

    /** {@link #doseCount()} of a schedule without a last dose. */
    public static final int OPEN_ENDED = -1;

    public Schedule {
        if (!(Double.isFinite(doseAmount) && doseAmount > 0)) {
            throw new IllegalArgumentException("Schedule.doseAmount must be a finite positive number, got " + doseAmount);
        }
        if (doseUnit == null || doseUnit.isBlank()) {
            throw new IllegalArgumentException("Schedule.doseUnit must name the unit of the dose (e.g. \"mg\"), got "
                    + (doseUnit == null ? "null" : "\"" + doseUnit + "\""));
        }
        if (!(doseCount >= 1 || doseCount == OPEN_ENDED)) {
            throw new IllegalArgumentException("Schedule.doseCount must be at least 1 or OPEN_ENDED (" + OPEN_ENDED
                    + "), got " + doseCount);
        }
        if (!(intervalDays > 0)) {
            throw new IllegalArgumentException("Schedule.intervalDays must be positive (days between doses), got " + intervalDays);
        }
        if (Double.isInfinite(intervalDays) && doseCount != 1) {
            throw new IllegalArgumentException("Schedule.intervalDays must be finite unless doseCount is 1, got "
                    + intervalDays + " with doseCount " + doseCount);
        }
        if (!Double.isFinite(startDay)) {
            throw new IllegalArgumentException("Schedule.startDay must be a finite day, got " + startDay);
        }
    }

    /** One dose on {@code day}. */
    public static Schedule single(double amount, String unit, double day) {
        return new Schedule(amount, unit, Double.POSITIVE_INFINITY, 1, day);
    }

    /** {@code count} doses every {@code intervalDays} from {@code startDay}. */
    public static Schedule repeated(double amount, String unit, double intervalDays, int count, double startDay) {
        return new Schedule(amount, unit, intervalDays, count, startDay);
    }

    /** Doses every {@code intervalDays} from {@code startDay} without end. */
    public static Schedule openEnded(double amount, String unit, double intervalDays, double startDay) {
        return new Schedule(amount, unit, intervalDays, OPEN_ENDED, startDay);
    }

    public boolean isOpenEnded() {
        return doseCount == OPEN_ENDED;
    }

    /** Day of dose k (0-based). */
    public double doseTime(int k) {
        if (k < 0 || (!isOpenEnded() && k >= doseCount)) {
            throw new IndexOutOfBoundsException("dose index " + k + " outside a schedule of "
                    + (isOpenEnded() ? "open-ended" : String.valueOf(doseCount)) + " doses");
        }
        return k == 0 ? startDay : startDay + k * intervalDays;
    }

    /** Day of the last dose; +infinity when open-ended. */
    public double lastDoseDay() {
        return isOpenEnded() ? Double.POSITIVE_INFINITY : doseTime(doseCount - 1);
    }

    /** Number of doses given at or before {@code day}. */
    public int dosesUpTo(double day) {
        if (!(day >= startDay)) {
            return 0;
        }
        int cap = isOpenEnded() ? Integer.MAX_VALUE : doseCount;
        if (cap == 1 || Double.isInfinite(intervalDays)) {
            return 1;
        }
        double approx = Math.floor((day - startDay) / intervalDays) + 1.0;
        int n = (int) Math.min(cap, Math.max(1.0, approx));
        while (n > 1 && doseTime(n - 1) > day) {
            n--;
        }
        while (n < cap && doseTime(n) <= day) {
            n++;
        }
        return n;
    }

    /** Days of the doses given in [fromDay, toDay] (both ends included), in increasing order. */
    public double[] doseTimes(double fromDay, double toDay) {
        if (Double.isNaN(fromDay) || Double.isNaN(toDay)) {
            throw new IllegalArgumentException("doseTimes: fromDay and toDay must be numbers, got " + fromDay + ", " + toDay);
        }
        if (toDay < fromDay) {
            throw new IllegalArgumentException("doseTimes: toDay (" + toDay + ") must not be before fromDay (" + fromDay + ")");
        }
        if (isOpenEnded() && Double.isInfinite(toDay)) {
            throw new IllegalArgumentException("doseTimes: toDay must be finite for an open-ended schedule");
        }
        int first = dosesBefore(fromDay);
        int end = dosesUpTo(toDay);
        double[] out = new double[Math.max(0, end - first)];
        for (int k = first; k < end; k++) {
            out[k - first] = doseTime(k);
        }
        return out;
    }

    /** Total amount given at or before {@code day}, in {@link #doseUnit()}. */
    public double cumulativeAmount(double day) {
        return dosesUpTo(day) * doseAmount;
    }

    /** Throws unless the dose unit is {@code unit}; {@code model} names the caller in the message. */
    public void requireUnit(String unit, String model) {
        if (!Objects.equals(doseUnit, unit)) {
            throw new IllegalArgumentException(model + " needs Schedule.doseUnit \"" + unit + "\", got \"" + doseUnit + "\"");
        }
    }

    private int dosesBefore(double day) {
        int n = dosesUpTo(day);
        while (n > 0 && doseTime(n - 1) >= day) {
            n--;
        }
        return n;
    }
}
