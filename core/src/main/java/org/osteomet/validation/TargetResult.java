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

    public String simulatedText() {
        if (status() == Status.NOT_SIMULATED) {
            return "not simulated";
        }
        String v = Double.isNaN(simulated) ? "not reached" : Fmt.num(simulated);
        return Double.isNaN(ciLow) ? v : v + " (" + Fmt.num(ciLow) + "-" + (Double.isNaN(ciHigh) ? "NR" : Fmt.num(ciHigh)) + ")";
    }
}
