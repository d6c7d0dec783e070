package org.osteomet.sim;

import java.util.Arrays;

import org.apache.commons.rng.UniformRandomProvider;
import org.osteomet.anatomy.MirelsSiteClass;
import org.osteomet.anatomy.Site;
import org.osteomet.bone.LesionType;
import org.osteomet.clinical.BilskyGrade;
import org.osteomet.clinical.ClinicalParameters;
import org.osteomet.clinical.MirelsScore;
import org.osteomet.clinical.StandardOfCare;
import org.osteomet.param.ParameterSet;
import org.osteomet.physiology.CalciumParameters;
import org.osteomet.physiology.HypercalcaemiaGrade;
import org.osteomet.therapy.RadiotherapyFractionation;

/**
 * What the bone metastases do to the patient, step by step after diagnosis: bone pain, pathological
 * fracture and vertebral collapse, Mirels-guided prophylactic fixation, spinal cord compression
 * (Bilsky grade) and hypercalcaemia; and the standard of care's answers (radiotherapy, surgery), so that
 * skeletal-related events arise from the simulation. Draws come from the patient's CLINICAL stream; whether a vertebral
 * lesion grows toward the canal is drawn when it is founded, from its EPIDURAL stream ({@link #extendsTowardCanal}).
 */
final class Complications {
    private static final int S = Site.COUNT;
    private static final double MAX_PAIN = 10;
    /** Rounding error allowed when comparing day differences (days). */
    private static final double DAY_ROUNDING = 1e-6;
    private static final double SEVERE_PAIN = 7;

    /** Where complications report their events. */
    interface Sink {
        void event(double day, EventType type, Site site, double value, String detail);

        /** External-beam radiotherapy given to every lesion of a bone (linear-quadratic kill). */
        void irradiate(Site site, RadiotherapyFractionation fractionation);

        /** A symptom leads to imaging: the bone's metastases are found on {@code day}. */
        void reveal(Site site, double day);

        /** Hypercalcaemia calls for a rescue dose of the policy's bisphosphonate on {@code day}. */
        void treatHypercalcaemia(double day);
    }

    private final ParameterSet params;
    private final StandardOfCare policy;
    private final double painPerDecade;
    private final double painFloorCells;
    private final double painOsteolysis;
    private final double painMechanical;
    /** This patient's factor on every pain score (1 = median sensitivity). */
    private double painSensitivity = 1.0;
    /** Systemic bone loss from treatment (androgen deprivation): ln of the share of bone mineral kept, and its rate per day. */
    private double logBoneKept;
    private double boneLossPerDay;
    private final double painModerate;
    private final double strengthExponent;
    private final double fractureHazard;
    private final double fractureShape;
    private final double nonWeightBearingLoad;
    private final double tumourStrengthLoss;
    private final double epiduralShare;
    private final double retropulsionShare;
    /** Per site: vertebral body volume and compressing epidural volume of a spinal level (0 elsewhere). */
    private final double[] vertebralBodyCm3 = new double[S];
    private final double[] compressionCm3 = new double[S];
    /** Per spinal site: destroyed share of a vertebral body at which it collapses (f_col). */
    private final double[] collapseLoss = new double[S];
    /** Lesion rows the collapse flags start with; they grow, like the lesion table, for a patient with more. */
    private static final int INITIAL_LESION_ROWS = 64;
    private final double paralysisShare;
    private final double cellsPerCm3;
    /** Cells of a lesion of measurable size d_det (RECIST). */
    private final double measurableCells;
    private final double longBoneDiameterMm;
    private final double hypercalcaemiaDeath;
    private final double paralysisDeath;
    private final double[] calciumGrades;

