package org.osteomet.sim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.rng.UniformRandomProvider;
import org.osteomet.anatomy.Site;
import org.osteomet.anatomy.SiteClass;
import org.osteomet.bone.LesionType;
import org.osteomet.clinical.ClinicalParameters;
import org.osteomet.clinical.DeathCause;
import org.osteomet.clinical.StandardOfCare;
import org.osteomet.therapy.BoneTargetedAgent;
import org.osteomet.therapy.HypercalcaemiaRescue;
import org.osteomet.therapy.Radiotherapy;
import org.osteomet.therapy.RadiotherapyFractionation;
import org.osteomet.therapy.RadiumCourse;
import org.osteomet.clinical.MortalityParameters;
import org.osteomet.param.ParameterSet;
import org.osteomet.random.Draws;
import org.osteomet.random.PatientStreams;
import org.osteomet.random.PatientStreams.Process;
import org.osteomet.spread.Circulation;
import org.osteomet.spread.Dissemination;
import org.osteomet.spread.DormantPools;
import org.osteomet.spread.SpreadParameters;
import org.osteomet.tumour.CancerProfile;
import org.osteomet.tumour.CancerType;
import org.osteomet.tumour.Gompertz;

/**
 * Simulates one patient from the moment the primary tumour is vascularised to death or the end of
 * follow-up, in weekly steps with exact event times inside a step. Immutable and thread-safe: all mutable
 * state lives in a {@link Workspace}, one per thread.
 *
 * <p>Patients are sampled conditional on being diagnosed: no death is drawn before diagnosis.
 */
public final class PatientSimulator {
    public static final double DAYS_PER_YEAR = 365.25;
    /** Simulation step; growth, dormancy and hazards are exact or piecewise constant over it. */
    public static final double STEP_DAYS = 7.0;
    /** How long after diagnosis a patient is followed waiting for an entry event before being screened out. */
    public static final double MAX_SCREENING_DAYS = 60 * DAYS_PER_YEAR;
    private static final int S = Site.COUNT;
    private static final double MIN_AGE_Y = 18;
    private static final double MAX_AGE_Y = 100;

    private final ParameterSet params;
    private final StandardOfCare policy;
    private final BoneTargetedAgent agent;
    private final double[] logSurvivingFraction = new double[RadiotherapyFractionation.values().length];
    private final CancerProfile profile;
    private final Dissemination dissemination;
    private final double[] dormantDeath = new double[S];
    private final double[] awakening = new double[S];
    private final double alpha;
    private final double cellsPerCm3;
    private final double logDetect;
    /** ln cells of the smallest nodal deposit that makes the stage regional at diagnosis (d_N: pathology or imaging). */
    private final double logNodalStaging;
    private final double nodeSectionIntervalMm;
    private final double logPresent;
    private final double logAvascularLimit;
    private final double avascularRate;
    private final double switchRate;
    private final int maxLesionsPerSite;
    private final double painSensitivityLogSd;
    /** Most lesions founded at each site: the numerical bound, and for a bone also its units times M_unit. */
    private final int[] siteLesionLimit = new int[Site.COUNT];
    private final double instigationMaxFold;
    private final double instigationHalfBurden;
    private final double logBoneCapacity;
    private final double logVisceralCapacity;
    private final double logPrimaryCapacity;
    private final double logPrimaryStart;
    private final double growthDriftSd;
    private final double driveDriftSd;
    private final double blasticCloneDrive;
    private final double sensitivityDriftSd;
    private final double makehamA;
    private final double gompertzB;
    private final double gompertzC;
    private final double hazardAtLethal;
    private final double hazardShape;
    private final double lethalTotal;
    private final double lethalLiver;
    private final double lethalLung;
    private final double lethalBrain;
    private final double lethalMarrow;
    private final double prevalentWindowDays;
    /** A marrow cancer: stage distant at diagnosis, no local treatment, systemic lines from diagnosis. */
    private final boolean disseminatedAtDiagnosis;

    public PatientSimulator(ParameterSet p, CancerType type) {
        this(p, type, StandardOfCare.defaults());
    }

    public PatientSimulator(ParameterSet p, CancerType type, StandardOfCare policy) {
        this(p, type, policy, BoneTargetedAgent.PLACEBO);
    }

