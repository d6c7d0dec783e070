package org.osteomet.therapy;

import static org.osteomet.param.Provenance.PUBLISHED;

import java.util.List;

import org.osteomet.param.Parameter;
import org.osteomet.param.ParameterCatalog;
import org.osteomet.param.ParameterSet;

/** Parameters shared by the treatment models, and the list of every therapy parameter. */
public final class TherapyParameters {
    private TherapyParameters() {
    }

    /** BW: body weight, for weight-based doses and volumes. */
    public static final Parameter BODY_WEIGHT = new Parameter("therapy.body_weight_kg", "BW", 60.0, "kg", 30, 200, PUBLISHED,
            "reference body weight of Martinez-Reina & Pivonka 2019 Bone 125:87 (martinez_reina_parameters.py, "
                    + "model-building-blocks section 2 [V-code])");

    /** Every parameter declared by the therapy models. */
    public static List<Parameter> parameters() {
        return List.copyOf(ParameterCatalog.declaredIn(TherapyParameters.class, ZoledronicAcidPk.class, PamidronatePk.class,
                DenosumabPk.class, Radiotherapy.class, Radium223.class));
    }

    /** The therapy parameters at their defaults (until the simulator's catalog includes them). */
    public static ParameterSet defaults() {
        return new ParameterCatalog(parameters()).defaults();
    }
}
