package org.osteomet.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.osteomet.anatomy.Site;
import org.osteomet.bone.LesionType;
import org.osteomet.clinical.DeathCause;
import org.osteomet.sim.Event;
import org.osteomet.sim.EventType;
import org.osteomet.sim.ModelCatalog;
import org.osteomet.sim.PatientOutcome;
import org.osteomet.sim.SkeletalSummary;
import org.osteomet.sim.Stage;
import org.osteomet.tumour.CancerType;

/** Each statistic on a tiny hand-made cohort, against the value worked out by hand. */
class StatisticTest {
    private static final double MONTH = 365.25 / 12;

    /**
     * A patient entering on day 100, followed {@code followUp} days, with SREs on the given days after entry; every
     * bone typed {@code type} at the end of observation, none detected at entry.
     */
    private static PatientOutcome patient(double followUp, boolean died, Set<Site> bones, LesionType type, double... sreDaysAfterEntry) {
        Map<Site, LesionType> types = new EnumMap<>(Site.class);
        bones.forEach(b -> types.put(b, type));
        return patient(followUp, died, types, Map.of(), sreDaysAfterEntry);
    }

    /** As above with the type of each bone at the end of observation and at entry given. */
    private static PatientOutcome patient(double followUp, boolean died, Map<Site, LesionType> types, Map<Site, LesionType> atEntry,
                                          double... sreDaysAfterEntry) {
        Set<Site> bones = types.isEmpty() ? EnumSet.noneOf(Site.class) : EnumSet.copyOf(types.keySet());
        double entry = 100;
        List<Event> events = new ArrayList<>();
        for (double d : sreDaysAfterEntry) {
            events.add(new Event(entry + d, EventType.RADIATION_TO_BONE, Site.RIBS, 8, "pain"));
        }
        double firstSre = sreDaysAfterEntry.length == 0 ? Double.NaN : entry + sreDaysAfterEntry[0];
        SkeletalSummary k = new SkeletalSummary(firstSre, sreDaysAfterEntry.length, 0, Double.NaN, 2.4, 0, 0, 0);
        return new PatientOutcome(1, CancerType.BREAST, true, 0, entry, entry + followUp, 60, Stage.LOCALIZED, 20,
                bones.isEmpty() ? Double.NaN : entry, bones.isEmpty() ? null : bones.iterator().next(), bones.isEmpty() ? Double.NaN : entry,
                bones, Set.of(), types, atEntry, died ? entry + followUp : Double.NaN, died ? DeathCause.MARROW_FAILURE : null, k, 0, events);
    }

    private static Statistic stat(StatisticKind kind, double months, TimeUnit unit, Site... sites) {
        Set<Site> s = EnumSet.noneOf(Site.class);
        s.addAll(List.of(sites));
        return new Statistic(kind, s, months, LesionType.MIXED, Set.of(CancerType.BREAST), unit);
    }

    private final List<PatientOutcome> cohort = List.of(
            patient(400, true, EnumSet.of(Site.RIBS, Site.PELVIS), LesionType.OSTEOLYTIC, 30, 200, 350),
            patient(700, false, EnumSet.of(Site.THORACIC_SPINE), LesionType.MIXED, 500),
            patient(100, true, EnumSet.of(Site.PELVIS), LesionType.OSTEOLYTIC),
            patient(730, false, EnumSet.noneOf(Site.class), LesionType.OSTEOLYTIC));

    /**
     * Diagnosed and entered on day 200 of the simulation (times count from there); a bone metastasis {@code boneDay} days
     * after diagnosis (NaN: none); observed until {@code end} days after diagnosis.
     */
    private static PatientOutcome fromDiagnosis(double boneAfter, double endAfter, boolean died) {
        return fromDiagnosis(1, boneAfter, endAfter, died);
    }