    /**
     * @param agent bone-targeted treatment added to the standard of care from entry (or from the first bone
     *              metastasis, if later)
     */
    public PatientSimulator(ParameterSet p, CancerType type, StandardOfCare policy, BoneTargetedAgent agent) {
        this.params = p;
        this.policy = policy;
        this.agent = agent;
        Radiotherapy radiotherapy = new Radiotherapy(p);
        for (RadiotherapyFractionation f : RadiotherapyFractionation.values()) {
            logSurvivingFraction[f.ordinal()] = Math.log(radiotherapy.survivingFraction(f));
        }
        this.profile = CancerProfile.of(p, type);
        this.disseminatedAtDiagnosis = type.origin().disseminatedAtDiagnosis();
        this.dissemination = new Dissemination(p, profile, new Circulation(p));
        for (Site s : Site.ALL) {
            boolean bone = s.isBone();
            dormantDeath[s.ordinal()] = p.get(bone ? SpreadParameters.DORMANT_DEATH_BONE : SpreadParameters.DORMANT_DEATH_VISCERAL);
            awakening[s.ordinal()] = Dissemination.awakeningRate(p, profile, s);
        }
        this.alpha = dissemination.sheddingExponent();
        this.cellsPerCm3 = p.get(SpreadParameters.CELLS_PER_CM3);
        this.logDetect = Math.log(cellsForDiameter(p.get(SpreadParameters.DETECTION_DIAMETER)));
        this.logPresent = Math.log(cellsForDiameter(p.get(SpreadParameters.PRESENTATION_DIAMETER)));
        this.logNodalStaging = Math.log(cellsForDiameter(profile.nodalStagingDiameterMm()));
        this.nodeSectionIntervalMm = p.get(ClinicalParameters.SENTINEL_NODE_SECTION_INTERVAL_MM);
        this.logAvascularLimit = Math.log(p.get(SpreadParameters.AVASCULAR_LIMIT));
        this.avascularRate = Math.log(2.0) / p.get(SpreadParameters.AVASCULAR_DOUBLING_TIME);
        this.switchRate = p.get(SpreadParameters.ANGIOGENIC_SWITCH_RATE);
        this.maxLesionsPerSite = (int) Math.min(Integer.MAX_VALUE, Math.floor(p.get(SpreadParameters.MAX_LESIONS_PER_SITE)));
        this.painSensitivityLogSd = p.get(ClinicalParameters.PAIN_SENSITIVITY_LOG_SD);
        double perUnit = p.get(SpreadParameters.LESIONS_PER_BONE_UNIT);
        for (Site s : Site.ALL) {
            siteLesionLimit[s.ordinal()] = s.isBone()
                    ? (int) Math.min(maxLesionsPerSite, Math.max(1, Math.floor(s.units() * perUnit)))
                    : maxLesionsPerSite;
        }
        this.instigationMaxFold = p.get(SpreadParameters.INSTIGATION_MAX_FOLD);
        this.instigationHalfBurden = p.get(SpreadParameters.INSTIGATION_HALF_BURDEN);
        this.logBoneCapacity = Math.log(p.get(SpreadParameters.BONE_LESION_CAPACITY));
        this.logVisceralCapacity = Math.log(p.get(SpreadParameters.VISCERAL_LESION_CAPACITY));
        this.logPrimaryCapacity = Math.log(p.get(SpreadParameters.PRIMARY_CAPACITY));
        this.logPrimaryStart = Math.log(p.get(SpreadParameters.PRIMARY_START_CELLS));
        this.growthDriftSd = p.get(SpreadParameters.GROWTH_DRIFT_SD);
        this.driveDriftSd = p.get(SpreadParameters.DRIVE_DRIFT_SD);
        this.blasticCloneDrive = p.get(SpreadParameters.BLASTIC_CLONE_DRIVE);
        this.sensitivityDriftSd = p.get(SpreadParameters.SENSITIVITY_DRIFT_SD);
        this.makehamA = p.get(MortalityParameters.MAKEHAM_A);
        this.gompertzB = p.get(MortalityParameters.GOMPERTZ_B);
        this.gompertzC = p.get(MortalityParameters.GOMPERTZ_C);
        this.hazardAtLethal = p.get(MortalityParameters.HAZARD_AT_LETHAL);
        this.hazardShape = p.get(MortalityParameters.HAZARD_SHAPE);
        this.lethalTotal = p.get(MortalityParameters.LETHAL_TOTAL);
        this.lethalLiver = p.get(MortalityParameters.LETHAL_LIVER);
        this.lethalLung = p.get(MortalityParameters.LETHAL_LUNG);
        this.lethalBrain = p.get(MortalityParameters.LETHAL_BRAIN);
        this.lethalMarrow = p.get(MortalityParameters.LETHAL_MARROW);
        this.prevalentWindowDays = p.get(org.osteomet.clinical.ClinicalParameters.PREVALENT_ENROLMENT_WINDOW) * DAYS_PER_YEAR;
        if (logDetect >= logBoneCapacity || logDetect >= logVisceralCapacity) {
            throw new IllegalArgumentException("spread.detection_diameter_mm: a lesion that size exceeds the lesion carrying capacity");
        }
    }

    public CancerType type() {
        return profile.type();
    }

    public CancerProfile profile() {
        return profile;
    }

    /** Cells in a sphere of the given diameter. */
    double cellsForDiameter(double diameterMm) {
        return Spheres.cells(diameterMm, cellsPerCm3);
    }

    double diameterMm(double logCells) {
        return Spheres.diameterMm(Math.exp(logCells), cellsPerCm3);
    }

    public Workspace newWorkspace() {
        return newWorkspace(true);
    }

    /** @param keepHiddenEvents keep the hidden biological events too (see {@link Workspace}) */
    public Workspace newWorkspace(boolean keepHiddenEvents) {
        return new Workspace(new DormantPools(dormantDeath, awakening), new Skeleton(params, profile.type()), new Complications(params, policy),
                keepHiddenEvents);
    }

    /** Convenience for a single patient with a fresh workspace. */
    public PatientOutcome run(long patientId, PatientStreams streams, Entry entry, double followUpDays, StepObserver observer) {
        return run(patientId, streams, entry, followUpDays, newWorkspace(), observer);
    }

    public PatientOutcome run(long patientId, PatientStreams streams, Entry entry, double followUpDays, Workspace ws,
                              StepObserver observer) {
        return new Run(patientId, streams, entry, followUpDays, ws, observer).execute();
    }

    /** The mutable state of one patient's simulation. */
    private final class Run {
        private final long id;
        private final Entry entry;
        private final double followUp;
        private final Workspace ws;
        private final LesionTable t;
        private final StepObserver observer;
        private final UniformRandomProvider spread;
        private final UniformRandomProvider mortality;
        private final UniformRandomProvider clinical;
        private final Skeleton skeleton;
        private final Complications complications;
        private final BoneTargetedAgent.Course course;
        private final HypercalcaemiaRescue rescue;
        private final UniformRandomProvider therapyRng;
        private final UniformRandomProvider enrolment;
        /** Stream of the hidden events that nothing else depends on; null when they are not kept. */
        private final UniformRandomProvider hidden;
        private final UniformRandomProvider epiduralRng;
        private final UniformRandomProvider stagingRng;
        /** Whether founded metastases are osteoblastic subclones: null for a cancer without them. */
        private final UniformRandomProvider phenotype;
        /** The withdrawal stream, seeded per patient; drawn once at entry when the protocol has withdrawals. */
        private final PatientStreams streams;
        /** Day the patient leaves the study alive, NaN if never (or not before the end of follow-up). */
        private double withdrawalDay = Double.NaN;
        private final RadiumCourse radium;
        private final List<StandardOfCare.SystemicLine> lines;
        /** Index of the current systemic line, -1 before the first. */
        private int line = -1;
        private double lineKill;
        private double lineResistance;
        /** The primary's adjuvant course in the policy (null: none), and the day this patient's ends (NaN: not given). */
        private final StandardOfCare.AdjuvantCourse adjuvant;
        private double adjuvantEndDay = Double.NaN;
        /** Day a lesion resistant to the first line was detected (progression), NaN before. */
        private double firstProgressionDay = Double.NaN;
        private boolean courseStarted;
        /** Day a prevalent-pool entry enrols the patient if alive then, NaN until eligible. */
        private double pendingEntryDay = Double.NaN;
        /** Day of the next protocol skeletal survey (the first is the baseline at entry), NaN before entry. */
        private double nextSurveyDay = Double.NaN;
        private double ocSuppression;
        private final double potential;
        private final double ageAtPrimaryDiagnosis;
        private final double primaryDiagnosisDay;
        private final double primaryDiameterAtDiagnosis;

