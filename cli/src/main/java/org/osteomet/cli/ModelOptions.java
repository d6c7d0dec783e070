package org.osteomet.cli;

import java.nio.file.Path;

import org.osteomet.clinical.StandardOfCare;
import org.osteomet.param.ParameterSet;
import org.osteomet.scenario.ScenarioLoader;
import org.osteomet.sim.ModelCatalog;
import org.osteomet.tumour.CancerType;

import picocli.CommandLine.Option;

/** Options shared by the commands that run the model. */
final class ModelOptions {
    @Option(names = "--primary", required = true, converter = Converters.Primary.class,
            description = "Primary cancer: breast, prostate, lung, kidney, thyroid, melanoma, bladder, myeloma (multiple myeloma, a marrow cancer).")
    CancerType primary;

    @Option(names = "--seed", defaultValue = "1", description = "Run seed (default ${DEFAULT-VALUE}). Same seed, same output.")
    long seed;

    @Option(names = "--years", defaultValue = "5", description = "Follow-up from entry, years (default ${DEFAULT-VALUE}).")
    double years;

    @Option(names = "--scenario", paramLabel = "FILE",
            description = "YAML file overriding model parameters by name (list them with 'osteomet params').")
    Path scenario;

    @Option(names = "--policy", paramLabel = "FILE",
            description = "YAML standard-of-care policy for skeletal complications (default: the built-in one; see docs/MODEL.md).")
    Path policy;

    StandardOfCare standardOfCare() {
        return policy == null ? StandardOfCare.defaults() : StandardOfCare.load(policy);
    }

    ParameterSet parameters() {
        ParameterSet defaults = ModelCatalog.defaults();
        ParameterSet p = scenario == null ? defaults : ScenarioLoader.load(scenario, ModelCatalog.catalog()).apply(defaults);
        return ModelChecks.consistent(p, primary, scenario);
    }

    void validate() {
        Checks.years("--years", years);
    }
}
