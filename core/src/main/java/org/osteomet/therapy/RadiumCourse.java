package org.osteomet.therapy;

import org.osteomet.param.ParameterSet;

/**
 * One patient's radium-223 course: at each injection the bone-bound activity shares out in proportion to bone
 * formation (involved regions against the healthy skeleton's accretion), decays in place, and its alpha dose kills
 * only the tumour cells near mineralising bone: surviving fraction 1 - f_near (1 - exp(-alpha D)).
 */
public final class RadiumCourse {
    private static final double GRAMS_PER_MG = 1e-3;
    private static final double KG_PER_G = 1e-3;
    /** Tumour density, g/cm3 (soft tissue). */
    private static final double TUMOUR_DENSITY_G_PER_CM3 = 1.0;

    private final Radium223 radium;
    private final double nearSurface;
    private final double healthyAccretionGPerDay;
    private Schedule schedule;

    public RadiumCourse(ParameterSet p) {
        this.radium = new Radium223(p);
        this.nearSurface = p.get(Radium223.NEAR_SURFACE_SHARE);
        this.healthyAccretionGPerDay = p.get(Radium223.SKELETAL_ACCRETION) * GRAMS_PER_MG;
    }

    public void start(double day) {
        schedule = radium.standardSchedule(day);
    }

    public boolean started() {
        return schedule != null;
    }

    /** Injections on days in (from, to]. */
    public int injectionsBetween(double from, double to) {
        return schedule == null ? 0 : schedule.dosesUpTo(to) - schedule.dosesUpTo(from);
    }

    /**
     * ln of the surviving fraction of a lesion's cells after one injection.
     *
     * @param lesionFormationGPerDay calcium laid down by the lesion's region, g/day
     * @param involvedFormationGPerDay the same summed over every involved region, g/day
     * @param lesionCells            tumour cells in the lesion (its mass at 1 g/cm3)
     * @param cellsPerCm3            cell density
     */
    public double logSurvival(double lesionFormationGPerDay, double involvedFormationGPerDay, double lesionCells, double cellsPerCm3) {
        if (lesionFormationGPerDay <= 0 || lesionCells <= 0) {
            return 0.0;
        }
        double share = lesionFormationGPerDay / (healthyAccretionGPerDay + involvedFormationGPerDay);
        double bound = radium.injectedActivityKBq(schedule) * uptakeFraction() * share;
        double cumulatedKBqDays = bound / radium.decayConstant(); // bound radium decays where it sits
        double massKg = lesionCells / cellsPerCm3 * TUMOUR_DENSITY_G_PER_CM3 * KG_PER_G;
        double nearSurvival = radium.survivingFraction(radium.absorbedDoseGy(cumulatedKBqDays, massKg));
        return Math.log(1 - nearSurface * (1 - nearSurvival));
    }

    private double uptakeFraction() {
        return radium.boneUptakeFraction();
    }
}
