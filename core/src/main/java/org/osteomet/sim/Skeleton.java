package org.osteomet.sim;

import java.util.Arrays;

import org.osteomet.anatomy.Site;
import org.osteomet.anatomy.SkeletalAtlas;
import org.osteomet.bone.LesionType;
import org.osteomet.bone.ViciousCycle;
import org.osteomet.param.ParameterSet;
import org.osteomet.physiology.CalciumBalance;
import org.osteomet.physiology.CalciumParameters;
import org.osteomet.spread.SpreadParameters;
import org.osteomet.tumour.CancerType;

/**
 * The patient's skeleton as one vicious-cycle compartment per bone site, coupled to serum calcium.
 *
 * <p>Lesions at one site are aggregated into one compartment: they share that bone's remodelling
 * (osteoclasts, osteoblasts, bone mass of the involved region), and a compartment per site keeps the cost
 * proportional to the number of involved bones, not lesions. The compartment's region is one of the site's
 * similar bones ({@link Site#units()}: one vertebra, one rib, one hemipelvis); its bone mass z is in % of the
 * healthy region, and its calcium is the site's calcium over the number of units. The tumour drive is the
 * burden-weighted mean drive of the site's clones, the tumour fraction the site burden over the bone-lesion
 * capacity. Calcium released or laid down by the net change of z moves to or from the blood.
 *
 * <p>A site has two such units: the one its lesions share, and one for the lesions of an osteoblastic subclone
 * ({@link #unit}), another vertebra or rib of the same site, typed on its own, so a patient can have a lytic vertebra
 * and a blastic one. The bone reads of a site (bone mass and remodelling for pain and fractures, the type for Mirels,
 * the picture) take its first unit, or the subclone's where it is the only one involved; its tumour cells and bone
 * formation are the two units' sum.
 */
final class Skeleton {
    private static final double CALCIUM_G_PER_MOL = 40.078;
    private static final int S = Site.COUNT;
    /** Units: sites 0..S-1 for the lesions a site shares, S..2S-1 for its osteoblastic subclone's. */
    private static final int U = 2 * S;
    /** Turnover (formation + resorption, % of the region per day) below which a region is taken as quiescent. */
    private static final double NO_TURNOVER = 1e-12;
    /** Resorption share reported for a quiescent region: neither side dominates. */
    private static final double BALANCED_RESORPTION_SHARE = 0.5;
    private static final int D = ViciousCycle.DIMENSION;

    private final ViciousCycle cycle;
    private final double capacityCells;
    private final double mixedBand;
    private final double[] regionCalciumMmol = new double[U];
    private final double[] healthy;

    // Per-patient state, reset for each patient.
    private final double[] state = new double[U * D];
    private final boolean[] active = new boolean[U];
    private final double[] growthMultiplier = new double[U];
    private final double[] cells = new double[U];
    private final double[] driveWeight = new double[U];
    private final double[] scratch = new double[D];
    private final double[] gain = new double[U];
    /** Whether an osteoblastic subclone's unit ever held a lesion: until then only the shared units are stepped. */
    private boolean subcloneUnits;
    /** Whether {@link #addLesion} wrote cells or drive since the last {@link #beginStep}: a quiet patient skips the clearing. */
    private boolean tumourTallied = true;
    /** Calcium the humoral (PTHrP) resorption took from the skeleton outside the lesion regions, mmol. */
    private double systemicLossMmol;
    /** Fraction of resorption a bone-targeted drug suppresses now. */
    private double suppression;
    private CalciumBalance calcium;
    private final ParameterSet params;

    private final double pthrpSecretion;

    /** @param primary the primary cancer, whose PTHrP secretion factor sets the humoral effect on calcium */
    Skeleton(ParameterSet p, CancerType primary) {
        this.params = p;
        this.pthrpSecretion = p.get(CalciumParameters.pthrpSecretion(primary));
        this.cycle = new ViciousCycle(p);
        this.capacityCells = p.get(SpreadParameters.BONE_LESION_CAPACITY);
        this.mixedBand = p.get(SpreadParameters.MIXED_BAND);
        this.healthy = cycle.healthySteadyState();
        SkeletalAtlas.Values atlas = SkeletalAtlas.values(p);
        for (Site s : Site.BONES) {
            regionCalciumMmol[s.ordinal()] = atlas.calciumG()[s.ordinal()] / s.units() / CALCIUM_G_PER_MOL * 1000.0;
            regionCalciumMmol[s.ordinal() + S] = regionCalciumMmol[s.ordinal()];
        }
    }

