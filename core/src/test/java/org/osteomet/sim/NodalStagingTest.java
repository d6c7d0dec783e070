package org.osteomet.sim;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.osteomet.clinical.ClinicalParameters;
import org.osteomet.param.ParameterSet;
import org.osteomet.random.PatientStreams;
import org.osteomet.tumour.CancerType;
import org.osteomet.tumour.ProfileKey;

/** Regional stage at diagnosis: nodal deposits found by sentinel-node pathology or by imaging. */
class NodalStagingTest {
    private static final int PATIENTS = 1500;
    private final ParameterSet defaults = ModelCatalog.defaults();
    private final String breastNodes = ProfileKey.NODAL_STAGING_DIAMETER.parameterName(CancerType.BREAST);

    /** Patients staged regional (and how many distant) among the same breast patients. */
    private int[] stages(ParameterSet p) {
        PatientSimulator sim = new PatientSimulator(p, CancerType.BREAST);
        Workspace ws = sim.newWorkspace(false);
        int regional = 0;
        int distant = 0;
        for (int i = 0; i < PATIENTS; i++) {
            PatientOutcome o = sim.run(i, new PatientStreams(11), Entry.DIAGNOSIS, 30, ws, null);
            regional += o.stage() == Stage.REGIONAL ? 1 : 0;
            distant += o.stage() == Stage.DISTANT ? 1 : 0;
        }
        return new int[] {regional, distant};
    }

    @Test
    void pathologyFindsNodalDepositsImagingMisses() {
        int[] imaging = stages(defaults.with(breastNodes, 10.0));
        int[] pathology = stages(defaults);
        // s_N below d_N: every deposit of at least d_N is crossed by a section, so no patient positive at 2 mm is lost
        int[] everySection = stages(defaults.with(ClinicalParameters.SENTINEL_NODE_SECTION_INTERVAL_MM.name(), 0.1));
        assertThat(pathology[0]).isGreaterThan(2 * imaging[0]);
        assertThat(everySection[0]).isGreaterThan(pathology[0]);
        // nodes never change the distant stage
        assertThat(pathology[1]).isEqualTo(imaging[1]).isEqualTo(everySection[1]);
    }
}