    /** As above, for patient {@code id}. */
    private static PatientOutcome fromDiagnosis(long id, double boneAfter, double endAfter, boolean died) {
        double dx = 200;
        double boneDay = dx + boneAfter;
        double end = dx + endAfter;
        boolean bone = !Double.isNaN(boneDay);
        Set<Site> bones = bone ? EnumSet.of(Site.RIBS) : EnumSet.noneOf(Site.class);
        Map<Site, LesionType> types = bone ? Map.of(Site.RIBS, LesionType.OSTEOLYTIC) : Map.of();
        SkeletalSummary k = new SkeletalSummary(Double.NaN, 0, 0, Double.NaN, 2.4, 0, 0, 0);
        return new PatientOutcome(id, CancerType.BREAST, true, dx, dx, end, 60, Stage.LOCALIZED, 20, boneDay, bone ? Site.RIBS : null, boneDay,
                bones, Set.of(), types, Map.of(), died ? end : Double.NaN, died ? DeathCause.MARROW_FAILURE : null, k, 0, List.of());
    }

    /** A patient diagnosed on day 200 at the given stage, followed a year, nothing else. */
    private static PatientOutcome staged(Stage stage) {
        SkeletalSummary k = new SkeletalSummary(Double.NaN, 0, 0, Double.NaN, 2.4, 0, 0, 0);
        return new PatientOutcome(1, CancerType.LUNG, true, 200, 200, 565, 60, stage, 30, Double.NaN, null, Double.NaN,
                Set.of(), Set.of(), Map.of(), Map.of(), Double.NaN, null, k, 0, List.of());
    }

    private static Statistic stageShare(Stage stage) {
        return new Statistic(StatisticKind.SHARE_WITH_STAGE_AT_DIAGNOSIS, Set.of(), Double.NaN, null, Set.of(), null, LesionTime.END, null,
                null, stage);
    }

    /** Stages distant, regional, localized, localized: 25%, 25% and 50%, adding up to all; no patient, no share. */
    @Test
    void shareWithStageAtDiagnosisCountsEachPatientInOneStage() {
        var p = ModelCatalog.defaults();
        List<PatientOutcome> c = List.of(staged(Stage.DISTANT), staged(Stage.REGIONAL), staged(Stage.LOCALIZED), staged(Stage.LOCALIZED));
        assertThat(stageShare(Stage.DISTANT).measure(c, p)).isEqualTo(25.0);
        assertThat(stageShare(Stage.REGIONAL).measure(c, p)).isEqualTo(25.0);
        assertThat(stageShare(Stage.LOCALIZED).measure(c, p)).isEqualTo(50.0);
        assertThat(stageShare(Stage.DISTANT).measure(List.of(staged(Stage.REGIONAL)), p)).isZero();
        assertThat(stageShare(Stage.DISTANT).measure(List.of(), p)).isNaN();
    }

    /**
     * Bone metastases on days 100 and 300; one patient dies on day 150 without, one is followed to day 730 without. Crude
     * share within 12 months: 2 of 4. Kaplan-Meier: 3/4 after day 100, then 2 at risk on day 300, so S = 3/8 and the
     * incidence 62.5%; at 6 months 25% either way.
     */
    @Test
    void kaplanMeierBoneIncidenceCensorsAtDeathWhereTheCrudeShareDoesNot() {
        var p = ModelCatalog.defaults();
        List<PatientOutcome> c = List.of(fromDiagnosis(100, 400, true), fromDiagnosis(Double.NaN, 150, true), fromDiagnosis(300, 500, false),
                fromDiagnosis(Double.NaN, 730, false));
        assertThat(stat(StatisticKind.CUMULATIVE_BONE_INCIDENCE, 12, null).measure(c, p)).isEqualTo(50.0);
        assertThat(stat(StatisticKind.KAPLAN_MEIER_BONE_INCIDENCE, 12, null).measure(c, p)).isCloseTo(62.5, within(1e-9));
        assertThat(stat(StatisticKind.KAPLAN_MEIER_BONE_INCIDENCE, 6, null).measure(c, p)).isCloseTo(25.0, within(1e-9));
        assertThat(stat(StatisticKind.CUMULATIVE_BONE_INCIDENCE, 6, null).measure(c, p)).isEqualTo(25.0);
        assertThat(stat(StatisticKind.KAPLAN_MEIER_BONE_INCIDENCE, 12, null).measure(List.of(), p)).isNaN();
    }