        private double diagnosisDay = Double.NaN;
        /** Deposits founded at a site already holding M_site metastases, not followed. */
        private long depositsNotFollowed;
        private double presentationDay = Double.POSITIVE_INFINITY;
        private double entryDay = Double.NaN;
        /** Type of each bone with a detected metastasis at entry, as it was at entry. */
        private final Map<Site, LesionType> typesAtEntry = new EnumMap<>(Site.class);
        private final Map<Site, LesionType> blasticCloneTypesAtEntry = new EnumMap<>(Site.class);
        private double endDay = Double.POSITIVE_INFINITY;
        private double deathDay = Double.NaN;
        private DeathCause deathCause;
        private Stage stage;
        private double diameterAtDiagnosis = Double.NaN;
        private double firstMetDay = Double.NaN;
        private Site firstMetSite;
        private double firstBoneDay = Double.NaN;
        // Burdens at the end of the current step, cells.
        private double burdenTotal;
        private double burdenLiver;
        private double burdenLung;
        private double burdenBrain;
        private double burdenBone;

        Run(long id, PatientStreams streams, Entry entry, double followUp, Workspace ws, StepObserver observer) {
            this.id = id;
            this.entry = entry;
            this.followUp = followUp;
            this.ws = ws;
            this.t = ws.lesions;
            this.observer = observer;
            UniformRandomProvider traits = streams.stream(id, Process.TRAITS);
            this.spread = streams.stream(id, Process.SPREAD);
            this.mortality = streams.stream(id, Process.MORTALITY);
            this.clinical = streams.stream(id, Process.CLINICAL);
            this.skeleton = ws.skeleton;
            this.complications = ws.complications;
            this.course = agent.course(params);
            this.rescue = HypercalcaemiaRescue.of(policy.hypercalcaemiaTreatment().drug(), params);
            this.therapyRng = streams.stream(id, Process.THERAPY);
            this.enrolment = entry.prevalent() ? streams.stream(id, Process.ENROLMENT) : null;
            this.hidden = ws.keepHiddenEvents ? streams.stream(id, Process.HIDDEN) : null;
            this.epiduralRng = streams.stream(id, Process.EPIDURAL);
            this.stagingRng = streams.stream(id, Process.STAGING);
            this.phenotype = profile.blasticCloneProbability() > 0 ? streams.stream(id, Process.PHENOTYPE) : null;
            this.streams = streams;
            this.radium = agent.isRadionuclide() ? new RadiumCourse(params) : null;
            this.lines = policy.systemicLines(profile.type().code());
            this.adjuvant = policy.adjuvantCourse(profile.type().code());
            ws.events.clear();
            t.clear();
            ws.pools.clear();
            skeleton.reset();
            complications.reset();
            java.util.Arrays.fill(ws.knownSites, false);

            // Patient traits, always drawn in this order.
            this.ageAtPrimaryDiagnosis = clamp(profile.ageMedianYears() + profile.ageSdYears() * Draws.normal(traits), MIN_AGE_Y, MAX_AGE_Y);
            double diameter = profile.primaryDiameterMedianMm() * Math.exp(profile.primaryDiameterLogSd() * Draws.normal(traits));
            double growthLog = profile.doublingTimeLogSd() * Draws.normal(traits);
            this.potential = Math.exp(profile.metastaticPotentialLogSd() * Draws.normal(traits));
            double drive = clamp(profile.osteoblasticDriveMean() + profile.osteoblasticDriveSd() * Draws.normal(traits), -1, 1);
            complications.setPainSensitivity(Math.exp(painSensitivityLogSd * Draws.normal(traits)));

            double logDiagnosisSize = Math.min(Math.log(cellsForDiameter(diameter)), logPrimaryCapacity - 1.0);
            logDiagnosisSize = Math.max(logDiagnosisSize, logPrimaryStart + 1.0);
            this.primaryDiameterAtDiagnosis = diameterMm(logDiagnosisSize);
            int p = t.add();
            t.site[p] = LesionTable.NO_SITE;
            t.phase[p] = LesionTable.VASCULAR;
            t.logCells[p] = logPrimaryStart;
            t.logCapacity[p] = logPrimaryCapacity;
            double dt = profile.primaryDoublingTimeDays() * Math.exp(-growthLog);
            t.rate[p] = Gompertz.rateForDoublingTime(dt, Math.exp(logDiagnosisSize), Math.exp(logPrimaryCapacity));
            t.stepDecay[p] = Math.exp(-t.rate[p] * STEP_DAYS);
            t.foundedDay[p] = 0;
            t.growthLog[p] = growthLog;
            t.drive[p] = drive;
            t.sensitivityLog[p] = 0;
            t.parent[p] = -1;
            this.primaryDiagnosisDay = Gompertz.timeToReach(logPrimaryStart, logDiagnosisSize, logPrimaryCapacity, t.rate[p]);
        }

        PatientOutcome execute() {
            double now = 0;
            while (true) {
                double next = now + STEP_DAYS;
                if (Double.isNaN(diagnosisDay) && primaryDiagnosisDay < next) {
                    next = Math.max(primaryDiagnosisDay, now);
                }
                next = Math.min(next, endDay);
                double dt = next - now;
                if (dt > 0) {
                    step(now, dt);
                }
                if (Double.isNaN(diagnosisDay)) {
                    double candidate = Math.min(primaryDiagnosisDay, presentationDay);
                    if (candidate <= next) {
                        diagnose(candidate);
                    }
                }
                if (!Double.isNaN(diagnosisDay)) {
                    // Patients are sampled alive at diagnosis: death risk starts after the diagnosis step, whose
                    // burden still holds the untreated primary.
                    boolean died = dt > 0 && diagnosisDay <= now && checkDeath(now, dt);
                    detect(next);
                    // a patient enrolled earlier in the step than the death is enrolled, and dies on study
                    if (Double.isNaN(entryDay) && pendingEntryDay <= (died ? deathDay : next)) {
                        enter(pendingEntryDay);
                    }
                    if (died) {
                        break;
                    }
                    surveyUpTo(next);
                    if (dt > 0) {
                        complications.accrueSystemicBoneLoss(dt);
                        complications.assess(next, dt, skeleton, ws.knownSites, clinical, sink);
                    }
                    startTreatmentIfDue();
                    advanceSystemicTherapy(next);
                }
                if (observer != null) {
                    observe(next);
                }
                now = next;
                if (now >= endDay) {
                    break;
                }
                if (Double.isNaN(entryDay) && !Double.isNaN(diagnosisDay) && now - diagnosisDay > MAX_SCREENING_DAYS) {
                    endDay = now;
                    break;
                }
            }
            if (!Double.isNaN(withdrawalDay) && Double.isNaN(deathDay)) {
                event(withdrawalDay, EventType.WITHDRAWN_FROM_STUDY, null, withdrawalDay - entryDay, "");
            }
            return outcome();
        }