    // Per-patient state.
    private final double[] pain = new double[S];
    private final boolean[] painReported = new boolean[S];
    private final boolean[] severeReported = new boolean[S];
    private final double[] lastRadiation = new double[S];
    private final int[] painCourses = new int[S];
    /** Decided after a site's first pain course: will a persisting or returning pain be irradiated again? */
    private final boolean[] retreatable = new boolean[S];
    private final double[] reliefUntil = new double[S];
    /** Sites whose pain calls for radiotherapy at this assessment, in atlas order; they share one course. */
    private final Site[] painCourseSites = new Site[S];
    private int painCourseSiteCount;
    /** Fractures per site so far: a site groups several bones (its units), each of which can fracture once. */
    private final int[] fractures = new int[S];
    private final boolean[] fixated = new boolean[S];
    private final boolean[] compressed = new boolean[S];
    /** Per spinal site: vertebral bodies collapsed silently (radiographic compression fractures, no symptom). */
    private final int[] collapsedVertebrae = new int[S];
    /** ... and how many of them skeletal surveys have seen. */
    private final int[] collapsesSeen = new int[S];
    /** Per spinal site, this step: its largest lesions, one per vertebra, largest first (at most its vertebrae). */
    private final double[][] vertebralLesionCells = new double[S][];
    /** ... and their rows in the patient's lesion table. */
    private final int[][] vertebralLesionRow = new int[S][];
    private final int[] vertebralLesionCount = new int[S];
    /** Per lesion row: its vertebral body has collapsed (it stays so, even if the lesion later shrinks). */
    private boolean[] lesionCollapsed = new boolean[INITIAL_LESION_ROWS];
    private final double[] largestLesionCells = new double[S];
    /** Per site, this step: lesions of measurable size (d_det), each taken to weaken its own bone. */
    private final int[] measurableLesions = new int[S];
    /** Whether {@link #addLesion} wrote the per-step lesion tallies since the last {@link #beginStep}. */
    private boolean lesionsTallied = true;
    /** Per spinal site: the largest of its lesions that extend toward the canal (0 if none). */
    private final double[] largestEpiduralCells = new double[S];
    /** Days of the SREs and of the pathological fractures so far (their counts are the lengths used). */
    private double[] sreDays = new double[16];
    private int sreCount;
    private double[] fractureDays = new double[16];
    private int fractureCount;
    private double firstSreDay;
    private double cordCompressionDay;
    private boolean paralysed;
    private int grade;
    private int maxGrade;
    /** Day of the last rescue dose for hypercalcaemia (NaN: none yet). */
    private double lastHypercalcaemiaDoseDay = Double.NaN;
    private double maxCalcium;
    private int maxMirels;
    private int analgesicStep;

    Complications(ParameterSet p, StandardOfCare policy) {
        this.params = p;
        this.policy = policy;
        this.painPerDecade = p.get(ClinicalParameters.PAIN_PER_DECADE);
        this.painFloorCells = p.get(ClinicalParameters.PAIN_FLOOR_CELLS);
        this.painOsteolysis = p.get(ClinicalParameters.PAIN_OSTEOLYSIS);
        this.painMechanical = p.get(ClinicalParameters.PAIN_MECHANICAL);
        this.painModerate = p.get(ClinicalParameters.PAIN_MODERATE);
        this.strengthExponent = p.get(ClinicalParameters.STRENGTH_EXPONENT);
        this.fractureHazard = p.get(ClinicalParameters.FRACTURE_HAZARD);
        this.fractureShape = p.get(ClinicalParameters.FRACTURE_SHAPE);
        this.nonWeightBearingLoad = p.get(ClinicalParameters.NON_WEIGHT_BEARING_LOAD);
        this.tumourStrengthLoss = p.get(ClinicalParameters.TUMOUR_STRENGTH_LOSS);
        this.epiduralShare = p.get(ClinicalParameters.EPIDURAL_SHARE);
        this.retropulsionShare = p.get(ClinicalParameters.RETROPULSION_SHARE);
        for (Site site : Site.BONES) {
            if (site.isSpinal()) {
                vertebralBodyCm3[site.ordinal()] = p.get(ClinicalParameters.vertebralBody(site));
                compressionCm3[site.ordinal()] = p.get(ClinicalParameters.epiduralCompression(site));
                collapseLoss[site.ordinal()] = p.get(ClinicalParameters.collapseLoss(site));
                vertebralLesionCells[site.ordinal()] = new double[site.units()];
                vertebralLesionRow[site.ordinal()] = new int[site.units()];
            }
        }
        this.paralysisShare = p.get(ClinicalParameters.PARALYSIS_SHARE);
        this.cellsPerCm3 = p.get(org.osteomet.spread.SpreadParameters.CELLS_PER_CM3);
        this.measurableCells = Spheres.cells(p.get(org.osteomet.spread.SpreadParameters.DETECTION_DIAMETER), cellsPerCm3);
        this.longBoneDiameterMm = p.get(ClinicalParameters.LONG_BONE_DIAMETER);
        this.hypercalcaemiaDeath = p.get(ClinicalParameters.HYPERCALCAEMIA_DEATH);
        this.paralysisDeath = p.get(ClinicalParameters.PARALYSIS_DEATH);
        this.calciumGrades = new double[] {p.get(CalciumParameters.CTCAE_ULN), p.get(CalciumParameters.CTCAE_GRADE2),
            p.get(CalciumParameters.CTCAE_GRADE3), p.get(CalciumParameters.CTCAE_GRADE4)};
    }