    /**
     * A study open for 10 years and closed one year after the last entry: potential follow-up 1 + 10 u years, with u the
     * fractional part of (id + 1) / phi: id 0 gives u = 0.618 (7.18 years, 2623 d), id 1 u = 0.236 (3.36 y, 1227 d), id 2
     * u = 0.854 (9.54 y, 3485 d). Bone metastases on days 3000, 1000 and 3000: the study sees the last two only, so
     * the mean falls from 2333 to 2000 days.
     */
    @Test
    void meanTimeToBoneCountsOnlyWhatTheStudyCouldSee() {
        var p = ModelCatalog.defaults();
        List<PatientOutcome> c = List.of(fromDiagnosis(0, 3000, 3500, true), fromDiagnosis(1, 1000, 3650, false),
                fromDiagnosis(2, 3000, 3650, false), fromDiagnosis(3, Double.NaN, 3650, false));
        Statistic everyone = stat(StatisticKind.MEAN_TIME_DIAGNOSIS_TO_BONE, Double.NaN, TimeUnit.DAYS);
        Statistic registry = new Statistic(StatisticKind.MEAN_TIME_DIAGNOSIS_TO_BONE, Set.of(), Double.NaN, null, Set.of(), TimeUnit.DAYS,
                LesionTime.END, null, new StudyFollowUp(1, 11), null);
        assertThat(everyone.measure(c, p)).isCloseTo(7000.0 / 3, within(1e-9));
        assertThat(registry.measure(c, p)).isCloseTo(2000.0, within(1e-9));
    }

    /** The potential follow-ups fill their range evenly: each tenth of it holds a tenth of the patients. */
    @Test
    void studyFollowUpSpreadsPatientsEvenlyOverItsRange() {
        StudyFollowUp f = new StudyFollowUp(1, 11);
        int n = 10_000;
        int[] tenths = new int[10];
        for (long id = 0; id < n; id++) {
            double years = f.potentialDays(id) / 365.25;
            assertThat(years).isBetween(1.0, 11.0);
            tenths[(int) Math.min(9, years - 1)]++;
        }
        for (int t : tenths) {
            assertThat(t).isBetween(n / 10 - 10, n / 10 + 10);
        }
        // ids at the ends of the long range stay in range too
        for (long id : new long[] {-2, Long.MIN_VALUE, Long.MAX_VALUE, Long.MAX_VALUE - 1}) {
            assertThat(f.potentialDays(id) / 365.25).isBetween(1.0, 11.0);
        }
    }

    @Test
    void sharesCountTheRightDenominator() {
        var p = ModelCatalog.defaults();
        assertThat(stat(StatisticKind.SHARE_WITH_BONE_METASTASIS, Double.NaN, null).measure(cohort, p)).isEqualTo(75.0);
        // 2 of the 3 bone-metastasis patients have a pelvic lesion
        assertThat(stat(StatisticKind.SHARE_WITH_BONE_SITE, Double.NaN, null, Site.PELVIS).measure(cohort, p)).isCloseTo(200.0 / 3, within(1e-9));
        // 4 involved bones, 2 of them pelvis
        assertThat(stat(StatisticKind.SHARE_OF_INVOLVED_BONES, Double.NaN, null, Site.PELVIS).measure(cohort, p)).isEqualTo(50.0);
        assertThat(stat(StatisticKind.SHARE_WITH_LESION_TYPE, Double.NaN, null).measure(cohort, p)).isCloseTo(100.0 / 3, within(1e-9));
    }

    /**
     * Four patients, typed at entry and (after progression) at the end:
     * <pre>
     * patient  at entry                           at the end
     * A        ribs lytic, pelvis mixed           ribs lytic, pelvis mixed, left femur blastic
     * B        thoracic spine lytic               thoracic spine mixed, cranium mixed
     * C        none detected by entry             pelvis blastic
     * D        cranium blastic                    cranium blastic
     * </pre>
     */
    private final List<PatientOutcome> typed = List.of(
            patient(300, false, Map.of(Site.RIBS, LesionType.OSTEOLYTIC, Site.PELVIS, LesionType.MIXED, Site.FEMUR_LEFT, LesionType.OSTEOBLASTIC),
                    Map.of(Site.RIBS, LesionType.OSTEOLYTIC, Site.PELVIS, LesionType.MIXED)),
            patient(300, false, Map.of(Site.THORACIC_SPINE, LesionType.MIXED, Site.CRANIUM, LesionType.MIXED),
                    Map.of(Site.THORACIC_SPINE, LesionType.OSTEOLYTIC)),
            patient(300, false, Map.of(Site.PELVIS, LesionType.OSTEOBLASTIC), Map.of()),
            patient(300, false, Map.of(Site.CRANIUM, LesionType.OSTEOBLASTIC), Map.of(Site.CRANIUM, LesionType.OSTEOBLASTIC)));