    void reset() {
        Arrays.fill(active, false);
        subcloneUnits = false;
        Arrays.fill(gain, 0);
        tumourTallied = true;
        Arrays.fill(growthMultiplier, 1.0);
        for (int u = 0; u < U; u++) {
            System.arraycopy(healthy, 0, state, u * D, D);
        }
        calcium = new CalciumBalance(params, pthrpSecretion);
        systemicLossMmol = 0;
        suppression = 0;
    }

    /** Clears the per-step tumour tallies before lesions are grown. */
    void beginStep() {
        if (tumourTallied) {
            Arrays.fill(cells, 0);
            Arrays.fill(driveWeight, 0);
            tumourTallied = false;
        }
    }

    /** The unit of a site that holds a lesion: its shared one, or its osteoblastic subclone's. */
    static int unit(int site, boolean blasticClone) {
        return blasticClone ? site + S : site;
    }

    /** A lesion's contribution to its unit (called for every vascular bone lesion after growth). */
    void addLesion(int unit, double lesionCells, double drive) {
        cells[unit] += lesionCells;
        driveWeight[unit] += lesionCells * drive;
        tumourTallied = true;
        subcloneUnits |= unit >= S;
    }

    /** Tumour growth multiplier in a unit from the last step's resorption (vicious cycle). */
    double growthMultiplier(int unit) {
        return growthMultiplier[unit];
    }

    /** The unit the clinical reads of a site take: the shared one, unless only the subclone's is involved. */
    private int clinicalUnit(int site) {
        return active[site] || !active[site + S] ? site : site + S;
    }

    /**
     * Advances every involved bone and the serum calcium over the step.
     *
     * @param boneTumourCells  tumour cells in bone, and
     * @param totalTumourCells whole-body tumour burden: together the humoral (PTHrP) burden
     */
    void advance(double dt, double boneTumourCells, double totalTumourCells, double resorptionSuppression) {
        this.suppression = resorptionSuppression;
        double release = 0;
        double deposit = 0;
        int bones = Site.boneCount();
        for (int k = 0, units = subcloneUnits ? 2 * bones : bones; k < units; k++) {
            // each bone's shared unit, then (once a subclone has reached bone) each bone's subclone unit
            int s = k < bones ? Site.bone(k).ordinal() : Site.bone(k - bones).ordinal() + S;
            if (cells[s] > 0) {
                active[s] = true;
            }
            if (!active[s]) {
                continue; // never written: its gain stays 0 from reset
            }
            gain[s] = 0;
            double t = Math.min(1.0, cells[s] / capacityCells);
            double drive = cells[s] > 0 ? Math.max(-1, Math.min(1, driveWeight[s] / cells[s])) : 0.0;
            int b = s * D;
            System.arraycopy(state, b, scratch, 0, D);
            double z0 = scratch[ViciousCycle.BONE_MASS];
            cycle.step(scratch, dt, t, drive, resorptionSuppression);
            System.arraycopy(scratch, 0, state, b, D);
            double fluxMmolPerDay = -(scratch[ViciousCycle.BONE_MASS] - z0) / 100.0 * regionCalciumMmol[s] / dt;
            if (fluxMmolPerDay > 0) {
                release += fluxMmolPerDay;
            } else {
                deposit -= fluxMmolPerDay;
                gain[s] = scratch[ViciousCycle.BONE_MASS] - z0;
            }
            growthMultiplier[s] = cycle.growthMultiplier(scratch, resorptionSuppression);
        }
        double releasedBefore = calcium.releasedFromBoneMmol();
        double depositedBefore = calcium.depositedInBoneMmol();
        double humoral = calcium.humoralBurden(boneTumourCells, Math.max(0, totalTumourCells - boneTumourCells));
        calcium.advance(dt, release, deposit, humoral, resorptionSuppression);
        systemicLossMmol += calcium.releasedFromBoneMmol() - releasedBefore - release * dt;
        if (deposit > 0) {
            // Mineralisation takes what the blood can give (the calcium model scales it by serum calcium):
            // new bone is laid down in that proportion, so bone and blood calcium balance exactly.
            double share = (calcium.depositedInBoneMmol() - depositedBefore) / (deposit * dt);
            for (int u = 0; u < U; u++) {
                if (gain[u] > 0) {
                    state[u * D + ViciousCycle.BONE_MASS] += gain[u] * (share - 1);
                }
            }
        }
    }