    /** Sets this patient's pain sensitivity (after {@link #reset}, which restores the median). */
    void setPainSensitivity(double factor) {
        painSensitivity = factor;
    }

    /**
     * Starts a treatment's own loss of bone from the whole skeleton at {@code lossPerYear} (share of bone mineral a year),
     * kept up to the end of follow-up; of several such treatments, the fastest loss holds.
     */
    void startSystemicBoneLoss(double lossPerYear) {
        if (lossPerYear > 0) {
            boneLossPerDay = Math.max(boneLossPerDay, -Math.log1p(-lossPerYear) / PatientSimulator.DAYS_PER_YEAR);
        }
    }

    /** Accrues the systemic bone loss over a step of {@code dt} days (before the step's assessment). */
    void accrueSystemicBoneLoss(double dt) {
        logBoneKept -= boneLossPerDay * dt;
    }

    /** Share of bone mineral the skeleton has lost to treatment (0 without). */
    double systemicBoneLoss() {
        return -Math.expm1(logBoneKept);
    }

    void reset() {
        painSensitivity = 1.0;
        logBoneKept = 0;
        boneLossPerDay = 0;
        Arrays.fill(pain, 0);
        Arrays.fill(painReported, false);
        Arrays.fill(severeReported, false);
        Arrays.fill(lastRadiation, Double.NEGATIVE_INFINITY);
        Arrays.fill(painCourses, 0);
        Arrays.fill(retreatable, false);
        Arrays.fill(reliefUntil, Double.NEGATIVE_INFINITY);
        Arrays.fill(fractures, 0);
        Arrays.fill(fixated, false);
        Arrays.fill(compressed, false);
        Arrays.fill(collapsedVertebrae, 0);
        Arrays.fill(collapsesSeen, 0);
        sreCount = 0;
        fractureCount = 0;
        firstSreDay = Double.NaN;
        cordCompressionDay = Double.NaN;
        paralysed = false;
        grade = 0;
        maxGrade = 0;
        lastHypercalcaemiaDoseDay = Double.NaN;
        maxCalcium = 0;
        maxMirels = 0;
        analgesicStep = 0;
        Arrays.fill(lesionCollapsed, false);
        lesionsTallied = true;
        beginStep();
    }

    void beginStep() {
        if (lesionsTallied) {
            Arrays.fill(largestLesionCells, 0);
            Arrays.fill(largestEpiduralCells, 0);
            Arrays.fill(measurableLesions, 0);
            Arrays.fill(vertebralLesionCount, 0);
            lesionsTallied = false;
        }
    }

    /** @param epidural the lesion grows toward the spinal canal ({@link #extendsTowardCanal}) */
    void addLesion(int site, double cells, boolean epidural, int row) {
        lesionsTallied = true;
        if (row >= lesionCollapsed.length) {
            lesionCollapsed = Arrays.copyOf(lesionCollapsed, Math.max(2 * lesionCollapsed.length, row + 1));
        }
        largestLesionCells[site] = Math.max(largestLesionCells[site], cells);
        if (cells >= measurableCells) {
            measurableLesions[site]++;
        }
        double[] largest = vertebralLesionCells[site];
        if (largest != null) {
            keepLargest(site, cells, row);
        }
        if (epidural) {
            largestEpiduralCells[site] = Math.max(largestEpiduralCells[site], cells);
        }
    }

    /**
     * Whether a new vertebral metastasis grows back toward the canal (p_epi): drawn once per lesion, so a region with
     * more involved vertebrae has more chances of one that can compress the cord.
     */
    boolean extendsTowardCanal(UniformRandomProvider rng) {
        return rng.nextDouble() < epiduralShare;
    }

