package org.osteomet.bone;

import static org.osteomet.param.Provenance.ASSUMPTION;

import java.util.List;

import org.osteomet.param.Parameter;
import org.osteomet.param.ParameterCatalog;

/** Numerical settings of the bone model, and the list of every bone parameter for the catalog. */
public final class BoneParameters {
    private BoneParameters() {
    }

    /** h: largest internal RK4 substep of {@link ViciousCycle#step}. */
    public static final Parameter INTEGRATION_STEP = Parameter.positive("bone.integration_step_d", "h", 1.0, "d", 30,
            ASSUMPTION, "fixed-step classical RK4 in log coordinates; checked against Dormand-Prince 8(5,3) at 1e-10 tolerance "
                    + "in tests (ViciousCycleTest: within 0.5% on z and 1% on C, B over 600 d)");

    /** Every parameter declared by the bone model (Komarova, tumour coupling, numerics). */
    public static List<Parameter> parameters() {
        return List.copyOf(ParameterCatalog.declaredIn(KomarovaParameters.class, TumourCouplingParameters.class,
                BoneParameters.class));
    }
}