        private void step(double now, double dt) {
            double next = now + dt;
            boolean standard = dt == STEP_DAYS;
            int n = t.size;
            ws.ensureSources(n);
            double instigation = instigationFactor();
            ws.pools.setStep(dt, instigation);
            double[] inflow = ws.inflow;
            for (int j = 0; j < n; j++) {
                int base = j * S;
                if (t.phase[j] == LesionTable.VASCULAR) {
                    ws.pools.markShedding(j);
                    double shed = potential * Math.exp(alpha * t.logCells[j]);
                    double[] yield = j == LesionTable.PRIMARY ? dissemination.primaryYield() : dissemination.lesionYield(t.site[j]);
                    for (int s = 0; s < S; s++) {
                        inflow[base + s] = shed * yield[s];
                    }
                } else if (ws.pools.isShedding(j) && ws.pools.silence(j)) {
                    java.util.Arrays.fill(inflow, base, base + S, 0.0); // once: the row stays zero while silent
                }
                // a tumour that has never shed has no inflow row to write: the pools do not read it
            }
            double awakenings = ws.pools.expectedAwakenings(inflow, n, ws.siteAwakenings);
            if (hidden != null && awakenings > 0) {
                recordClearedCells(now, dt);
            }
            double expected = foundingRates(ws.siteAwakenings);
            long founded = expected > 0 ? Draws.poisson(spread, expected) : 0;
            if (founded > 0) {
                java.util.Arrays.fill(ws.cumulativeReady, false); // only read and set by this loop
            }
            for (long k = 0; k < founded; k++) {
                int site = Draws.categorical(spread, ws.siteAwakenings, S, expected);
                if (!ws.cumulativeReady[site]) {
                    // the pools do not change within the step: one table per site serves all its awakenings
                    ws.cumulativeTotal[site] = ws.pools.cumulativeSourceWeights(inflow, n, site, ws.sourceCumulative, site * n);
                    ws.cumulativeReady[site] = true;
                }
                int parent = Draws.categoricalCumulative(spread, ws.sourceCumulative, site * n, n, ws.cumulativeTotal[site]);
                double day = now + dt * spread.nextDouble();
                found(parent, Site.ALL.get(site), day);
            }
            ws.pools.advance(inflow, n);
            grow(now, next, standard, switchRate * instigation);
            if (line >= 0 && lineKill > 0 && lineResistance > 0) {
                emergeResistance(now, dt, lineResistance, lines.get(line).name());
            } else if (adjuvantActive(now) && adjuvant.logKillPerDay() > 0 && adjuvant.resistancePerDay() > 0) {
                emergeResistance(now, dt, adjuvant.resistancePerDay(), adjuvant.name());
            }
            // Both drugs inhibit the same osteoclasts, so the stronger inhibition holds rather than a product of the two.
            ocSuppression = Math.max(courseStarted ? course.suppressionAt(next) : 0.0, rescue.suppressionAt(next));
            skeleton.advance(dt, burdenBone, burdenTotal, ocSuppression);
            if (radium != null && radium.started()) {
                for (int k = radium.injectionsBetween(now, next); k > 0; k--) {
                    irradiateWithRadium();
                }
            }
        }

        /** One radium-223 injection: every involved bone's lesions lose the cells its alpha dose kills. */
        private void irradiateWithRadium() {
            double total = 0;
            for (int i = 0; i < Site.boneCount(); i++) {
                total += skeleton.formationCalciumGPerDay(Site.bone(i).ordinal());
            }
            if (total <= 0) {
                return;
            }
            for (int i = 0; i < Site.boneCount(); i++) {
                int s = Site.bone(i).ordinal();
                double logSurvival = radium.logSurvival(skeleton.formationCalciumGPerDay(s), total, skeleton.tumourCells(s), cellsPerCm3);
                if (logSurvival == 0) {
                    continue;
                }
                for (int j = 1; j < t.size; j++) {
                    if (t.site[j] == s && t.phase[j] == LesionTable.VASCULAR) {
                        t.logCells[j] += logSurvival;
                        if (t.logCells[j] < 0) {
                            t.remove(j);
                        }
                    }
                }
            }
        }

        /**
         * Turns the expected awakenings per site into expected foundings, in place, and returns their sum. Immune clearance
         * thins the awakenings independently, so the cells that escape it still arrive as a Poisson process (the marking
         * theorem): only they are drawn. A cell waking in a bone whose units all hold a lesion joins one of them and founds
         * nothing, so it is not drawn either.
         */
        private double foundingRates(double[] perSite) {
            double escape = profile.immuneEscapeProbability();
            double total = 0;
            for (int s = 0; s < S; s++) {
                boolean joins = siteLesionLimit[s] < maxLesionsPerSite && t.liveAtSite[s] >= siteLesionLimit[s];
                perSite[s] = joins ? 0.0 : perSite[s] * escape;
                total += perSite[s];
            }
            return total;
        }

        /**
         * Hidden events only: the awakened cells the immune system clears, from their own stream (nothing else depends on
         * them), as one event per site and step whose value is their number (bone-adapted seeding wakes millions).
         */
        private void recordClearedCells(double now, double dt) {
            double cleared = 1.0 - profile.immuneEscapeProbability();
            for (int s = 0; s < S; s++) {
                double mean = ws.siteAwakenings[s] * cleared;
                long count = mean > 0 ? Draws.poisson(hidden, mean) : 0;
                if (count > 0) {
                    event(now + dt * hidden.nextDouble(), EventType.MICROMETASTASIS_ELIMINATED, Site.ALL.get(s), count, "immune");
                }
            }
        }