    /** Assesses the patient at the end of a step (day {@code day}, step length dt) and reports events. */
    /**
     * @param known which sites have a detected metastasis: treatment (radiotherapy, fixation) needs a known lesion;
     *              a symptom at an unknown site (moderate pain, fracture, cord compression) leads to its detection
     */
    void assess(double day, double dt, Skeleton skeleton, boolean[] known, UniformRandomProvider rng, Sink sink) {
        painCourseSiteCount = 0;
        for (int i = 0; i < Site.boneCount(); i++) {
            Site site = Site.bone(i);
            int s = site.ordinal();
            if (!skeleton.involved(s)) {
                continue;
            }
            double z = skeleton.boneMassPercent(s);
            assessPain(day, site, skeleton, z, known[s], rng, sink);
            assessFracture(day, dt, site, skeleton, z, known[s], rng, sink);
            if (site.isSpinal()) {
                assessVertebralBody(site, skeleton);
                assessCord(day, site, known[s], rng, sink);
            }
        }
        irradiatePainfulSites(day, rng, sink);
        assessCalcium(day, skeleton, sink);
    }

    /**
     * One palliative course treats every site whose pain called for it at this assessment: several fields in one course
     * are one radiation-to-bone SRE, as a trial records a course, not its fields. The event names the most painful site
     * and lists the others.
     */
    private void irradiatePainfulSites(double day, UniformRandomProvider rng, Sink sink) {
        // a bone irradiated for cord compression at this assessment needs no second course for its pain
        int kept = 0;
        for (int k = 0; k < painCourseSiteCount; k++) {
            if (lastRadiation[painCourseSites[k].ordinal()] < day) {
                painCourseSites[kept++] = painCourseSites[k];
            }
        }
        painCourseSiteCount = kept;
        if (painCourseSiteCount == 0) {
            return;
        }
        StandardOfCare.PainRadiotherapy rt = policy.painRadiotherapy();
        Site main = painCourseSites[0];
        for (int k = 1; k < painCourseSiteCount; k++) {
            if (pain[painCourseSites[k].ordinal()] > pain[main.ordinal()]) {
                main = painCourseSites[k];
            }
        }
        StringBuilder detail = new StringBuilder("pain");
        String separator = "; same course: ";
        for (int k = 0; k < painCourseSiteCount; k++) {
            Site site = painCourseSites[k];
            if (site != main) {
                detail.append(separator).append(site.displayName());
                separator = ", ";
            }
        }
        RadiotherapyFractionation f = rt.fractionation();
        sre(day, EventType.RADIATION_TO_BONE, main, f.dosePerFractionGy() * f.fractions(), detail.toString(), sink);
        for (int k = 0; k < painCourseSiteCount; k++) {
            Site site = painCourseSites[k];
            int s = site.ordinal();
            lastRadiation[s] = day;
            painCourses[s]++;
            if (policy.radiotherapyKillsTumour()) {
                sink.irradiate(site, f);
            }
            boolean responded = rng.nextDouble() < rt.responseProbability();
            if (responded) {
                reliefUntil[s] = day + rt.responseDurationDays();
            }
            if (painCourses[s] == 1) {
                // whether a pain that persists (non-responder) or returns (after relief) is irradiated again
                retreatable[s] = rng.nextDouble() < (responded ? rt.retreatmentShareAfterRelapse() : rt.retreatmentShareNonresponders());
            }
        }
    }

    /**
     * The WHO ladder follows the worst pain at a known site; steps only go up (opioids are rarely stopped), and the
     * ladder is climbed before radiotherapy is considered for pain it does not control.
     */
    private void climbAnalgesicLadder(double day, double sitePain, Sink sink) {
        int step = policy.analgesics().stepFor(sitePain);
        if (step > analgesicStep) {
            analgesicStep = step;
            sink.event(day, EventType.ANALGESIC_STEP, null, step, StandardOfCare.Analgesics.stepName(step));
        }
    }