    private static Statistic lesions(StatisticKind kind, LesionType type, LesionTime at, LesionType required) {
        return new Statistic(kind, Set.of(), Double.NaN, type, Set.of(), null, at, required, null, null);
    }

    @Test
    void patientSharesOfLesionTypesAtTheEndAndAtEntry() {
        var p = ModelCatalog.defaults();
        StatisticKind k = StatisticKind.SHARE_WITH_LESION_TYPE;
        // at the end: A and B of 4 have a mixed bone; A, C and D a blastic one
        assertThat(lesions(k, LesionType.MIXED, LesionTime.END, null).measure(typed, p)).isEqualTo(50.0);
        assertThat(lesions(k, LesionType.OSTEOBLASTIC, LesionTime.END, null).measure(typed, p)).isEqualTo(75.0);
        // at entry C has no detected bone and leaves the denominator: A of 3 mixed, D of 3 blastic, A and B of 3 lytic
        assertThat(lesions(k, LesionType.MIXED, LesionTime.ENTRY, null).measure(typed, p)).isCloseTo(100.0 / 3, within(1e-9));
        assertThat(lesions(k, LesionType.OSTEOLYTIC, LesionTime.ENTRY, null).measure(typed, p)).isCloseTo(200.0 / 3, within(1e-9));
        // a lytic lesion required at entry (the pamidronate trials): A and B; A of the 2 has a mixed one, none a blastic one
        assertThat(lesions(k, LesionType.MIXED, LesionTime.ENTRY, LesionType.OSTEOLYTIC).measure(typed, p)).isEqualTo(50.0);
        assertThat(lesions(k, LesionType.OSTEOBLASTIC, LesionTime.ENTRY, LesionType.OSTEOLYTIC).measure(typed, p)).isEqualTo(0.0);
        // the requirement read at the end: only A still has a lytic bone
        assertThat(lesions(k, LesionType.OSTEOBLASTIC, LesionTime.END, LesionType.OSTEOLYTIC).measure(typed, p)).isEqualTo(100.0);
    }

    @Test
    void lesionSharesCountBonesNotPatients() {
        var p = ModelCatalog.defaults();
        StatisticKind k = StatisticKind.SHARE_OF_LESIONS_OF_TYPE;
        // at the end 3 + 2 + 1 + 1 = 7 typed bones: 3 mixed (A pelvis, B spine, B cranium), 3 blastic, 1 lytic
        assertThat(lesions(k, LesionType.MIXED, LesionTime.END, null).measure(typed, p)).isCloseTo(300.0 / 7, within(1e-9));
        assertThat(lesions(k, LesionType.OSTEOLYTIC, LesionTime.END, null).measure(typed, p)).isCloseTo(100.0 / 7, within(1e-9));
        // at entry 2 + 1 + 0 + 1 = 4 bones: 1 mixed, 2 lytic, 1 blastic
        assertThat(lesions(k, LesionType.MIXED, LesionTime.ENTRY, null).measure(typed, p)).isEqualTo(25.0);
        assertThat(lesions(k, LesionType.OSTEOLYTIC, LesionTime.ENTRY, null).measure(typed, p)).isEqualTo(50.0);
        // patient-level and lesion-level shares differ on the same cohort: 50% of patients, 3/7 of bones mixed at the end
        assertThat(lesions(StatisticKind.SHARE_WITH_LESION_TYPE, LesionType.MIXED, LesionTime.END, null).measure(typed, p))
                .isNotEqualTo(lesions(k, LesionType.MIXED, LesionTime.END, null).measure(typed, p));
        // nobody with a detected bone at entry: undefined, not 0
        assertThat(lesions(k, LesionType.MIXED, LesionTime.ENTRY, null).measure(List.of(typed.get(2)), p)).isNaN();
    }