        /** A dormant cell that escaped immune clearance founds a micrometastasis (unless its site is full). */
        private void found(int parent, Site site, double day) {
            double avascularEnd = day + logAvascularLimit / avascularRate;
            // Clone traits are drawn before the capacity checks, so a deposit that is not followed leaves the stream as it was.
            double growthLog = t.growthLog[parent] + growthDriftSd * Draws.normal(spread);
            // an osteoblastic subclone arises (drawn from its own stream, and only where p_bc > 0, so a cancer without
            // subclones draws exactly what it drew before they existed) or is inherited from the parent
            boolean arises = phenotype != null && phenotype.nextDouble() < profile.blasticCloneProbability();
            boolean blasticClone = t.blasticClone[parent] || arises;
            double startDrive = arises && !t.blasticClone[parent] ? blasticCloneDrive : t.drive[parent];
            double drive = clamp(startDrive + driveDriftSd * Draws.normal(spread), -1, 1);
            double sensitivityLog = t.sensitivityLog[parent] + sensitivityDriftSd * Draws.normal(spread);
            double switchHazard = Draws.exponential(spread, 1.0);
            if (t.atSite[site.ordinal()] >= maxLesionsPerSite) {
                depositsNotFollowed++; // the numerical bound
                return;
            }
            if (t.liveAtSite[site.ordinal()] >= siteLesionLimit[site.ordinal()]) {
                return; // a bone whose units all hold a lesion: the cell joins one of them
            }
            event(day, EventType.DORMANT_CELL_AWAKENED, site, Double.NaN, "");
            t.atSite[site.ordinal()]++;
            t.liveAtSite[site.ordinal()]++;
            int j = t.add();
            t.site[j] = site.ordinal();
            t.phase[j] = LesionTable.AVASCULAR;
            t.foundedDay[j] = day;
            t.parent[j] = parent;
            t.growthLog[j] = growthLog;
            t.drive[j] = drive;
            t.blasticClone[j] = blasticClone;
            t.sensitivityLog[j] = sensitivityLog;
            // where in the vertebra the deposit sits decides whether it can reach the canal: one draw per vertebral lesion
            t.epidural[j] = site.isSpinal() && complications.extendsTowardCanal(epiduralRng);
            t.logCapacity[j] = site.isBone() ? logBoneCapacity : logVisceralCapacity;
            double dt = profile.metastasisDoublingTimeDays() * Math.exp(-t.growthLog[j]);
            t.rate[j] = Gompertz.rateForDoublingTime(dt, Math.exp(logDetect), Math.exp(t.logCapacity[j]));
            t.stepDecay[j] = Math.exp(-t.rate[j] * STEP_DAYS);
            t.avascularEndDay[j] = avascularEnd;
            t.switchHazardLeft[j] = switchHazard;
            t.logCells[j] = logAvascularLimit;
            event(avascularEnd, EventType.MICROMETASTASIS_ESTABLISHED, site, Math.exp(logAvascularLimit), "");
        }

        /**
         * Systemic instigation over the coming step: the vascular tumour burden of the previous step raises the rates at
         * which dormant cells awaken and avascular micrometastases switch on angiogenesis, saturating (1 = basal).
         */
        private double instigationFactor() {
            return 1.0 + instigationMaxFold * burdenTotal / (burdenTotal + instigationHalfBurden);
        }

        /**
         * Accumulates the switch hazard of an avascular micrometastasis over the step; sets its switch day and
         * returns true once its unit-exponential budget is spent (exact for a rate constant over the step).
         */
        private boolean switchesDuring(int j, double now, double next, double rateNow) {
            double start = Math.max(now, t.avascularEndDay[j]);
            if (start >= next) {
                return false;
            }
            double exposure = rateNow * (next - start);
            if (t.switchHazardLeft[j] > exposure) {
                t.switchHazardLeft[j] -= exposure;
                return false;
            }
            t.switchDay[j] = start + t.switchHazardLeft[j] / rateNow;
            t.switchHazardLeft[j] = 0;
            return true;
        }

        /** @param rateNow angiogenic-switch rate over the step (instigated), 1/d */
        private void grow(double now, double next, boolean standard, double rateNow) {
            burdenTotal = 0;
            burdenLiver = 0;
            burdenLung = 0;
            burdenBrain = 0;
            burdenBone = 0;
            skeleton.beginStep();
            complications.beginStep();
            boolean adjuvantOn = adjuvantActive(now);
            for (int j = 0; j < t.size; j++) {
                double from;
                double l0;
                if (t.phase[j] == LesionTable.AVASCULAR) {
                    if (!switchesDuring(j, now, next, rateNow)) {
                        continue;
                    }
                    t.phase[j] = LesionTable.VASCULAR;
                    from = t.switchDay[j];
                    l0 = logAvascularLimit;
                    event(from, EventType.ANGIOGENIC_SWITCH, Site.ALL.get(t.site[j]), Double.NaN, "");
                } else if (t.phase[j] == LesionTable.VASCULAR) {
                    from = now;
                    l0 = t.logCells[j];
                } else {
                    continue;
                }
                boolean bone = j != LesionTable.PRIMARY && Site.ALL.get(t.site[j]).isBone();
                // Growth factors released by resorption speed bone lesions up (vicious cycle).
                double boost = bone ? skeleton.growthMultiplier(Skeleton.unit(t.site[j], t.blasticClone[j])) : 1.0;
                double rate = t.rate[j] * boost;
                // A log-kill k on a Gompertz lesion, d lnV/dt = a (lnK - lnV) - k, is Gompertz toward lnK - k/a.
                double kill = t.resistant[j] ? 0.0
                        : line >= 0 ? lineKill * Math.exp(t.sensitivityLog[j])
                        : adjuvantOn ? adjuvant.logKillPerDay() * Math.exp(t.sensitivityLog[j]) : 0.0;
                double logK = t.logCapacity[j] - kill / rate;
                double l1 = standard && from == now && boost == 1.0 && kill == 0.0
                        ? logK + (l0 - logK) * t.stepDecay[j]
                        : Gompertz.logSizeAfter(l0, logK, rate, next - from);
                if (l1 < 0) {
                    t.remove(j); // fewer than one cell left: eradicated
                    continue;
                }
                t.logCells[j] = l1;
                if (j != LesionTable.PRIMARY) {
                    if (Double.isNaN(t.detectableDay[j]) && l1 >= logDetect) {
                        t.detectableDay[j] = from + Gompertz.timeToReach(l0, logDetect, logK, rate);
                    }
                    // A large metastasis (or a palpable node) brings the patient to a doctor before the primary does.
                    if (!t.presented[j] && Double.isNaN(diagnosisDay) && l1 >= logPresent) {
                        t.presented[j] = true;
                        presentationDay = Math.min(presentationDay, from + Gompertz.timeToReach(l0, logPresent, logK, rate));
                    }
                }
                double cells = Math.exp(l1);
                burdenTotal += cells;
                int site = t.site[j];
                if (j == LesionTable.PRIMARY) {
                    if (profile.type() == CancerType.LUNG) {
                        burdenLung += cells;
                    }
                } else if (site == Site.LIVER.ordinal()) {
                    burdenLiver += cells;
                } else if (site == Site.LUNG.ordinal()) {
                    burdenLung += cells;
                } else if (site == Site.BRAIN.ordinal()) {
                    burdenBrain += cells;
                } else if (bone) {
                    burdenBone += cells;
                    skeleton.addLesion(Skeleton.unit(site, t.blasticClone[j]), cells, t.drive[j]);
                    complications.addLesion(site, cells, t.epidural[j], j);
                }
            }
        }