    private void assessPain(double day, Site site, Skeleton skeleton, double z, boolean known, UniformRandomProvider rng, Sink sink) {
        int s = site.ordinal();
        double cells = skeleton.tumourCells(s);
        double raw = painPerDecade * Math.max(0, Math.log10(Math.max(cells, 1) / painFloorCells))
                + painOsteolysis * skeleton.remodellingActivity(s)
                + painMechanical * Math.max(0, 100 - z) / 10 * (site.isWeightBearing() ? 1.0 : nonWeightBearingLoad);
        raw *= painSensitivity;
        if (day < reliefUntil[s]) {
            raw *= 1 - policy.painRadiotherapy().reliefFraction();
        }
        pain[s] = Math.min(MAX_PAIN, raw);
        if (!known) {
            if (pain[s] >= painModerate) {
                sink.reveal(site, day); // reported and treated once the lesion is known, from the next step
            }
            return;
        }
        climbAnalgesicLadder(day, pain[s], sink);
        if (!painReported[s] && pain[s] >= painModerate) {
            painReported[s] = true;
            sink.event(day, EventType.BONE_PAIN, site, round1(pain[s]), "moderate");
        }
        if (!severeReported[s] && pain[s] >= SEVERE_PAIN) {
            severeReported[s] = true;
            sink.event(day, EventType.BONE_PAIN, site, round1(pain[s]), "severe");
        }
        StandardOfCare.PainRadiotherapy rt = policy.painRadiotherapy();
        if (pain[s] >= rt.painThreshold() && day - lastRadiation[s] >= rt.retreatmentIntervalDays() && day >= reliefUntil[s]
                && painCourses[s] < rt.maxCoursesPerSite() && (painCourses[s] == 0 || retreatable[s])) {
            painCourseSites[painCourseSiteCount++] = site; // treated in this assessment's course
        }
    }

    private void radiate(double day, Site site, String reason, RadiotherapyFractionation fractionation, Sink sink) {
        lastRadiation[site.ordinal()] = day;
        sre(day, EventType.RADIATION_TO_BONE, site, fractionation.dosePerFractionGy() * fractionation.fractions(), reason, sink);
        if (policy.radiotherapyKillsTumour()) {
            sink.irradiate(site, fractionation);
        }
    }

    private void assessFracture(double day, double dt, Site site, Skeleton skeleton, double z, boolean known, UniformRandomProvider rng,
                                Sink sink) {
        int s = site.ordinal();
        int weakened = weakenedBones(site);
        if (fractures[s] >= weakened) {
            return;
        }
        if (known && site.mirelsSiteClass() != MirelsSiteClass.NOT_SCORED && skeleton.tumourCells(s) > 0 && !fixated[s]) {
            LesionType type = skeleton.lesionType(s);
            double diameter = Spheres.diameterMm(largestLesionCells[s], cellsPerCm3);
            int mirels = MirelsScore.of(site, type, Math.min(1, diameter / longBoneDiameterMm), pain[s]);
            maxMirels = Math.max(maxMirels, mirels);
            if (mirels >= policy.prophylacticFixation().mirelsThreshold()) {
                fixated[s] = true;
                sre(day, EventType.SURGERY_TO_BONE, site, mirels, "prophylactic fixation (Mirels " + mirels + ")", sink);
                return;
            }
        }
        if (fixated[s]) {
            return;
        }
        // the site's own loss (z, % of normal bone mass), on a skeleton thinned by treatment where a metastasis of
        // measurable size weakens the bone (the same rule as for its vertebral bodies)
        double thinning = measurableLesions[s] > 0 ? systemicBoneLoss() : 0;
        double mineralLoss = thinning + (1 - thinning) * Math.max(0, 100 - z) / 100;
        // the largest lesion's vertebra: once its body has lost f_col, it collapses
        if (site.isSpinal() && fractures[s] == 0 && mineralLoss >= collapseLoss[s]) {
            fracture(day, site, "vertebral collapse", known, rng, sink);
            return;
        }
        // Tumour-filled bone is weaker than its mineral says (woven in blastic lesions).
        double loss = Math.min(1, mineralLoss + tumourStrengthLoss * skeleton.tumourFraction(s));
        // the site's hazard is shared by its weakened bones; those already broken are out of it
        double intactShare = (double) (weakened - fractures[s]) / weakened;
        if (rng.nextDouble() < -Math.expm1(-fractureHazard(loss, site.isWeightBearing()) * intactShare * dt)) {
            fracture(day, site, "pathological fracture", known, rng, sink);
        }
    }

    /**
     * Bones of a site weakened by tumour: one per lesion of measurable size, at most the site's units (12 thoracic
     * vertebrae, 24 ribs...), and at least one, the bone of its largest lesion. Each can fracture once, so a region with
     * several lytic vertebrae can have several fractures, each an SRE, as the trials counted them.
     */
    int weakenedBones(Site site) {
        return Math.max(1, Math.min(site.units(), measurableLesions[site.ordinal()]));
    }