    @Test
    void anOsteoblasticSubcloneIsASecondTypedLesionInItsBone() {
        var p = ModelCatalog.defaults();
        // one patient: a lytic thoracic spine at entry and at the end, and in the same spine a blastic subclone's vertebra
        // detected by entry; a second patient: a lytic pelvis only
        PatientOutcome one = patient(300, false, Map.of(Site.THORACIC_SPINE, LesionType.OSTEOLYTIC), Map.of(Site.THORACIC_SPINE, LesionType.OSTEOLYTIC));
        PatientOutcome withSubclone = new PatientOutcome(one.patientId(), one.primary(), true, one.diagnosisDay(), one.entryDay(), one.endDay(),
                one.ageAtEntry(), one.stage(), one.primaryDiameterMm(), one.firstMetastasisDay(), one.firstMetastasisSite(),
                one.firstBoneMetastasisDay(), one.boneSites(), one.visceralSites(), one.boneLesionTypeBySite(), one.boneLesionTypeAtEntry(),
                Map.of(Site.THORACIC_SPINE, LesionType.OSTEOBLASTIC), Map.of(Site.THORACIC_SPINE, LesionType.OSTEOBLASTIC),
                one.deathDay(), one.deathCause(), one.skeletal(), 0, one.events());
        PatientOutcome other = patient(300, false, Map.of(Site.PELVIS, LesionType.OSTEOLYTIC), Map.of(Site.PELVIS, LesionType.OSTEOLYTIC));
        List<PatientOutcome> cohort = List.of(withSubclone, other);
        // T151's statistic: of the 2 with a lytic lesion at entry, 1 has a blastic one
        assertThat(lesions(StatisticKind.SHARE_WITH_LESION_TYPE, LesionType.OSTEOBLASTIC, LesionTime.ENTRY, LesionType.OSTEOLYTIC)
                .measure(cohort, p)).isEqualTo(50.0);
        // T148's: 3 typed lesions (the spine's two units and the pelvis), none mixed, one blastic
        assertThat(lesions(StatisticKind.SHARE_OF_LESIONS_OF_TYPE, LesionType.OSTEOBLASTIC, LesionTime.END, null).measure(cohort, p))
                .isCloseTo(100.0 / 3, within(1e-9));
        assertThat(withSubclone.boneLesionTypes()).containsExactlyInAnyOrder(LesionType.OSTEOLYTIC, LesionType.OSTEOBLASTIC);
        // without the subclone the same patient has no blastic lesion
        assertThat(lesions(StatisticKind.SHARE_WITH_LESION_TYPE, LesionType.OSTEOBLASTIC, LesionTime.ENTRY, LesionType.OSTEOLYTIC)
                .measure(List.of(one, other), p)).isEqualTo(0.0);
    }

    @Test
    void sreWindowsCountFromEntry() {
        var p = ModelCatalog.defaults();
        // within 6 months (182.6 d): only patient 1 (day 30); within 24 months: patients 1 and 2
        assertThat(stat(StatisticKind.SHARE_WITH_SRE, 6, null).measure(cohort, p)).isEqualTo(25.0);
        assertThat(stat(StatisticKind.SHARE_WITH_SRE, 24, null).measure(cohort, p)).isEqualTo(50.0);
        // 12-month window: SREs on days 30, 200, 350 (patient 1); time at risk 365.25 + 365.25 + 100 + 365.25 days
        double years = (3 * 12 * MONTH + 100) / 365.25;
        assertThat(stat(StatisticKind.SRE_PER_PATIENT_YEAR, 12, null).measure(cohort, p)).isCloseTo(3 / years, within(1e-9));
    }