        /**
         * Does staging find nodal deposit j on {@code day}? It must be at least d_N across (pathology where a sentinel node
         * is examined, so an avascular deposit can count; imaging elsewhere; a vascular deposit counts at its size at the
         * end of the step), and one below the section spacing s_N is seen only if a section crosses it (probability
         * diameter / s_N, one draw from the STAGING stream, so staging never shifts later clinical draws).
         */
        private boolean nodeStagedPositive(int j, double day) {
            double logCells = switch (t.phase[j]) {
                case LesionTable.VASCULAR -> t.logCells[j];
                case LesionTable.AVASCULAR -> avascularLogCells(j, day);
                default -> Double.NEGATIVE_INFINITY;
            };
            if (logCells < logNodalStaging) {
                return false;
            }
            double diameter = diameterMm(logCells);
            return diameter >= nodeSectionIntervalMm || stagingRng.nextDouble() < diameter / nodeSectionIntervalMm;
        }

        /** ln cells of avascular deposit j on {@code day}: growing from one cell at founding to the avascular limit. */
        private double avascularLogCells(int j, double day) {
            return Math.min(logAvascularLimit, Math.max(0, avascularRate * (day - t.foundedDay[j])));
        }

        private void diagnose(double day) {
            diagnosisDay = day;
            // A marrow cancer is disseminated when diagnosed: distant, with nothing to remove.
            boolean distant = disseminatedAtDiagnosis;
            boolean nodal = false;
            for (int j = 1; j < t.size; j++) {
                if (Site.ALL.get(t.site[j]).siteClass() == SiteClass.LYMPH_NODE) {
                    nodal = nodal || t.detectableDay[j] <= day || nodeStagedPositive(j, day);
                } else if (t.detectableDay[j] <= day) {
                    distant = true;
                }
            }
            stage = distant ? Stage.DISTANT : nodal ? Stage.REGIONAL : Stage.LOCALIZED;
            diameterAtDiagnosis = day >= primaryDiagnosisDay ? primaryDiameterAtDiagnosis : diameterMm(t.logCells[LesionTable.PRIMARY]);
            event(day, EventType.PRIMARY_DIAGNOSED, null, diameterAtDiagnosis, stage.code());
            if (!distant) {
                // Curative local treatment: the primary goes, and regional treatment (node dissection or
                // irradiation) clears the nodal basin, occult nodal disease and dormant nodal cells included.
                t.phase[LesionTable.PRIMARY] = LesionTable.REMOVED;
                for (int j = 1; j < t.size; j++) {
                    if (Site.ALL.get(t.site[j]).siteClass() == SiteClass.LYMPH_NODE) {
                        t.remove(j);
                        t.detected[j] = true;
                    }
                }
                ws.pools.clearSite(Site.LYMPH_NODES.ordinal());
                event(day, EventType.PRIMARY_TREATED, null, Double.NaN, nodal ? "primary and regional nodes" : "primary");
                startAdjuvantTherapy(day);
            }
            if (entry == Entry.DIAGNOSIS) {
                enter(day);
            }
        }

        /** Adjuvant therapy for a share of the patients (one THERAPY draw whenever the policy has a course for the primary). */
        private void startAdjuvantTherapy(double day) {
            if (adjuvant == null) {
                return;
            }
            if (therapyRng.nextDouble() < adjuvant.shareTreated() && adjuvant.durationDays() > 0) {
                adjuvantEndDay = day + adjuvant.durationDays();
                event(day, EventType.ADJUVANT_THERAPY_STARTED, null, adjuvant.durationDays(), adjuvant.name());
            }
        }

        /** Is adjuvant therapy acting over the step from {@code now}? It ends with its course or at the first systemic line. */
        private boolean adjuvantActive(double now) {
            return line < 0 && now < adjuvantEndDay;
        }

        /**
         * Systemic therapy: line 1 from the first distant metastasis (from diagnosis for a disease disseminated then); a
         * detectable lesion resistant to the current line is progression and starts the next line (to which every clone
         * is sensitive again).
         */
        private void advanceSystemicTherapy(double day) {
            if (lines.isEmpty() || Double.isNaN(disseminatedAtDiagnosis ? diagnosisDay : firstMetDay)) {
                return;
            }
            boolean progression = line >= 0 && resistantLesionDetectable();
            if (progression && Double.isNaN(firstProgressionDay)) {
                firstProgressionDay = day;
            }
            if ((line < 0 || progression) && line + 1 < lines.size()) {
                line++;
                StandardOfCare.SystemicLine l = lines.get(line);
                lineKill = l.logKillPerDay();
                lineResistance = l.resistancePerDay();
                complications.startSystemicBoneLoss(l.boneLossPerYear());
                java.util.Arrays.fill(t.resistant, 0, t.size, false);
                event(day, EventType.SYSTEMIC_THERAPY_STARTED, null, line + 1, l.name());
                if (progression && !enrolsNow()) {
                    complications.systemicTherapyChangedOnProgression(day, ws.knownSites, "to " + l.name(), sink);
                }
            } else if (progression && line + 1 == lines.size() && lineKill > 0) {
                lineKill = 0; // no further line: best supportive care
                if (!enrolsNow()) {
                    complications.systemicTherapyChangedOnProgression(day, ws.knownSites, "to best supportive care", sink);
                }
            }
            if (entry.needsProgression() && Double.isNaN(entryDay) && Double.isNaN(pendingEntryDay) && !Double.isNaN(firstProgressionDay)
                    && !Double.isNaN(firstBoneDay)) {
                double eligible = Math.max(firstProgressionDay, firstBoneDay);
                if (entry.prevalent()) {
                    // Enrolled at a uniform time in the window if alive then (checked each step): the prevalent pool.
                    pendingEntryDay = eligible + prevalentWindowDays * enrolment.nextDouble();
                } else {
                    enter(eligible);
                }
            }
        }

        /**
         * Does a progression now enrol the patient (an incident progression entry, not yet entered)? That progression is the
         * entry criterion, not an event on study.
         */
        private boolean enrolsNow() {
            return entry.needsProgression() && !entry.prevalent() && Double.isNaN(entryDay);
        }

        private boolean resistantLesionDetectable() {
            for (int j = 0; j < t.size; j++) {
                if (t.resistant[j] && t.phase[j] == LesionTable.VASCULAR && t.logCells[j] >= logDetect) {
                    return true;
                }
            }
            return false;
        }