    /**
     * Fracture hazard (per day) of a region that has lost a share {@code loss} of its bone mass: strength falls as
     * (1 - loss)^n_S (Carter & Hayes), and the hazard rises as the lost strength to the power n_F, scaled by load.
     */
    double fractureHazard(double loss, boolean weightBearing) {
        double strength = Math.pow(1 - Math.min(1, Math.max(0, loss)), strengthExponent);
        double load = weightBearing ? 1.0 : nonWeightBearingLoad;
        return fractureHazard * load * Math.pow(1 - strength, fractureShape);
    }

    private void fracture(double day, Site site, String what, boolean known, UniformRandomProvider rng, Sink sink) {
        if (!known) {
            sink.reveal(site, day);
        }
        fractures[site.ordinal()]++;
        countFracture(day);
        sre(day, EventType.PATHOLOGICAL_FRACTURE, site, Double.NaN, what, sink);
        boolean longBone = site.mirelsSiteClass() != MirelsSiteClass.NOT_SCORED;
        StandardOfCare.FractureSurgery surgery = policy.fractureSurgery();
        if (rng.nextDouble() < (longBone ? surgery.longBoneProbability() : surgery.otherProbability())) {
            sre(day, EventType.SURGERY_TO_BONE, site, Double.NaN, "fixation of fracture", sink);
        }
    }

    /** Inserts a lesion among the site's largest ones (one per vertebra, largest first), dropping the smallest if full. */
    private void keepLargest(int site, double cells, int row) {
        double[] largest = vertebralLesionCells[site];
        int[] rows = vertebralLesionRow[site];
        int n = vertebralLesionCount[site];
        if (n == largest.length && cells <= largest[n - 1]) {
            return;
        }
        int k = n == largest.length ? n - 1 : n;
        while (k > 0 && largest[k - 1] < cells) {
            largest[k] = largest[k - 1];
            rows[k] = rows[k - 1];
            k--;
        }
        largest[k] = cells;
        rows[k] = row;
        vertebralLesionCount[site] = Math.min(largest.length, n + 1);
    }

    /** The site's largest lesions this step, cells, largest first (for tests). */
    double[] largestVertebralLesions(Site site) {
        double[] largest = vertebralLesionCells[site.ordinal()];
        return largest == null ? new double[0] : Arrays.copyOf(largest, vertebralLesionCount[site.ordinal()]);
    }

    private void assessVertebralBody(Site site, Skeleton skeleton) {
        assessVertebralBodies(site, skeleton.resorptionShare(site.ordinal()));
    }

    /**
     * Silent vertebral compression: each of the site's largest lesions, one per vertebra, weakens its vertebral body
     * (its share of V_vb) as far as {@link #weakenedBodyShare} says, with the site's resorbed share; a body collapses
     * when that reaches the level's f_col (Taneichi 1997), and stays collapsed. No draw and no event: the fractures are
     * found only by imaging (a protocol skeletal survey, {@link #survey}); symptomatic fractures are
     * {@link #assessFracture}'s.
     */
    void assessVertebralBodies(Site site, double resorbedShare) {
        int s = site.ordinal();
        for (int k = 0; k < vertebralLesionCount[s]; k++) {
            double cells = vertebralLesionCells[s][k];
            double bodyShare = Math.min(1, cells / cellsPerCm3 / vertebralBodyCm3[s]);
            // treatment's thinning counts where the metastasis is of measurable size, as for symptomatic fractures
            double thinning = cells >= measurableCells ? systemicBoneLoss() : 0;
            if (!collapses(site, weakenedBodyShare(bodyShare, resorbedShare, thinning))) {
                break; // the rest are smaller
            }
            int row = vertebralLesionRow[s][k];
            if (!lesionCollapsed[row]) {
                lesionCollapsed[row] = true;
                collapsedVertebrae[s] = Math.min(site.units(), collapsedVertebrae[s] + 1);
            }
        }
    }

    /**
     * Share of a vertebral body that no longer bears load: the lesion's share of the body times what it has done to its
     * bone, the resorbed share (r / (r + f): near 1 lytic, near 0 blastic, lowered by a resorption inhibitor) plus the
     * rest, woven tumour bone, weakened by q_T as for symptomatic fractures; on a body that treatment has thinned by
     * {@code thinning} (share of its bone lost), L + (1 - L) x that.
     */
    double weakenedBodyShare(double bodyShare, double resorbedShare, double thinning) {
        double byLesion = bodyShare * (resorbedShare + tumourStrengthLoss * (1 - resorbedShare));
        return thinning + (1 - thinning) * byLesion;
    }

