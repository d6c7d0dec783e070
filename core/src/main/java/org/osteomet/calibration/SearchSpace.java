package org.osteomet.calibration;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The parameters a calibration fits, in a fixed order: the order of every vector the search hands out. */
public final class SearchSpace {

    private final List<BoundedParameter> parameters;

    public SearchSpace(List<BoundedParameter> parameters) {
        if (parameters.isEmpty()) {
            throw new IllegalArgumentException("a calibration needs at least one parameter to fit");
        }
        Set<String> seen = new HashSet<>();
        for (BoundedParameter p : parameters) {
            if (!seen.add(p.name())) {
                throw new IllegalArgumentException("parameter listed twice for calibration: " + p.name());
            }
        }
        this.parameters = List.copyOf(parameters);
    }

    public static SearchSpace of(BoundedParameter... parameters) {
        return new SearchSpace(List.of(parameters));
    }

    public int dimension() {
        return parameters.size();
    }

    public List<BoundedParameter> parameters() {
        return parameters;
    }

    public List<String> names() {
        return parameters.stream().map(BoundedParameter::name).toList();
    }

    public double[] toUnit(double[] values) {
        requireDimension(values);
        double[] u = new double[values.length];
        for (int i = 0; i < u.length; i++) {
            u[i] = parameters.get(i).toUnit(values[i]);
        }
        return u;
    }

    public double[] fromUnit(double[] unit) {
        requireDimension(unit);
        double[] v = new double[unit.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = parameters.get(i).fromUnit(unit[i]);
        }
        return v;
    }

    /** The starting values in unit coordinates. */
    public double[] startUnit() {
        return toUnit(parameters.stream().mapToDouble(BoundedParameter::start).toArray());
    }

    /** Model values by parameter name, in search order. */
    public Map<String, Double> byName(double[] values) {
        requireDimension(values);
        Map<String, Double> out = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            out.put(parameters.get(i).name(), values[i]);
        }
        return Collections.unmodifiableMap(out);
    }

    private void requireDimension(double[] v) {
        if (v.length != parameters.size()) {
            throw new IllegalArgumentException("expected " + parameters.size() + " values, got " + v.length);
        }
    }
}