        /** Resistance emerges in sensitive vascular lesions while a line is given (THERAPY stream). */
        private void emergeResistance(double now, double dt, double ratePerDay, String therapyName) {
            double p = -Math.expm1(-ratePerDay * dt);
            for (int j = 0; j < t.size; j++) {
                if (t.phase[j] == LesionTable.VASCULAR && !t.resistant[j] && therapyRng.nextDouble() < p) {
                    t.resistant[j] = true;
                    event(now + dt, EventType.RESISTANCE_EMERGED, j == LesionTable.PRIMARY ? null : Site.ALL.get(t.site[j]), Double.NaN,
                            therapyName);
                }
            }
        }

        /**
         * Protocol skeletal surveys (when the policy schedules them): a baseline at entry, then every interval while the
         * patient is followed. They see the skeleton as the last assessment left it, before this step's complications.
         */
        private void surveyUpTo(double day) {
            if (!policy.surveys() || Double.isNaN(entryDay)) {
                return;
            }
            if (Double.isNaN(nextSurveyDay)) {
                nextSurveyDay = entryDay;
            }
            while (nextSurveyDay <= day && nextSurveyDay <= endDay) {
                complications.survey(nextSurveyDay, nextSurveyDay == entryDay, sink);
                nextSurveyDay += policy.surveyIntervalDays();
            }
        }

        /** The bone-targeted agent starts at entry for patients with bone metastases, or at the first one after. */
        private void startTreatmentIfDue() {
            if (courseStarted || agent == BoneTargetedAgent.PLACEBO || Double.isNaN(entryDay) || Double.isNaN(firstBoneDay)) {
                return;
            }
            courseStarted = true;
            course.start(Math.max(entryDay, firstBoneDay));
            if (radium != null) {
                radium.start(Math.max(entryDay, firstBoneDay));
            }
        }

        private final Complications.Sink sink = new Complications.Sink() {
            @Override
            public void event(double day, EventType type, Site site, double value, String detail) {
                Run.this.event(day, type, site, value, detail);
            }

            @Override
            public void reveal(Site site, double day) {
                // pain felt in the step that ends on the day of diagnosis comes after the staging: a finding just after it
                double found = Math.max(day, Math.nextUp(diagnosisDay));
                for (int j = 1; j < t.size; j++) {
                    if (t.site[j] == site.ordinal() && t.phase[j] == LesionTable.VASCULAR && !(t.detectableDay[j] <= found)) {
                        t.detectableDay[j] = found; // found by the imaging the symptom prompts; recorded by the next detect()
                    }
                }
            }

            @Override
            public void treatHypercalcaemia(double day) {
                rescue.dose(day);
            }

            @Override
            public void irradiate(Site site, RadiotherapyFractionation fractionation) {
                double logKill = logSurvivingFraction[fractionation.ordinal()];
                for (int j = 1; j < t.size; j++) {
                    if (t.site[j] == site.ordinal() && t.phase[j] == LesionTable.VASCULAR) {
                        // Linear-quadratic kill; a lesion pushed below one cell is gone.
                        t.logCells[j] += logKill;
                        if (t.logCells[j] < 0) {
                            t.remove(j);
                        }
                    }
                }
            }
        };

        private void enter(double day) {
            entryDay = day;
            double onStudy = followUp;
            if (policy.withdrawalPerYear() > 0) {
                double stay = Draws.exponential(streams.stream(id, Process.WITHDRAWAL), policy.withdrawalPerYear() / DAYS_PER_YEAR);
                // a death drawn earlier in this step comes first unless the patient left before it
                boolean diedFirst = !Double.isNaN(deathDay) && deathDay <= day + stay;
                if (stay < onStudy && !diedFirst) {
                    onStudy = stay;
                    withdrawalDay = day + stay;
                    if (!Double.isNaN(deathDay)) {
                        forgetDeath(); // died later in the entry step, after leaving: not observed on study
                    }
                }
            }
            endDay = Math.min(endDay, day + onStudy);
            for (int j = 1; j < t.size; j++) {
                Site site = Site.ALL.get(t.site[j]);
                if (site.isBone() && t.detected[j] && Math.max(t.detectableDay[j], diagnosisDay) <= day) {
                    typeAtEntry(j, site);
                }
            }
        }

        /** The radiographic type of bone lesion j's unit: its bone's shared one, or its osteoblastic subclone's. */
        private LesionType unitType(int j) {
            return skeleton.unitLesionType(Skeleton.unit(t.site[j], t.blasticClone[j]));
        }

        /** Types lesion j's unit as found at entry (the trial's baseline survey). */
        private void typeAtEntry(int j, Site site) {
            (t.blasticClone[j] ? blasticCloneTypesAtEntry : typesAtEntry).put(site, unitType(j));
        }

        /** Records detections up to {@code until}, in time order within the step. */
        private void detect(double until) {
            while (true) {
                int best = -1;
                double bestDay = Double.POSITIVE_INFINITY;
                for (int j = 1; j < t.size; j++) {
                    if (!t.detected[j] && t.detectableDay[j] <= until) {
                        double d = Math.max(t.detectableDay[j], diagnosisDay);
                        if (d < bestDay) {
                            bestDay = d;
                            best = j;
                        }
                    }
                }
                if (best < 0 || bestDay > endDay) {
                    return;
                }
                t.detected[best] = true;
                Site site = Site.ALL.get(t.site[best]);
                ws.knownSites[site.ordinal()] = true;
                double cells = Math.exp(Math.min(t.logCells[best], logDetect));
                if (site.siteClass() == SiteClass.LYMPH_NODE) {
                    event(bestDay, EventType.NODAL_METASTASIS_DETECTED, site, cells, "");
                    continue;
                }
                String type = site.isBone() ? unitType(best).word() : "";
                event(bestDay, EventType.METASTASIS_DETECTED, site, cells, type);
                if (site.isBone() && bestDay <= entryDay) {
                    typeAtEntry(best, site); // detected on the day of entry, after it
                }
                if (Double.isNaN(firstMetDay)) {
                    firstMetDay = bestDay;
                    firstMetSite = site;
                    if (entry == Entry.METASTATIC) {
                        enter(bestDay);
                    }
                }
                if (site.isBone() && Double.isNaN(firstBoneDay)) {
                    firstBoneDay = bestDay;
                    event(bestDay, EventType.FIRST_BONE_METASTASIS, site, cells, type);
                    if (entry == Entry.BONE_METASTATIC) {
                        enter(bestDay);
                    }
                }
            }
        }

