package org.osteomet.cli;

import java.nio.file.Path;

import org.osteomet.clinical.StandardOfCare;
import org.osteomet.param.ParameterSet;
import org.osteomet.scenario.ScenarioLoader;
import org.osteomet.sim.ModelCatalog;

import picocli.CommandLine.Option;

/** The model a command runs over every primary: default parameters with a scenario on top, and a policy. */
final class ModelInputs {
    @Option(names = "--scenario", paramLabel = "FILE", description = "YAML file overriding model parameters by name.")
    Path scenario;

    @Option(names = "--policy", paramLabel = "FILE", description = "YAML standard-of-care policy (default: the built-in one).")
    Path policy;

    ParameterSet parameters() {
        return scenario == null ? ModelCatalog.defaults() : ScenarioLoader.load(scenario, ModelCatalog.catalog()).apply(ModelCatalog.defaults());
    }

    StandardOfCare standardOfCare() {
        return policy == null ? StandardOfCare.defaults() : StandardOfCare.load(policy);
    }
}