    /** Whether a spinal level whose body has lost {@code weakenedShare} of its strength collapses (f_col of its region). */
    boolean collapses(Site site, double weakenedShare) {
        if (!site.isSpinal()) {
            throw new IllegalArgumentException("not a spinal level: " + site);
        }
        return weakenedShare >= collapseLoss[site.ordinal()];
    }

    /**
     * A protocol skeletal survey on {@code day}: every silent vertebral compression fracture not seen before is found
     * (and its bone's metastases with it). On study each counts as a pathological fracture, as the trials counted
     * radiographic vertebral fractures; the baseline survey ({@code baseline}) records what was there at entry, which no
     * trial counts as an on-study event. A site's symptomatic fractures are taken to be its most involved vertebrae, so
     * a collapse there is not counted again; a collapsed vertebra cannot fracture again later.
     *
     * @return the fractures the survey found and counted
     */
    int survey(double day, boolean baseline, Sink sink) {
        int found = 0;
        for (int i = 0; i < Site.boneCount(); i++) {
            Site site = Site.bone(i);
            int s = site.ordinal();
            if (collapsedVertebrae[s] <= collapsesSeen[s]) {
                continue;
            }
            sink.reveal(site, day);
            for (int v = collapsesSeen[s]; v < collapsedVertebrae[s]; v++) {
                if (v < fractures[s]) {
                    continue; // this vertebra's fracture was symptomatic, and counted then
                }
                // a collapsed vertebra pushes bone back toward the canal (assessCord)
                fractures[s]++;
                if (!baseline) {
                    countFracture(day);
                    found++;
                    sre(day, EventType.PATHOLOGICAL_FRACTURE, site, Double.NaN, "vertebral compression fracture found on skeletal survey", sink);
                }
            }
            collapsesSeen[s] = collapsedVertebrae[s];
        }
        return found;
    }

    private void assessCord(double day, Site site, boolean known, UniformRandomProvider rng, Sink sink) {
        int s = site.ordinal();
        if (compressed[s]) {
            return;
        }
        if (largestEpiduralCells[s] == 0 && fractures[s] == 0) {
            return;
        }
        BilskyGrade g = bilsky(site, largestEpiduralCells[s] / cellsPerCm3, 0);
        if (fractures[s] > 0) {
            // A collapsed vertebra (the largest lesion's) pushes bone and tumour back into the canal.
            BilskyGrade collapsed = bilsky(site, largestLesionCells[s] / cellsPerCm3, retropulsionShare * compressionCm3[s]);
            g = collapsed.compareTo(g) > 0 ? collapsed : g;
        }
        if (!g.compressesCord()) {
            return;
        }
        compressed[s] = true;
        if (!known) {
            sink.reveal(site, day);
        }
        if (Double.isNaN(cordCompressionDay)) {
            cordCompressionDay = day;
        }
        boolean paralysis = rng.nextDouble() < paralysisShare;
        paralysed |= paralysis;
        String symptoms = paralysis ? "paralysis, numbness, urinary retention" : "numbness, weakness, urinary problems";
        sre(day, EventType.SPINAL_CORD_COMPRESSION, site, Double.NaN, "Bilsky " + g.label() + ": " + symptoms, sink);
        StandardOfCare.CordCompression soc = policy.cordCompression();
        if (rng.nextDouble() < soc.decompressionProbability()) {
            sre(day, EventType.SURGERY_TO_BONE, site, Double.NaN, "decompression", sink);
        }
        if (rng.nextDouble() < soc.radiotherapyProbability()) {
            radiate(day, site, "cord compression", soc.fractionation(), sink);
        }
    }

    /**
     * Bilsky grade of a spinal level whose lesion has {@code lesionCm3} of tumour: what overflows the level's vertebral body
     * (plus retropulsed bone) against the level's compressing volume (cord at C/T levels, cauda equina at lumbar ones).
     */
    BilskyGrade bilsky(Site site, double lesionCm3, double retropulsionCm3) {
        int s = site.ordinal();
        if (!site.isSpinal()) {
            throw new IllegalArgumentException("not a spinal level: " + site);
        }
        return BilskyGrade.of(Math.max(0, lesionCm3 - vertebralBodyCm3[s]) + retropulsionCm3, compressionCm3[s]);
    }

