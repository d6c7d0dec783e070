package org.osteomet.calibration;

import java.util.ArrayList;
import java.util.List;

/**
 * What a checkpoint must match to be resumed: the parameters searched (names, bounds, scales, in order),
 * the search seed and the population size. Anything else may change between the interrupted run and its
 * resumption (thread count, stopping rules).
 */
public record CheckpointIdentity(List<Dimension> parameters, long seed, int populationSize) {

    /** One searched parameter as the checkpoint records it. */
    public record Dimension(String name, double lower, double upper, Scale scale) {
        @Override
        public String toString() {
            return name + " in [" + lower + ", " + upper + "] " + scale.name().toLowerCase();
        }
    }

    public CheckpointIdentity {
        parameters = List.copyOf(parameters);
    }

    static CheckpointIdentity of(SearchSpace space, long seed, int populationSize) {
        List<Dimension> dims = space.parameters().stream()
                .map(p -> new Dimension(p.name(), p.lower(), p.upper(), p.scale()))
                .toList();
        return new CheckpointIdentity(dims, seed, populationSize);
    }

    /** Human-readable differences from another identity; empty when they match. */
    List<String> differencesFrom(CheckpointIdentity wanted) {
        List<String> out = new ArrayList<>();
        if (!parameters.equals(wanted.parameters)) {
            out.add("parameters: checkpoint has " + parameters + ", this run has " + wanted.parameters);
        }
        if (seed != wanted.seed) {
            out.add("seed: checkpoint has " + seed + ", this run has " + wanted.seed);
        }
        if (populationSize != wanted.populationSize) {
            out.add("population size: checkpoint has " + populationSize + ", this run has " + wanted.populationSize);
        }
        return out;
    }
}
