package org.osteomet.tumour;

import org.osteomet.anatomy.SiteClass;
import org.osteomet.param.ParameterSet;

/**
 * One cancer type's numbers, read from a parameter set into primitive fields (see {@link ProfileKey}
 * for units and meaning; the defaults and their sources are in the {@code profiles} package).
 */
public record CancerProfile(
        CancerType type,
        double ageMedianYears,
        double ageSdYears,
        double primaryDiameterMedianMm,
        double primaryDiameterLogSd,
        double primaryDoublingTimeDays,
        double metastasisDoublingTimeDays,
        double doublingTimeLogSd,
        double bloodShedding,
        double lymphShedding,
        double metastaticPotentialLogSd,
        double vertebralPlexusFraction,
        double immuneEscapeProbability,
        double[] soilByClass,
        double osteoblasticDriveMean,
        double osteoblasticDriveSd,
        double blasticCloneProbability,
        double nodalStagingDiameterMm) {

    public static CancerProfile of(ParameterSet p, CancerType t) {
        double[] soil = new double[SiteClass.values().length];
        soil[SiteClass.BONE.ordinal()] = get(p, t, ProfileKey.SOIL_BONE);
        soil[SiteClass.LUNG.ordinal()] = get(p, t, ProfileKey.SOIL_LUNG);
        soil[SiteClass.LIVER.ordinal()] = get(p, t, ProfileKey.SOIL_LIVER);
        soil[SiteClass.BRAIN.ordinal()] = get(p, t, ProfileKey.SOIL_BRAIN);
        soil[SiteClass.LYMPH_NODE.ordinal()] = get(p, t, ProfileKey.SOIL_LYMPH_NODE);
        return new CancerProfile(t,
                get(p, t, ProfileKey.AGE_MEDIAN),
                get(p, t, ProfileKey.AGE_SD),
                get(p, t, ProfileKey.PRIMARY_DIAMETER_MEDIAN),
                get(p, t, ProfileKey.PRIMARY_DIAMETER_LOG_SD),
                get(p, t, ProfileKey.PRIMARY_DOUBLING_TIME),
                get(p, t, ProfileKey.METASTASIS_DOUBLING_TIME),
                get(p, t, ProfileKey.DOUBLING_TIME_LOG_SD),
                get(p, t, ProfileKey.BLOOD_SHEDDING),
                get(p, t, ProfileKey.LYMPH_SHEDDING),
                get(p, t, ProfileKey.METASTATIC_POTENTIAL_LOG_SD),
                get(p, t, ProfileKey.VERTEBRAL_PLEXUS_FRACTION),
                get(p, t, ProfileKey.IMMUNE_ESCAPE),
                soil,
                get(p, t, ProfileKey.OSTEOBLASTIC_DRIVE_MEAN),
                get(p, t, ProfileKey.OSTEOBLASTIC_DRIVE_SD),
                get(p, t, ProfileKey.BLASTIC_CLONE_PROBABILITY),
                get(p, t, ProfileKey.NODAL_STAGING_DIAMETER));
    }

    private static double get(ParameterSet p, CancerType t, ProfileKey k) {
        return p.get(k.parameterName(t));
    }

    public double soil(SiteClass c) {
        return soilByClass[c.ordinal()];
    }
}