    private void assessCalcium(double day, Skeleton skeleton, Sink sink) {
        double ca = skeleton.calcium().serumCalciumMmolPerL();
        maxCalcium = Math.max(maxCalcium, ca);
        int g = HypercalcaemiaGrade.of(ca, calciumGrades[0], calciumGrades[1], calciumGrades[2], calciumGrades[3]);
        if (g > grade && g > 0) {
            sink.event(day, EventType.HYPERCALCAEMIA, null, round2(ca), "grade " + g + ": " + HypercalcaemiaGrade.symptoms(g));
            if (policy.countHypercalcaemiaAsSre() && grade == 0) {
                sre(day, EventType.HYPERCALCAEMIA_SRE, null, round2(ca), "new episode counted as an SRE by the policy", sink);
            }
        }
        grade = g;
        maxGrade = Math.max(maxGrade, g);
        StandardOfCare.HypercalcaemiaTreatment treatment = policy.hypercalcaemiaTreatment();
        // days are sums of step lengths: a week may come out a rounding error short of 7
        if (treatment.treats() && g >= treatment.fromGrade()
                && !(day - lastHypercalcaemiaDoseDay < treatment.retreatmentIntervalDays() - DAY_ROUNDING)) {
            lastHypercalcaemiaDoseDay = day;
            sink.event(day, EventType.HYPERCALCAEMIA_TREATED, null, round2(ca), treatment.drug().replace('-', ' ') + ", one intravenous dose");
            sink.treatHypercalcaemia(day);
        }
    }

    /**
     * Systemic therapy has changed on progression (a new line, or the last one stopped): when the policy counts it and a
     * known bone metastasis hurts at least moderately (pain of the last assessment), the change is an SRE, as Saad 2002
     * counted "a change of antineoplastic therapy to treat bone pain"; the site named is the most painful one.
     */
    void systemicTherapyChangedOnProgression(double day, boolean[] known, String change, Sink sink) {
        if (!policy.countsTherapyChangeForBonePainAsSre()) {
            return;
        }
        Site worst = null;
        for (int i = 0; i < Site.boneCount(); i++) {
            Site site = Site.bone(i);
            int s = site.ordinal();
            if (known[s] && pain[s] >= painModerate && (worst == null || pain[s] > pain[worst.ordinal()])) {
                worst = site;
            }
        }
        if (worst != null) {
            sre(day, EventType.THERAPY_CHANGE_FOR_BONE_PAIN, worst, round1(pain[worst.ordinal()]), change, sink);
        }
    }

    private void sre(double day, EventType type, Site site, double value, String detail, Sink sink) {
        countSre(day);
        sink.event(day, type, site, value, detail);
    }

    private void countFracture(double day) {
        if (fractureCount == fractureDays.length) {
            fractureDays = Arrays.copyOf(fractureDays, 2 * fractureCount);
        }
        fractureDays[fractureCount++] = day;
    }

    private void countSre(double day) {
        if (sreCount == sreDays.length) {
            sreDays = Arrays.copyOf(sreDays, 2 * sreCount);
        }
        sreDays[sreCount++] = day;
        if (Double.isNaN(firstSreDay)) {
            firstSreDay = day;
        }
    }

    /** Extra death hazard from the complications (per day). */
    double hypercalcaemiaHazard() {
        return grade >= 4 ? hypercalcaemiaDeath : 0;
    }

    double paralysisHazard() {
        return paralysed ? paralysisDeath : 0;
    }

    double pain(int site) {
        return pain[site];
    }

    /**
     * What the complications came to by day {@code end} (the end of observation: a patient who left a study alive in the
     * step of entry is not counted for the rest of that step); the maxima are over the whole course simulated.
     */
    SkeletalSummary summary(double end) {
        double firstSre = firstSreDay <= end ? firstSreDay : Double.NaN;
        double scc = cordCompressionDay <= end ? cordCompressionDay : Double.NaN;
        return new SkeletalSummary(firstSre, countThrough(sreDays, sreCount, end), countThrough(fractureDays, fractureCount, end), scc,
                maxCalcium, maxGrade, maxMirels, analgesicStep);
    }

    private static int countThrough(double[] days, int n, double end) {
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (days[i] <= end) {
                k++;
            }
        }
        return k;
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