        /** Draws death over the step from background and tumour-burden hazards; true if the patient died. */
        private boolean checkDeath(double now, double dt) {
            double u = mortality.nextDouble();
            double age = ageAtPrimaryDiagnosis + (now + dt - primaryDiagnosisDay) / DAYS_PER_YEAR;
            double hOther = (makehamA + gompertzB * Math.exp(gompertzC * age)) / DAYS_PER_YEAR;
            double hLiver = burdenHazard(burdenLiver, lethalLiver);
            double hLung = burdenHazard(burdenLung, lethalLung);
            double hBrain = burdenHazard(burdenBrain, lethalBrain);
            double hMarrow = burdenHazard(burdenBone, lethalMarrow);
            double hBurden = burdenHazard(burdenTotal, lethalTotal);
            double hCalcium = complications.hypercalcaemiaHazard();
            double hParalysis = complications.paralysisHazard();
            double total = hOther + hLiver + hLung + hBrain + hMarrow + hBurden + hCalcium + hParalysis;
            double pDeath = -Math.expm1(-total * dt);
            if (u >= pDeath) {
                return false;
            }
            double when = now - Math.log1p(-mortality.nextDouble() * pDeath) / total;
            when = Math.max(when, diagnosisDay);
            if (when > endDay) {
                return false;
            }
            double pick = mortality.nextDouble() * total;
            DeathCause cause;
            if ((pick -= hOther) < 0) {
                cause = DeathCause.OTHER_CAUSES;
            } else if ((pick -= hLiver) < 0) {
                cause = DeathCause.LIVER_FAILURE;
            } else if ((pick -= hLung) < 0) {
                cause = DeathCause.RESPIRATORY_FAILURE;
            } else if ((pick -= hBrain) < 0) {
                cause = DeathCause.BRAIN_METASTASES;
            } else if ((pick -= hMarrow) < 0) {
                cause = DeathCause.MARROW_FAILURE;
            } else if ((pick -= hCalcium) < 0) {
                cause = DeathCause.HYPERCALCAEMIA;
            } else if ((pick -= hParalysis) < 0) {
                cause = DeathCause.CORD_COMPRESSION;
            } else {
                cause = DeathCause.TUMOUR_BURDEN;
            }
            deathDay = when;
            deathCause = cause;
            endDay = when;
            event(when, EventType.DEATH, null, ageAt(when), cause.code());
            return true;
        }

        /** The complications' summary, with what came after the end of observation dropped. */
        private SkeletalSummary skeletalSummary(double end) {
            return complications.summary(end);
        }

        private double burdenHazard(double burden, double lethal) {
            if (burden <= 0) {
                return 0;
            }
            double r = burden / lethal;
            return hazardAtLethal * Math.pow(r, hazardShape);
        }

        private double ageAt(double day) {
            return ageAtPrimaryDiagnosis + (day - primaryDiagnosisDay) / DAYS_PER_YEAR;
        }

        private void observe(double day) {
            SiteSnapshot snap = ws.snapshot;
            snap.clear();
            for (int j = 0; j < t.size; j++) {
                if (t.phase[j] == LesionTable.REMOVED) {
                    continue;
                }
                double cells;
                if (t.phase[j] == LesionTable.VASCULAR) {
                    cells = Math.exp(t.logCells[j]);
                } else {
                    cells = Math.exp(avascularLogCells(j, day));
                }
                if (j == LesionTable.PRIMARY) {
                    snap.primaryCells = cells;
                    continue;
                }
                int s = t.site[j];
                snap.tumourCells[s] += cells;
                snap.lesions[s]++;
                if (t.detectableDay[j] <= day) {
                    snap.detectableLesions[s]++;
                }
            }
            for (int s = 0; s < S; s++) {
                snap.dormantCells[s] = ws.pools.expectedAt(s);
                boolean bone = Site.ALL.get(s).isBone();
                snap.boneMassPercent[s] = bone ? skeleton.boneMassPercent(s) : Double.NaN;
                snap.osteoclasts[s] = bone ? skeleton.osteoclasts(s) : Double.NaN;
                snap.osteoblasts[s] = bone ? skeleton.osteoblasts(s) : Double.NaN;
                snap.pain[s] = bone ? complications.pain(s) : Double.NaN;
                snap.lesionType[s] = bone && skeleton.involved(s) ? skeleton.lesionType(s) : null;
            }
            snap.serumCalcium = skeleton.calcium().serumCalciumMmolPerL();
            observer.afterStep(day, snap);
        }

        /** Undoes a death drawn in the step in which the patient, enrolled, left the study before it. */
        private void forgetDeath() {
            for (int k = ws.events.size() - 1; k >= 0; k--) {
                if (ws.events.get(k).type() == EventType.DEATH) {
                    ws.events.remove(k);
                    break;
                }
            }
            deathDay = Double.NaN;
            deathCause = null;
        }

        private void event(double day, EventType type, Site site, double value, String detail) {
            if (ws.keepHiddenEvents || type.isClinical()) {
                ws.events.add(new Event(day, type, site, value, detail));
            }
        }

        private PatientOutcome outcome() {
            boolean enrolled = !Double.isNaN(entryDay);
            double end = Math.min(endDay, Double.isNaN(deathDay) ? endDay : deathDay);
            if (!Double.isFinite(end)) {
                end = Double.isNaN(diagnosisDay) ? 0 : diagnosisDay;
            }
            long boneMask = 0;
            long visceralMask = 0;
            Map<Site, LesionType> types = new EnumMap<>(Site.class);
            Map<Site, LesionType> blasticCloneTypes = new EnumMap<>(Site.class);
            for (int j = 1; j < t.size; j++) {
                if (!t.detected[j] || Math.max(t.detectableDay[j], diagnosisDay) > end) {
                    continue;
                }
                Site site = Site.ALL.get(t.site[j]);
                if (site.isBone()) {
                    boneMask |= 1L << site.ordinal();
                    (t.blasticClone[j] ? blasticCloneTypes : types).put(site, unitType(j));
                } else if (site.siteClass().isVisceral()) {
                    visceralMask |= 1L << site.ordinal();
                }
            }
            final double endOfObservation = end;
            List<Event> events = new ArrayList<>(ws.events.size());
            for (Event e : ws.events) {
                if (e.day() <= endOfObservation) {
                    events.add(e);
                }
            }
            events.sort(Comparator.comparingDouble(Event::day));
            return new PatientOutcome(id, profile.type(), enrolled, diagnosisDay, enrolled ? entryDay : diagnosisDay, end,
                    ageAt(enrolled ? entryDay : diagnosisDay), stage, diameterAtDiagnosis, firstMetDay, firstMetSite,
                    firstBoneDay, PatientOutcome.sites(boneMask), PatientOutcome.sites(visceralMask), types, typesAtEntry,
                    blasticCloneTypes, blasticCloneTypesAtEntry,
                    deathDay, deathCause, skeletalSummary(endOfObservation), depositsNotFollowed, List.copyOf(events));
        }
    }

    private static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