    /**
     * The cohort (follow-ups 400 d to death, 700 d, 100 d to death, 730 d) and a fifth patient who left the study alive
     * on day 200. On study at 12 months (365.25 d): the 400-, 700- and 730-day patients, 3 of 5; at 23 months (700.1 d):
     * the 730-day patient only, since the 700-day one's follow-up ends short of it. Left alive within 12 months: 1 of 5;
     * within 6 months (182.6 d): none.
     */
    @Test
    void onStudyAndWithdrawnSharesCountTheCompletersAndTheLeavers() {
        var p = ModelCatalog.defaults();
        PatientOutcome stayed = patient(200, false, EnumSet.of(Site.RIBS), LesionType.OSTEOLYTIC);
        List<Event> events = new ArrayList<>(stayed.events());
        events.add(new Event(stayed.entryDay() + 200, EventType.WITHDRAWN_FROM_STUDY, null, 200, ""));
        PatientOutcome left = new PatientOutcome(5, stayed.primary(), true, 0, stayed.entryDay(), stayed.entryDay() + 200, 60,
                Stage.LOCALIZED, 20, stayed.firstMetastasisDay(), stayed.firstMetastasisSite(), stayed.firstBoneMetastasisDay(),
                stayed.boneSites(), Set.of(), stayed.boneLesionTypeBySite(), Map.of(), Double.NaN, null, stayed.skeletal(), 0, events);
        List<PatientOutcome> five = new ArrayList<>(cohort);
        five.add(left);
        assertThat(stat(StatisticKind.SHARE_ON_STUDY, 12, null).measure(five, p)).isEqualTo(60.0);
        assertThat(stat(StatisticKind.SHARE_ON_STUDY, 23, null).measure(five, p)).isEqualTo(20.0);
        assertThat(stat(StatisticKind.SHARE_WITHDRAWN, 12, null).measure(five, p)).isEqualTo(20.0);
        assertThat(stat(StatisticKind.SHARE_WITHDRAWN, 6, null).measure(five, p)).isZero();
        assertThat(stat(StatisticKind.SHARE_ON_STUDY, 12, null).measure(List.of(), p)).isNaN();
    }

    @Test
    void skeletalMorbidityRateAveragesEachPatientsRate() {
        var p = ModelCatalog.defaults();
        // 12-month window: patient 1 has 3 SREs in 1 year on study (3/y); patients 2-4 none in theirs (0/y): mean 0.75/y,
        // where the pooled rate (3 SREs over 3.27 patient-years) is 0.92/y
        assertThat(stat(StatisticKind.SKELETAL_MORBIDITY_RATE, 12, null).measure(cohort, p)).isCloseTo(0.75, within(1e-9));
        // a short, eventful follow-up weighs as much as a long one: 1 SRE in 73 days (5/y) and none in 2 years -> 2.5/y
        List<PatientOutcome> shortAndLong = List.of(patient(73.05, true, EnumSet.of(Site.RIBS), LesionType.OSTEOLYTIC, 10),
                patient(730.5, false, EnumSet.of(Site.RIBS), LesionType.OSTEOLYTIC));
        assertThat(stat(StatisticKind.SKELETAL_MORBIDITY_RATE, 24, null).measure(shortAndLong, p)).isCloseTo(2.5, within(1e-9));
        assertThat(stat(StatisticKind.SRE_PER_PATIENT_YEAR, 24, null).measure(shortAndLong, p)).isCloseTo(1 / 2.2, within(1e-9));
    }

    @Test
    void anSreBeforeEntryIsNotAnSreOnStudy() {
        var p = ModelCatalog.defaults();
        // the fracture that revealed the disease 10 days before randomisation, then nothing: no SRE on study
        List<PatientOutcome> revealedByFracture = List.of(patient(300, false, EnumSet.of(Site.RIBS), LesionType.OSTEOLYTIC, -10),
                patient(300, false, EnumSet.of(Site.RIBS), LesionType.OSTEOLYTIC, -10, 50));
        assertThat(stat(StatisticKind.SHARE_WITH_SRE, 24, null).measure(revealedByFracture, p)).isEqualTo(50.0);
        // first SRE on study at day 50 for one patient (S = 1/2 there), the other censored at 300: median 50, not 0
        assertThat(stat(StatisticKind.MEDIAN_TIME_TO_FIRST_SRE, Double.NaN, TimeUnit.DAYS).measure(revealedByFracture, p)).isEqualTo(50.0);
        assertThat(stat(StatisticKind.SRE_PER_PATIENT_YEAR, 12, null).measure(revealedByFracture, p)).isCloseTo(1 / (600 / 365.25), within(1e-9));
    }

