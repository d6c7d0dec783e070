package org.osteomet.cli;

import java.nio.file.Path;

import org.osteomet.param.ParameterSet;
import org.osteomet.sim.PatientSimulator;
import org.osteomet.tumour.CancerType;

/** Checks that values valid one by one also make a model together (e.g. a lesion capacity above the detection size). */
final class ModelChecks {
    private ModelChecks() {
    }

    static ParameterSet consistent(ParameterSet p, CancerType type, Path scenario) {
        try {
            new PatientSimulator(p, type).run(0, new org.osteomet.random.PatientStreams(0), org.osteomet.sim.Entry.DIAGNOSIS, 1.0, null);
        } catch (IllegalArgumentException e) {
            throw new BadInputException((scenario == null ? "parameters" : scenario.toString()) + ": inconsistent values: " + e.getMessage());
        }
        return p;
    }
}
