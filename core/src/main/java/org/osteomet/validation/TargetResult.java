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
        return status() == Status.MISS && !Double.isNaN(ciLow) && !Double.isNaN(ciHigh)
                && ciLow <= target.acceptHigh() && ciHigh >= target.acceptLow();
    }

    public String simulatedText() {
        if (status() == Status.NOT_SIMULATED) {
            return "not simulated";
        }
        boolean median = target.statistic().kind() == StatisticKind.MEDIAN_SURVIVAL || target.statistic().kind() == StatisticKind.MEDIAN_TIME_TO_FIRST_SRE;
        String v = Double.isNaN(simulated) ? (median ? "not reached" : "n/a (nobody to measure)") : Fmt.num(simulated);
        return Double.isNaN(ciLow) ? v : v + " (" + Fmt.num(ciLow) + "-" + (Double.isNaN(ciHigh) ? (median ? "NR" : "n/a") : Fmt.num(ciHigh)) + ")";
    }
}
