package org.osteomet.param;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An immutable set of parameter values, one per parameter of the {@link ParameterCatalog}.
 * Model classes read it once, when they are built, into primitive fields; nothing looks names up
 * inside the simulation loop.
 */
public final class ParameterSet {

    private final ParameterCatalog catalog;
    private final double[] values;

    ParameterSet(ParameterCatalog catalog, double[] values) {
        this.catalog = catalog;
        this.values = values;
    }

    public double get(Parameter p) {
        return values[catalog.indexOf(p.name())];
    }

    public double get(String name) {
        return values[catalog.indexOf(name)];
    }

    public ParameterCatalog catalog() {
        return catalog;
    }

    /**
     * A copy with some values replaced. Every name must exist and every value must lie in its range;
     * callers that want a friendlier message validate first (see the scenario loader).
     */
    public ParameterSet with(Map<String, Double> overrides) {
        double[] copy = values.clone();
        for (Map.Entry<String, Double> e : overrides.entrySet()) {
            Parameter p = catalog.find(e.getKey())
                    .orElseThrow(() -> new IllegalArgumentException("unknown parameter '" + e.getKey() + "'"));
            double v = e.getValue();
            if (!(v >= p.min() && v <= p.max())) {
                throw new IllegalArgumentException(p.name() + " = " + v + " is outside [" + p.min() + ", " + p.max() + "]");
            }
            copy[catalog.indexOf(p.name())] = v;
        }
        return new ParameterSet(catalog, copy);
    }

    public ParameterSet with(String name, double value) {
        return with(Map.of(name, value));
    }

    /** Values that differ from the defaults, by name, in catalog order. */
    public Map<String, Double> overrides() {
        Map<String, Double> out = new LinkedHashMap<>();
        for (Parameter p : catalog.all()) {
            double v = get(p);
            if (Double.compare(v, p.value()) != 0) {
                out.put(p.name(), v);
            }
        }
        return Collections.unmodifiableMap(out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ParameterSet other && Arrays.equals(values, other.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }
}