    @Test
    void kaplanMeierMediansCensorTheLiving() {
        var p = ModelCatalog.defaults();
        // deaths at 100 and 400 days; censored at 700 and 730: S = 3/4 after 100, 3/4 * 2/3 = 1/2 at 400 -> median 400 d
        assertThat(stat(StatisticKind.MEDIAN_SURVIVAL, Double.NaN, TimeUnit.DAYS).measure(cohort, p)).isEqualTo(400.0);
        assertThat(stat(StatisticKind.MEDIAN_SURVIVAL, Double.NaN, TimeUnit.MONTHS).measure(cohort, p)).isCloseTo(400 / MONTH, within(1e-9));
        // first SREs at 30 and 500, censored at 100 and 730: S = 3/4 after 30, then 3/4 * 1/2 at 500 -> median 500
        assertThat(stat(StatisticKind.MEDIAN_TIME_TO_FIRST_SRE, Double.NaN, TimeUnit.DAYS).measure(cohort, p)).isEqualTo(500.0);
    }

    @Test
    void emptyDenominatorIsNaNNotZero() {
        var p = ModelCatalog.defaults();
        assertThat(stat(StatisticKind.CORD_COMPRESSION_AT, Double.NaN, null, Site.THORACIC_SPINE).measure(cohort, p)).isNaN();
        assertThat(stat(StatisticKind.SHARE_WITH_BONE_SITE, Double.NaN, null, Site.RIBS).measure(List.of(), p)).isNaN();
    }

    @Test
    void aMissWhoseIntervalReachesTheRangeIsFlaggedAndCounted() {
        Statistic s = stat(StatisticKind.SHARE_WITH_FRACTURE, Double.NaN, null);
        Target ranged = new Target("X1", "q", 70, 65, 75, "%", TargetRole.FIT, null, s, "src");
        TargetResult noisyMiss = new TargetResult(ranged, 77, 74, 80);
        TargetResult clearMiss = new TargetResult(ranged, 80, 76, 84);
        TargetResult match = new TargetResult(ranged, 74, 72, 78);
        TargetResult noInterval = new TargetResult(ranged, 77, Double.NaN, Double.NaN);
        assertThat(noisyMiss.missWithinNoise()).isTrue();
        assertThat(clearMiss.missWithinNoise()).isFalse();
        assertThat(match.missWithinNoise()).as("only misses are flagged").isFalse();
        assertThat(noInterval.missWithinNoise()).isFalse();
        ValidationReport report = new ValidationReport(List.of(noisyMiss, clearMiss, match));
        assertThat(report.headline()).startsWith("1 of 3 targets within range").endsWith("1 miss has its 95% interval reaching the range");
        assertThat(report.text()).contains("NO (interval reaches range)");
        assertThat(new ValidationReport(List.of(clearMiss, match)).headline()).doesNotContain("interval");
        Target median = new Target("X3", "q", 7, 6, 8, "months", TargetRole.CHECK, null,
                stat(StatisticKind.MEDIAN_TIME_TO_FIRST_SRE, Double.NaN, TimeUnit.MONTHS), "src");
        assertThat(new TargetResult(median, 9, 7.5, Double.NaN).missWithinNoise()).as("an interval open upwards").isTrue();
        assertThat(new TargetResult(median, 12, 10, Double.NaN).missWithinNoise()).isFalse();
    }

    @Test
    void acceptanceUsesTheRangeOrFifteenPercent() {
        Statistic s = stat(StatisticKind.SHARE_WITH_FRACTURE, Double.NaN, null);
        Target ranged = new Target("X1", "q", 70, 65, 75, "%", TargetRole.FIT, null, s, "src");
        Target single = new Target("X2", "q", 40, Double.NaN, Double.NaN, "%", TargetRole.CHECK, null, s, "src");
        assertThat(ranged.accepts(65)).isTrue();
        assertThat(ranged.accepts(75.01)).isFalse();
        assertThat(single.accepts(34)).isTrue();
        assertThat(single.accepts(33.9)).isFalse();
        assertThat(single.accepts(46)).isTrue();
        assertThat(ranged.loss(70)).isZero();
        assertThat(ranged.loss(75)).isEqualTo(1.0);
        assertThat(single.loss(Double.NaN)).isEqualTo(Target.UNMEASURABLE_LOSS);
    }
}
