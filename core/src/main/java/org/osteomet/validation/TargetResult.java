package org.osteomet.validation;

/**
 * A target next to its simulated value and that value's 95% interval (bootstrap over the simulated patients).
 */
public record TargetResult(Target target, double simulated, double ciLow, double ciHigh) {
    public enum Status {
        WITHIN, MISS, NOT_SIMULATED
    }

    public Status status() {
        if (target.statistic().kind() == StatisticKind.NOT_SIMULATED) {
            return Status.NOT_SIMULATED;
        }
        return target.accepts(simulated) ? Status.WITHIN : Status.MISS;
    }

    /**
     * A miss whose 95% interval still reaches the acceptance range: at this sample size the miss may be sampling noise
     * (so may a match whose interval leaves the range; only misses are flagged).
     */
    public boolean missWithinNoise() {
        if (status() != Status.MISS || target.role() == TargetRole.INPUT || Double.isNaN(ciLow)) {
            return false;
        }
        // A median's interval without an upper end ("not reached") is open upwards.
        double high = Double.isNaN(ciHigh) && isMedian() ? Double.POSITIVE_INFINITY : ciHigh;
        return !Double.isNaN(high) && ciLow <= target.acceptHigh() && high >= target.acceptLow();
    }

    private boolean isMedian() {
        return target.statistic().kind() == StatisticKind.MEDIAN_SURVIVAL || target.statistic().kind() == StatisticKind.MEDIAN_TIME_TO_FIRST_SRE;
    }

    public String simulatedText() {
        if (status() == Status.NOT_SIMULATED) {
            return "not simulated";
        }
        boolean median = isMedian();
        String v = Double.isNaN(simulated) ? (median ? "not reached" : "n/a (nobody to measure)") : Fmt.num(simulated);
        return Double.isNaN(ciLow) ? v : v + " (" + Fmt.num(ciLow) + "-" + (Double.isNaN(ciHigh) ? (median ? "NR" : "n/a") : Fmt.num(ciHigh)) + ")";
    }
}