    /**
     * Calcium in the lesion regions (their bone mass) less what humoral resorption took from the rest of the
     * skeleton, mmol, relative to a healthy skeleton: with the blood, this is what the mass balance closes on.
     */
    double trackedBoneCalciumMmol() {
        double sum = 0;
        for (Site site : Site.BONES) {
            int s = site.ordinal();
            sum += regionCalciumMmol[s] * (state[s * D + ViciousCycle.BONE_MASS] - 100.0) / 100.0;
            sum += regionCalciumMmol[s + S] * (state[(s + S) * D + ViciousCycle.BONE_MASS] - 100.0) / 100.0;
        }
        return sum - systemicLossMmol;
    }

    /** Whether either unit of the site holds (or held) a lesion. */
    boolean involved(int site) {
        return active[site] || active[site + S];
    }

    /** Whether the unit holds (or held) a lesion. */
    boolean unitInvolved(int unit) {
        return active[unit];
    }

    /** Bone mass of the site's involved region, % of healthy (100 when uninvolved). */
    double boneMassPercent(int site) {
        return state[clinicalUnit(site) * D + ViciousCycle.BONE_MASS];
    }

    double osteoclasts(int site) {
        return Math.exp(state[clinicalUnit(site) * D + ViciousCycle.LN_OSTEOCLASTS]);
    }

    double osteoblasts(int site) {
        return Math.exp(state[clinicalUnit(site) * D + ViciousCycle.LN_OSTEOBLASTS]);
    }

    /** Active resorption of the site's region, % of healthy bone mass per day. */
    double resorption(int site) {
        return unitResorption(clinicalUnit(site));
    }

    private double unitResorption(int unit) {
        System.arraycopy(state, unit * D, scratch, 0, D);
        return cycle.resorption(scratch) * (1 - suppression);
    }

    /** Active formation, % per day. */
    double formation(int site) {
        return unitFormation(clinicalUnit(site));
    }

    private double unitFormation(int unit) {
        System.arraycopy(state, unit * D, scratch, 0, D);
        return cycle.formation(scratch);
    }

    /** Site burden as a fraction of the bone-lesion capacity, 0..1. */
    double tumourFraction(int site) {
        return Math.min(1.0, cells[clinicalUnit(site)] / capacityCells);
    }

    /** Bone-remodelling activity driving pain, 0..1: the larger of the osteolytic and osteoblastic indices. */
    double remodellingActivity(int site) {
        System.arraycopy(state, clinicalUnit(site) * D, scratch, 0, D);
        return Math.max(cycle.osteolysisIndex(scratch, suppression), cycle.osteoblasticIndex(scratch));
    }

    /**
     * Share of the site's bone turnover that is resorption, r / (r + f), 0..1, after the bone-targeted drug's
     * suppression: near 1 in a lytic lesion, near 0 in a blastic one, 0.5 in balanced (or no) remodelling.
     */
    double resorptionShare(int site) {
        double f = formation(site);
        double r = resorption(site);
        return f + r > NO_TURNOVER ? r / (f + r) : BALANCED_RESORPTION_SHARE;
    }

    /** Calcium the site's involved units lay down as new bone, g per day (active formation only). */
    double formationCalciumGPerDay(int site) {
        double sum = unitFormation(site) / 100.0 * regionCalciumMmol[site] * CALCIUM_G_PER_MOL / 1000.0;
        if (active[site + S]) {
            sum += unitFormation(site + S) / 100.0 * regionCalciumMmol[site + S] * CALCIUM_G_PER_MOL / 1000.0;
        }
        return sum;
    }

    /** Tumour cells at the site (both units) at the end of the last step. */
    double tumourCells(int site) {
        return cells[site] + cells[site + S];
    }

    /**
     * Radiographic type from the site's net bone balance: (formation - resorption) / (formation + resorption)
     * beyond +-theta is blastic or lytic, in between mixed; with no bone turnover yet, the cumulative change.
     */
    LesionType lesionType(int site) {
        return unitLesionType(clinicalUnit(site));
    }

    /** The radiographic type of one unit ({@link #unit}), read as {@link #lesionType} reads a site. */
    LesionType unitLesionType(int unit) {
        double f = unitFormation(unit);
        double r = unitResorption(unit);
        double balance;
        if (f + r > 1e-12) {
            balance = (f - r) / (f + r);
        } else {
            balance = Math.signum(state[unit * D + ViciousCycle.BONE_MASS] - 100.0);
        }
        return LesionType.fromNetBalance(balance, mixedBand);
    }

    CalciumBalance calcium() {
        return calcium;
    }
}
