package org.osteomet.calibration;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.osteomet.param.ParameterSet;

/**
 * The outcome of a calibration: the best parameters evaluated, by name in search order, and how the search
 * went.
 */
public record CalibrationResult(Map<String, Double> parameters, double loss, int generations, long evaluations,
                                long seed, StopReason stopReason) {

    public CalibrationResult {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /** {@code base} with the calibrated values put in. */
    public ParameterSet applyTo(ParameterSet base) {
        return base.with(parameters);
    }

    /** A provenance note for calibrated parameters: targets used, seed, loss and date. */
    public String provenance(Collection<String> targetIds, LocalDate date) {
        return "calibrated by CMA-ES to targets " + String.join(", ", targetIds) + "; seed " + seed + "; loss "
                + loss + "; " + generations + " generations, " + evaluations + " evaluations; " + date;
    }
}
