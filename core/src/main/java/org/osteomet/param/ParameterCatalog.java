package org.osteomet.param;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every parameter a scenario may set, by name, with its default. */
public final class ParameterCatalog {

    private final List<Parameter> parameters;
    private final Map<String, Integer> index = new HashMap<>();

    public ParameterCatalog(Collection<Parameter> parameters) {
        List<Parameter> sorted = new ArrayList<>(parameters);
        sorted.sort(Comparator.comparing(Parameter::name));
        this.parameters = List.copyOf(sorted);
        for (int i = 0; i < this.parameters.size(); i++) {
            Parameter p = this.parameters.get(i);
            if (index.put(p.name(), i) != null) {
                throw new IllegalStateException("parameter declared twice: " + p.name());
            }
        }
    }

    /** The public static final {@link Parameter} fields of the given classes. */
    public static List<Parameter> declaredIn(Class<?>... holders) {
        List<Parameter> out = new ArrayList<>();
        for (Class<?> holder : holders) {
            for (Field f : holder.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isStatic(m) && Modifier.isPublic(m) && f.getType() == Parameter.class) {
                    try {
                        out.add((Parameter) f.get(null));
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return out;
    }

    public List<Parameter> all() {
        return parameters;
    }

    public Optional<Parameter> find(String name) {
        Integer i = index.get(name);
        return i == null ? Optional.empty() : Optional.of(parameters.get(i));
    }

    int indexOf(String name) {
        Integer i = index.get(name);
        if (i == null) {
            throw new IllegalArgumentException("unknown parameter '" + name + "'");
        }
        return i;
    }

    public ParameterSet defaults() {
        double[] v = new double[parameters.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = parameters.get(i).value();
        }
        return new ParameterSet(this, v);
    }

    /** Names closest to a misspelt one, for error messages. */
    public List<String> suggestions(String name, int max) {
        return parameters.stream()
                .map(Parameter::name)
                .sorted(Comparator.comparingInt((String n) -> Levenshtein.distance(n, name)))
                .limit(max)
                .toList();
    }
}
