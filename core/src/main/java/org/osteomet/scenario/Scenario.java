package org.osteomet.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.osteomet.param.ParameterSet;

/**
 * A loaded scenario: parameter values that replace the defaults.
 *
 * @param overrides parameter name to value, in the order the file sets them (unmodifiable)
 * @param name      the scenario file's name, for reports
 */
public record Scenario(Map<String, Double> overrides, String name) {

    public Scenario {
        Objects.requireNonNull(name, "name");
        // Copy into a LinkedHashMap: Map.copyOf would lose the file order that reports show.
        overrides = Collections.unmodifiableMap(new LinkedHashMap<>(overrides));
    }

    /** The base set with this scenario's values in place. */
    public ParameterSet apply(ParameterSet base) {
        return base.with(overrides);
    }
}
