package org.osteomet.sim;

import java.util.ArrayList;
import java.util.List;

import org.osteomet.anatomy.SkeletalAtlas;
import org.osteomet.bone.BoneParameters;
import org.osteomet.clinical.ClinicalParameters;
import org.osteomet.physiology.CalciumParameters;
import org.osteomet.therapy.TherapyParameters;
import org.osteomet.clinical.MortalityParameters;
import org.osteomet.param.Parameter;
import org.osteomet.param.ParameterCatalog;
import org.osteomet.param.ParameterSet;
import org.osteomet.spread.SpreadParameters;
import org.osteomet.tumour.CancerProfiles;

/** The catalog of every model parameter, and its defaults. */
public final class ModelCatalog {
    private static final ParameterCatalog CATALOG = build();

    private ModelCatalog() {
    }

    private static ParameterCatalog build() {
        List<Parameter> all = new ArrayList<>();
        all.addAll(SkeletalAtlas.parameters());
        all.addAll(CancerProfiles.parameters());
        all.addAll(ParameterCatalog.declaredIn(SpreadParameters.class, MortalityParameters.class, ClinicalParameters.class,
                CalciumParameters.class));
        all.addAll(BoneParameters.parameters());
        all.addAll(TherapyParameters.parameters());
        return new ParameterCatalog(all);
    }

    public static ParameterCatalog catalog() {
        return CATALOG;
    }

    public static ParameterSet defaults() {
        return CATALOG.defaults();
    }
}
